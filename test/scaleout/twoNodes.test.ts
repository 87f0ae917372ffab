import { request as httpRequest } from 'node:http';
import { expect } from 'chai';
import { pino } from 'pino';
import { execute } from '../../src/commands/execute.ts';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { apiValidator } from '../support/openapiValidator.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { RawSubscribers, type Received } from './rawSubscribers.ts';

/** One `chronicle serve` on the shared store, with its own read-model file. */
interface Node {
  readonly name: string;
  readonly chronicle: Chronicle;
  readonly server: RunningServer;
}

interface Answer {
  readonly status: number;
  readonly json: any;
}

const SUBSCRIBERS = 2000;
const APPENDS = 200;
/** Appends in flight at once (through both servers). */
const IN_FLIGHT = 8;

const factBody = (id: string, n: number) => ({
  id,
  summary: `Fact number ${n}, recorded through one of two servers`,
  when: `2022-05-${String(1 + (n % 28)).padStart(2, '0')}`,
});

describe('two servers on one EventStoreDB', function () {
  // 4,000 streams and 800,000 messages through one process: under a minute on an idle machine,
  // minutes on a loaded one.
  this.timeout(600_000);
  let standIn: EsdbStandIn;
  let dir: TempDir;
  let a: Node;
  let b: Node;
  /** Both servers read this clock: a test moves it. */
  let now = Date.parse('2022-11-01T09:00:00.000Z');
  const clock = () => new Date(now);
  const subscribers: RawSubscribers[] = [];

  async function startNode(name: string): Promise<Node> {
    const chronicle = await openChronicle({
      storeUrl: standIn.connectionString,
      readModelsUrl: `sqlite:${dir.file(`readmodels-${name}.db`)}`,
      clock,
      // Stand-in, servers and 4,000 subscribers share one event loop: on a loaded machine a turn of
      // it can take seconds, which is no fault of the store.
      storeTimeoutMs: 120_000,
    });
    const server = await startServer({
      chronicle,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      host: '127.0.0.1',
      port: 0,
      // A resuming client waits for this server to reach its position: bounded by the test's timeout.
      feed: { resumeWaitMs: 600_000 },
    });
    return { name, chronicle, server };
  }

  /**
   * A request to `node` on a connection of its own (a loaded event loop never races a keep-alive
   * timeout), its answer checked against the OpenAPI document.
   */
  function request(node: Node, method: string, path: string, body?: unknown): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${node.server.url}${path}`,
        {
          method,
          agent: false,
          headers:
            payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.once('end', () => {
            const status = res.statusCode ?? 0;
            const headers = new Headers(res.headers as Record<string, string>);
            try {
              apiValidator().check({ method, path, status, headers, text });
              resolve({ status, json: JSON.parse(text) });
            } catch (error) {
              reject(error as Error);
            }
          });
          res.once('error', reject);
        },
      );
      req.once('error', reject);
      req.end(payload);
    });
  }

  async function subscribe(node: Node, count: number, headers: Record<string, string> = {}): Promise<RawSubscribers> {
    const subs = new RawSubscribers(`${node.server.url}/api/updates`);
    subscribers.push(subs);
    await subs.open(count, 100, headers);
    return subs;
  }

  beforeEach(async () => {
    standIn = await EsdbStandIn.start();
    dir = await createTempDir('chronicle-scaleout-');
    a = await startNode('a');
    b = await startNode('b');
  });
  afterEach(async () => {
    for (const subs of subscribers.splice(0)) subs.close();
    standIn.node.subscriptionsHeld = false;
    for (const node of [a, b]) {
      await node.server.close();
      await node.chronicle.close();
    }
    await standIn.stop();
    await dir.remove();
  });

  it('sends every subscriber of either server every append made through either, once and in order', async () => {
    const onA = await subscribe(a, SUBSCRIBERS);
    const onB = await subscribe(b, SUBSCRIBERS);
    expect([a.server.feed.size, b.server.feed.size]).to.deep.equal([SUBSCRIBERS, SUBSCRIBERS]);

    // Append n goes through server n % 2; a few are in flight at once, as from several users.
    let next = 0;
    const writer = async () => {
      while (next < APPENDS) {
        const n = next++;
        const node = n % 2 === 0 ? a : b;
        const res = await request(node, 'POST', '/api/facts', factBody(`fact-${n}-via-${node.name}`, n));
        expect(res.status, JSON.stringify(res.json)).to.equal(201);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, writer));
    await Promise.all([onA.whenEach(APPENDS), onB.whenEach(APPENDS)]);

    // The feed's ids are the store's positions, the same on every server: one message per append
    // (each of these records one fact), with the position of its last event, in the log's order.
    const expected: Received[] = [];
    const log = await a.chronicle.store.readAll({});
    log.forEach((e, i) => {
      if (!e.streamName.startsWith('fact-') || log[i + 1]?.streamName === e.streamName) return;
      expected.push({ id: e.position, event: 'entry-added', factId: e.streamName.slice('fact-'.length) });
    });
    expect(expected).to.have.length(APPENDS);
    for (const subs of [onA, onB]) {
      subs.received.forEach((received, i) => expect(received, `subscriber ${i}`).to.deep.equal(expected));
    }
  });

  it('lets a feed client move to the other server and resume with Last-Event-ID, nothing lost or repeated', async () => {
    const onA = await subscribe(a, 1);
    for (let n = 0; n < 6; n++) {
      const node = n % 2 === 0 ? a : b;
      expect((await request(node, 'POST', '/api/facts', factBody(`moving-${n}`, n))).status).to.equal(201);
    }
    await onA.whenEach(6);
    const seen = onA.received[0]!;

    const onB = await subscribe(b, 1, { 'Last-Event-ID': seen[2]!.id });
    await onB.whenEach(3);
    expect(onB.received[0]).to.deep.equal(seen.slice(3));
  });

  it('lets a client resume on a server that has not reached its Last-Event-ID yet: it waits, then resumes (no reset)', async () => {
    const watcher = await subscribe(b, 1);
    expect((await request(a, 'POST', '/api/facts', factBody('first', 0))).status).to.equal(201);
    await watcher.whenEach(1);

    // Server A's write reaches the log; server B does not see it until the store delivers again.
    standIn.node.subscriptionsHeld = true;
    now += 1000;
    const command = { type: 'ReviseFactDate', data: { factId: 'first', when: '2022-06-01' } } as const;
    const { position } = await execute(a.chronicle.write, 'fact', 'first', command, {
      metadata: { recordedBy: 'test' },
    });
    const moved = await subscribe(b, 1, { 'Last-Event-ID': position! });
    standIn.node.subscriptionsHeld = false;

    expect((await request(a, 'POST', '/api/facts', factBody('second', 1))).status).to.equal(201);
    await moved.whenEach(1);
    expect(moved.received[0]).to.deep.equal([
      { id: (await b.chronicle.store.headPosition())!, event: 'entry-added', factId: 'second' },
    ]);
  });

  it('answers a write with the read models of the server that took it up to date (read-your-writes)', async () => {
    for (let n = 0; n < 10; n++) {
      const node = n % 2 === 0 ? a : b;
      const created = await request(node, 'POST', '/api/facts', factBody(`ryw-${n}`, n));
      expect(created.status).to.equal(201);
      const read = await request(node, 'GET', `/api/facts/ryw-${n}`);
      expect(read.status).to.equal(200);
      expect(read.json).to.include({ factId: `ryw-${n}`, revision: created.json.revision });
    }
  });

  it("says in /health how far a server's read models are behind the store, until they catch up", async () => {
    expect((await request(a, 'POST', '/api/facts', factBody('before', 0))).status).to.equal(201);
    const onB = await subscribe(b, 1);
    const before = await request(b, 'GET', '/health');
    expect(before.json).to.deep.include({ status: 'ok', projectionLag: 0, projectionLagMs: 0 });
    expect(before.json.position).to.equal(before.json.storePosition);

    // The store stops delivering to subscriptions: appends land in the log, no read model sees them.
    standIn.node.subscriptionsHeld = true;
    const recordedAt = now + 1000;
    for (const when of ['2022-06-01', '2022-06-02']) {
      now += 1000; // one append each: appends to one stream at one instant would be read as one
      const command = { type: 'ReviseFactDate', data: { factId: 'before', when } } as const;
      await execute(a.chronicle.write, 'fact', 'before', command, { metadata: { recordedBy: 'test' } });
    }
    now += 500;
    const behind = await request(b, 'GET', '/health');
    expect(behind.status).to.equal(200);
    expect(behind.json).to.deep.include({
      status: 'ok',
      projectionLag: 2,
      projectionLagMs: now - recordedAt,
      position: before.json.position,
    });
    expect(behind.json.storePosition).to.equal((await b.chronicle.store.headPosition())!);
    expect(behind.json.storePosition).not.to.equal(behind.json.position);

    standIn.node.subscriptionsHeld = false;
    await onB.whenEach(2);
    const caughtUp = await request(b, 'GET', '/health');
    expect(caughtUp.json).to.deep.include({
      status: 'ok',
      projectionLag: 0,
      projectionLagMs: 0,
      storePosition: behind.json.storePosition,
    });
  });
});
