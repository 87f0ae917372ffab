import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { pino } from 'pino';
import type { RecordedEvent } from '../../src/core/event.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { countingIds, testClock } from '../support/chronicleFixture.ts';
import { compileCrashChild, WarmChild } from '../support/crash/childPool.ts';
import { crashWorkload } from '../support/crash/workload.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { apiValidator } from '../support/openapiValidator.ts';
import { FeedClient } from '../support/sseClient.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const exec = promisify(execFile);

/**
 * The messages a subscriber of the whole feed must be sent for `events` (a stretch of the log): one
 * per append of a fact — the events of one fact stream next to each other and recorded at the same
 * instant — with the position of its last event as the id; none for a fact recorded already
 * retracted (an import of a retracted fact), which never shows in a timeline.
 */
function messageIdsOf(events: readonly RecordedEvent[]): string[] {
  const ids: string[] = [];
  let append: RecordedEvent[] = [];
  events.forEach((e, i) => {
    append.push(e);
    const next = events[i + 1];
    if (next !== undefined && next.streamName === e.streamName && next.metadata.recordedAt === e.metadata.recordedAt)
      return;
    const types = append.map((a) => a.type);
    const neverShown = types.includes('FactRecorded') && types.at(-1) === 'FactRetracted';
    if (e.streamName.startsWith('fact-') && !neverShown) ids.push(e.position);
    append = [];
  });
  return ids;
}

describe('the live feed: writes from other processes reach it', function () {
  // Child processes start through tsx (the CLI) or compiled (the crash child).
  this.timeout(120_000);
  let dir: TempDir;
  let storeUrl: string;
  let chronicle: Chronicle;
  let server: RunningServer;
  let start: string;
  const clients: FeedClient[] = [];

  beforeEach(async () => {
    dir = await createTempDir();
    storeUrl = `sqlite:${dir.file('chronicle.db')}`;
    // This server's projections look for other processes' appends only every ten minutes: whatever
    // reaches its feed during a test came through the read models those processes wrote.
    chronicle = await openChronicle({
      storeUrl,
      clock: testClock(),
      newId: countingIds(),
      storeOptions: { synchronous: 'normal', pollIntervalMs: 600_000 },
    });
    await importDossier(chronicle.write, demoDossier(), { metadata });
    server = await startServer({
      chronicle,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      host: '127.0.0.1',
      port: 0,
    });
    start = (await chronicle.store.headPosition())!;
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server.close();
    await chronicle.close();
    await dir.remove();
  });

  const subscribe = async (base = server.url) => {
    const client = await FeedClient.open(`${base}/api/updates`, { lastEventId: start });
    clients.push(client);
    return client;
  };
  const chronicleCli = (...args: string[]) =>
    exec(process.execPath, [`${ROOT}bin/chronicle`, ...args], {
      cwd: dir.path,
      env: { ...process.env, CHRONICLE_STORE: storeUrl, CHRONICLE_USER: 'other-process' },
    });

  /**
   * Makes one more change through this server and waits for its message: everything the feed was
   * going to send about the other process's appends came before it. Returns the ids before it.
   */
  async function idsBeforeSentinel(client: FeedClient): Promise<string[]> {
    const res = await fetch(`${server.url}/api/facts/salazar-letter-to-ebrard/place`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ place: `Mexico City ${Date.now()}`, reason: 'sentinel' }),
    });
    const text = await res.text();
    apiValidator().check({
      method: 'POST',
      path: new URL(res.url).pathname,
      status: res.status,
      headers: res.headers,
      text,
    });
    expect(res.status, text).to.equal(200);
    const sentinel = (await chronicle.store.headPosition())!;
    while (!client.received.some((m) => m.id === sentinel)) await client.next();
    return client.received.map((m) => m.id).filter((id) => id !== sentinel);
  }

  it('announces each fact of a `chronicle import` run in another process, once, in log order', async () => {
    const feed = await subscribe();
    const dossier = {
      actors: [{ id: 'customs-agency', name: 'National Customs Agency', kind: 'government-body' }],
      facts: ['first', 'second', 'third'].map((n, i) => ({
        id: `customs-${n}-inspection`,
        summary: `The ${n} inspection`,
        when: `2022-0${6 + i}`,
        actors: [{ id: 'customs-agency', role: 'inspector' }, { id: 'sedena' }],
      })),
    };
    await writeFile(dir.file('inspections.json'), JSON.stringify(dossier));

    await chronicleCli('import', 'inspections.json');

    const expected = messageIdsOf(await chronicle.store.readAll({ after: start }));
    expect(expected).to.have.length(3);
    expect(await idsBeforeSentinel(feed)).to.deep.equal(expected);
    expect(feed.received.slice(0, 3).map((m) => [m.event, m.data.factId, m.data.entry.actors[0].name])).to.deep.equal(
      dossier.facts.map((f) => ['entry-added', f.id, 'National Customs Agency']),
    );
  });

  it('announces a `chronicle revise` run in another process', async () => {
    const feed = await subscribe();

    await chronicleCli(
      'revise',
      'salazar-letter-to-ebrard',
      '--when',
      '2022-05-03',
      '--reason',
      'the letter is dated the 3rd',
    );

    const expected = messageIdsOf(await chronicle.store.readAll({ after: start }));
    expect(await idsBeforeSentinel(feed)).to.deep.equal(expected);
    const [message] = feed.received;
    expect(message!.event).to.equal('entry-changed');
    expect(message!.data).to.include({ factId: 'salazar-letter-to-ebrard', type: 'FactDateRevised' });
    expect(message!.data.entry.when.edtf).to.equal('2022-05-03');
  });

  it('announces another process’s write by itself, with no write of this server to wake it', async () => {
    const feed = await subscribe();

    await chronicleCli('revise', 'salazar-letter-to-ebrard', '--when', '2022-05-04', '--reason', 'a later copy');

    // Nothing else happens on the store: only the feed's own look at the read models (every 250 ms)
    // can bring the message; without it this waits until the test times out.
    const [expected] = messageIdsOf(await chronicle.store.readAll({ after: start }));
    while (!feed.received.some((m) => m.id === expected)) await feed.next();
    expect(feed.received.map((m) => m.id)).to.deep.equal([expected]);
    expect(feed.received[0]!.data.entry.when.edtf).to.equal('2022-05-04');
  });

  it('announces a write made through a second server on the same file', async () => {
    const feed = await subscribe();
    const other = await openChronicle({ storeUrl, clock: testClock() });
    const second = await startServer({
      chronicle: other,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const res = await fetch(`${second.url}/api/facts/state-dept-report-to-sedena/date`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ when: '?2022-04-21', reason: 'the report is dated the 21st' }),
      });
      const text = await res.text();
      apiValidator().check({
        method: 'POST',
        path: new URL(res.url).pathname,
        status: res.status,
        headers: res.headers,
        text,
      });
      expect(res.status, text).to.equal(200);
    } finally {
      await second.close();
      await other.close();
    }
    const expected = messageIdsOf(await chronicle.store.readAll({ after: start }));
    expect(expected).to.have.length(1);
    expect(await idsBeforeSentinel(feed)).to.deep.equal(expected);
    expect(feed.received[0]!.data.entry.when.edtf).to.equal('?2022-04-21');
  });

  it('announces every append once when the importing process is killed halfway, and so is the process that projects them', async () => {
    const child = await compileCrashChild();
    const workload = crashWorkload(7, 300);
    await writeFile(dir.file('workload.json'), JSON.stringify(workload.first));
    const storePath = dir.file('chronicle.db');
    const feed = await subscribe();

    const { sources, actors, topics, facts } = workload.first;
    const batches = Math.ceil((sources.length + actors.length + topics.length + facts.length) / 10);
    // Two reports per batch (before and after its commit), and two for the dossier's title and
    // description, appended first: killed in the commit of a batch of facts.
    const described = workload.first.title !== undefined || workload.first.description !== undefined ? 2 : 0;
    const importing = await new WarmChild(child).run(
      { mode: 'import', storePath, dossierPath: dir.file('workload.json'), batchSize: 10, yieldTurns: 0 },
      described + 2 * (batches - 2) + 1,
    );
    expect(importing.killed, 'the import was killed before it finished').to.equal(true);
    const projecting = await new WarmChild(child).run(
      { mode: 'catch-up', storePath, batchSize: 10, yieldTurns: 0, loadEmptyWhole: false },
      3,
    );
    expect(projecting.killed, 'the projection was killed before it finished').to.equal(true);
    await new WarmChild(child).run(
      { mode: 'catch-up', storePath, batchSize: 40, yieldTurns: 0, loadEmptyWhole: false },
      undefined,
    );

    const expected = messageIdsOf(await chronicle.store.readAll({ after: start }));
    expect(expected.length, 'facts imported before the kill').to.be.at.least(10);
    expect(expected.length, 'facts left out by the kill').to.be.below(workload.first.facts.length);
    expect(await idsBeforeSentinel(feed)).to.deep.equal(expected);
  });
});
