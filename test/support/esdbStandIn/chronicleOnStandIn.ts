import { Writable } from 'node:stream';
import { pino } from 'pino';
import { parseTokens } from '../../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../../src/http/server.ts';
import { openChronicle, type Chronicle } from '../../../src/main.ts';
import { testClock } from '../chronicleFixture.ts';
import { createTempDir, type TempDir } from '../tempDir.ts';
import { EsdbStandIn } from './EsdbStandIn.ts';

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly json: any;
  /** How long the request took, for the figures the fault tests print (never asserted). */
  readonly ms: number;
}

export interface ChronicleOnStandIn {
  readonly standIn: EsdbStandIn;
  readonly dir: TempDir;
  readonly chronicle: Chronicle;
  readonly server: RunningServer;
  /** The server's log lines (pino JSON). */
  readonly logs: string[];
  /** Every answer so far. */
  readonly answers: Answer[];
  request(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<Answer>;
  close(): Promise<void>;
}

export interface ChronicleOnStandInOptions {
  /** `CHRONICLE_STORE_TIMEOUT`, in ms. */
  readonly storeTimeoutMs: number;
  /** Jitter of the conflict backoff; default a fixed 0.5. */
  readonly random?: () => number;
}

/**
 * `chronicle serve` on the EventStoreDB stand-in, in process: a real server on an ephemeral
 * loopback port, its read models in a temp SQLite file, a fixed clock, a short store deadline, and
 * retries and reconnects that back off for milliseconds. The stand-in is the fault injector.
 */
export async function startChronicleOnStandIn(options: ChronicleOnStandInOptions): Promise<ChronicleOnStandIn> {
  const standIn = await EsdbStandIn.start();
  const dir = await createTempDir('chronicle-faults-');
  const logs: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    }),
  );
  const chronicle = await openChronicle({
    storeUrl: standIn.connectionString,
    readModelsUrl: `sqlite:${dir.file('readmodels.db')}`,
    clock: testClock(),
    storeTimeoutMs: options.storeTimeoutMs,
    random: options.random ?? (() => 0.5),
    storeOptions: { eventStoreDb: { backoff: { initialDelayMs: 5, maxDelayMs: 20 }, maxReconnectDelayMs: 50 } },
    runner: { recheckMs: 50 },
  });
  const server = await startServer({ chronicle, logger, tokens: parseTokens('', 'test'), host: '127.0.0.1', port: 0 });
  const answers: Answer[] = [];
  return {
    standIn,
    dir,
    chronicle,
    server,
    logs,
    answers,
    async request(method, path, { body, headers = {} } = {}) {
      const started = performance.now();
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      const answer = { status: res.status, headers: res.headers, json, ms: performance.now() - started };
      answers.push(answer);
      return answer;
    },
    async close() {
      standIn.proxy.thaw();
      standIn.node.subscriptionsHeld = false;
      standIn.node.releaseStalledAppends();
      await server.close();
      await chronicle.close();
      await standIn.stop();
      await dir.remove();
    },
  };
}

/** Resolves once `test` holds, checking after every turn of the event loop (no timers). */
export function until(test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (test() ? resolve() : setImmediate(check));
    check();
  });
}
