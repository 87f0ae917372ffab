/**
 * Child process of the store benchmark (started by `startup.ts`: compiled into one module, or with `--import tsx`), on the
 * benchmark's store file, which the parent has already imported and projected. One of two modes,
 * the first argument:
 *
 * - `serve`: what `chronicle serve --no-demo --port 0` runs (src/cli/serveCommand.ts): settings
 *   from the environment (`loadConfig`, `loadTokens`), a pino logger at `LOG_LEVEL` (default info)
 *   on stdout, `openChronicle` with the store URL and read-models URL, `startServer` with the
 *   limits from the environment; no demo seeding. Asked to (`bare-page ACTOR`, after the start-up
 *   is timed), it also starts the bare reference of the HTTP timeline pages on a second port:
 *   express 5 answering `GET /page` with one fixed 100-entry page (Chronicle's first page of that
 *   actor, serialised once).
 * - `bare`: only an express 5 app answering `GET /health` (the start-up floor: node, express; and tsx when the children run through it).
 *
 * Only this module, the child side of the harness (`test/support/childProcess/child.ts`, node's
 * built-in modules only) and node's built-in modules load before the first timing: everything else
 * is imported dynamically, so the timings split process start, module loading, opening the store
 * and starting the server. They are `performance.now()` readings: ms since this process started
 * (`performance.timeOrigin`). The child then answers the parent's calls (`memory`, `bare-page`,
 * `stop`).
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerCalls, say } from '../../test/support/childProcess/child.ts';
import type { BarePage, ChildMemory, ChildReady } from './startup.ts';

const entered = performance.now();

/** This process's own peak RSS in bytes (`VmHWM`), or undefined without /proc. */
function ownPeakRss(): number | undefined {
  try {
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}

function memory(): ChildMemory {
  const m = process.memoryUsage();
  const peak = ownPeakRss();
  return {
    rss: m.rss,
    heapUsed: m.heapUsed,
    heapTotal: m.heapTotal,
    external: m.external,
    arrayBuffers: m.arrayBuffers,
    // resourceUsage().maxRSS (KiB) starts at the parent's RSS at the fork: only a fallback.
    ...(peak !== undefined
      ? { maxRss: peak, ownPeak: true }
      : { maxRss: process.resourceUsage().maxRSS * 1024, ownPeak: false }),
  };
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== 'serve' && mode !== 'bare') throw new Error(`mode must be serve or bare, got ${String(mode)}`);
  const express = (await import('express')).default;
  const listenBare = async (app: ReturnType<typeof express>): Promise<{ url: string; close(): Promise<void> }> => {
    const server = createServer(app);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  };

  if (mode === 'bare') {
    const modulesLoaded = performance.now();
    const app = express();
    app.disable('x-powered-by');
    app.get('/health', (_req, res) => {
      res.json({ status: 'ok' });
    });
    const bare = await listenBare(app);
    const listening = performance.now();
    ready(
      {
        url: bare.url,
        timings: { timeOrigin: performance.timeOrigin, entered, modulesLoaded, opened: modulesLoaded, listening },
        replayed: 0,
        settings: {},
      },
      {
        stop: () => bare.close(),
      },
    );
    return;
  }

  const store = arg('store');
  if (!store) throw new Error('--store URL is required');
  const [{ startServer }, { openChronicle }, { pino }, { loadConfig }, { loadTokens }, { readTimeline }] =
    await Promise.all([
      import('../../src/http/server.ts'),
      import('../../src/main.ts'),
      import('pino'),
      import('../../src/config.ts'),
      import('../../src/http/auth.ts'),
      import('../../projections/queries/timelineQuery.ts'),
    ]);
  const modulesLoaded = performance.now();
  const config = loadConfig(process.env);
  const chronicle = await openChronicle({ storeUrl: store, readModelsUrl: config.readModelsUrl });
  const opened = performance.now();
  const before = chronicle.readModels().checkpoint().seq;
  const server = await startServer({
    chronicle,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'info' }),
    tokens: loadTokens(process.env),
    host: '127.0.0.1',
    port: 0,
    limits: config.limits,
  });
  const listening = performance.now();
  const replayed = chronicle.readModels().checkpoint().seq - before;

  const limit = (value: number, unit: string) => (value === 0 ? `no ${unit} limit` : `${value} ${unit}`);
  const settings: Record<string, string> = {
    logger: `pino at level ${process.env.LOG_LEVEL ?? 'info'}, one JSON line per request on stdout (discarded)`,
    limits: `per token: ${limit(config.limits.requestsPerMinute, 'requests a minute')}, ${limit(config.limits.feedConnections, 'feed streams')}`,
  };
  let bare: { url: string; close(): Promise<void> } | undefined;
  ready(
    {
      url: server.url,
      timings: { timeOrigin: performance.timeOrigin, entered, modulesLoaded, opened, listening },
      replayed,
      settings,
    },
    {
      'bare-page': async (actor) => {
        if (bare || !actor) throw new Error('bare-page expects an actor id, once');
        // The reference's answer: Chronicle's own first page of the actor, serialised once, here.
        const body = JSON.stringify(readTimeline(chronicle.readModels(), { kind: 'actor', id: actor, limit: 100 }));
        const app = express();
        app.disable('x-powered-by');
        app.set('etag', false);
        app.get('/page', (_req, res) => {
          res.type('application/json').send(body);
        });
        bare = await listenBare(app);
        return { url: bare.url, bytes: Buffer.byteLength(body) } satisfies BarePage;
      },
      stop: async () => {
        await bare?.close();
        await server.close();
        await chronicle.close();
      },
    },
  );
}

type Handlers = { readonly stop: () => Promise<void>; readonly 'bare-page'?: (arg?: string) => Promise<BarePage> };

function ready(message: Omit<ChildReady, 'type' | 'memory'>, handlers: Handlers): void {
  answerCalls({ ...handlers, memory: async () => memory() });
  say({ type: 'ready', ...message, memory: memory() } satisfies ChildReady);
}

main().catch((error: unknown) => {
  process.stderr.write(`server child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
