import { expect } from 'chai';
import { InMemoryLog } from '../support/esdbStandIn/InMemoryLog.ts';
import { startChronicleOnStandIn, until, type ChronicleOnStandIn } from '../support/esdbStandIn/chronicleOnStandIn.ts';
import { RawEventStream } from '../support/sseClient.ts';

const TIMEOUT_MS = 1000;
const fact = (id: string) => ({ id, summary: `Fact ${id}`, when: '2022-04-22' });

/**
 * A store that lost data is noticed: EventStoreDB comes back empty, or restored from an older
 * backup, while Chronicle runs. On reconnecting, Chronicle finds that the log no longer holds the
 * event its read models were built up to, stops taking writes, says so on `/health` with the fix,
 * and tells live-feed clients to reload; a rebuild (or the backup that matches) ends it.
 */
describe('Chronicle on EventStoreDB, when the store comes back without what the read models hold', function () {
  this.timeout(20_000);
  let f: ChronicleOnStandIn;
  let feed: RawEventStream | undefined;
  beforeEach(async () => {
    f = await startChronicleOnStandIn({ storeTimeoutMs: TIMEOUT_MS });
    for (const id of ['first', 'second', 'third'])
      expect((await f.request('POST', '/api/facts', { body: fact(id) })).status).to.equal(201);
    feed = await RawEventStream.open(`${f.server.url}/api/updates`);
  });
  afterEach(async () => {
    feed?.destroy();
    await f.close();
  });

  /** Restarts the node over `log` and resolves when the feed is told to reset; returns the time it took (a figure). */
  async function restartOver(log: InMemoryLog): Promise<number> {
    const started = performance.now();
    await f.standIn.restart({ log });
    await feed!.waitFor((text) => text.includes('event: reset'));
    return performance.now() - started;
  }

  it('that came back empty: found on reconnecting; /health, writes and the feed say so, naming the fix', async () => {
    const took = await restartOver(new InMemoryLog());
    expect(feed!.text).to.match(/event: reset\ndata: \{"reason":"the event store lost what the read models hold/);

    const health = await f.request('GET', '/health');
    expect(health.status).to.equal(503);
    expect(health.json).to.include({ status: 'store-behind-read-models', store: 'reachable' });
    expect(health.json.detail).to.match(/no longer holds event .* came back empty or from an older backup/);
    expect(health.json.fix).to.match(/chronicle rebuild.*or restore the store's backup/);

    const write = await f.request('POST', '/api/facts', { body: fact('new') });
    expect(write.status).to.equal(503);
    expect(write.json).to.include({ type: '/problems/store-behind-read-models', writeOutcome: 'not-recorded' });
    expect(write.json.detail).to.match(/chronicle rebuild/);
    const rerecord = await f.request('POST', '/api/facts', { body: fact('first') });
    expect(rerecord.status).to.equal(503);
    expect(f.standIn.log.stream('fact-new')).to.equal(undefined);
    expect(f.standIn.log.stream('fact-first')).to.equal(undefined);
    expect((await f.request('GET', '/api/facts/first')).status, 'reads still served').to.equal(200);
    console.log(`      empty store detected ${took.toFixed(0)} ms after the node restarted`);
  });

  it('a rebuild ends it and restarts the live subscription: the next write is read back, and reaches the open feed', async () => {
    await restartOver(new InMemoryLog());
    const rebuilt = await f.request('POST', '/api/rebuild');
    expect(rebuilt.status).to.equal(200);
    expect(rebuilt.json.events).to.equal(0);
    expect((await f.request('GET', '/health')).json.status).to.equal('ok');
    expect((await f.request('GET', '/api/facts/first')).status).to.equal(404);
    const write = await f.request('POST', '/api/facts', { body: fact('after') });
    expect(write.status).to.equal(201);
    expect((await f.request('GET', '/api/facts/after')).status).to.equal(200);
    // The rebuild numbered the feed afresh: the stream told to reset carries on from there.
    await feed!.waitFor((text) => text.includes('"factId":"after"'));
    const again = await f.request('POST', '/api/facts/after/date', { body: { when: '2022-05-01', reason: 'x' } });
    expect(again.status).to.equal(200);
  });

  it('forgets the actors it had seen: after a rebuild on the empty store, a fact naming one is refused', async () => {
    const actor = { id: 'ana', name: 'Ana', kind: 'person' };
    expect((await f.request('POST', '/api/actors', { body: actor })).status).to.equal(201);
    const named = (id: string) => ({ ...fact(id), actors: [{ id: 'ana', role: 'subject' }] });
    expect((await f.request('POST', '/api/facts', { body: named('seen') })).status).to.equal(201);
    await restartOver(new InMemoryLog());
    expect((await f.request('POST', '/api/rebuild')).status).to.equal(200);
    const write = await f.request('POST', '/api/facts', { body: named('after') });
    expect(write.status).to.equal(400);
    expect(JSON.stringify(write.json)).to.include('no actor ana is registered');
    expect(f.standIn.log.stream('fact-after')).to.equal(undefined);
  });

  it('restored from an older backup: found the same way; restoring the backup that matches resumes by itself', async () => {
    const full = f.standIn.log;
    const older = full.restoredTo(full.all.length - 1); // without the third fact
    await restartOver(older);
    const health = await f.request('GET', '/health');
    expect(health.json.status).to.equal('store-behind-read-models');
    expect(health.json.detail).to.match(/no longer holds event/);

    // A client that reloaded follows the feed, and is told when the log matches again.
    feed!.destroy();
    feed = await RawEventStream.open(`${f.server.url}/api/updates`);
    await f.standIn.restart({ log: full });
    await feed.waitFor((text) => text.includes('holds what the read models were built from again'));
    expect((await f.request('GET', '/health')).json.status).to.equal('ok');
    const write = await f.request('POST', '/api/facts', { body: fact('fourth') });
    expect(write.status).to.equal(201);
    expect(f.standIn.log.stream('fact-fourth')).to.have.length(1);
  });

  it('restored from a backup that holds another event in its place: found too', async () => {
    const older = f.standIn.log.restoredTo(f.standIn.log.all.length - 1);
    const other = new InMemoryLog();
    for (const record of older.all) other.append(record.stream, [record]);
    // Another write took the lost event's place: same stream and revision, another id.
    other.append('fact-third', [
      { ...f.standIn.log.stream('fact-third')![0]!, id: '0d6c2b7e-1f3a-4c55-9b1d-2e3f4a5b6c7d' },
    ]);
    await restartOver(other);
    expect((await f.request('GET', '/health')).json.detail).to.match(/holds event 0d6c2b7e-.* where the read models/);
  });

  it('restored to before a stretch the projections skip: new writes land where the checkpoint had been, and are applied', async () => {
    // Events the projections ignore (EventStoreDB's own) move the checkpoint past the last fact.
    const system = {
      type: '$stats',
      contentType: 'application/json',
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
    };
    const lastFact = f.standIn.log.all.length;
    const factPosition = f.standIn.log.all.at(-1)!.position;
    for (let i = 0; i < 40; i++) f.standIn.log.append('$stats-node', [{ ...system, id: crypto.randomUUID() }]);
    const checkpoint = () => BigInt(f.chronicle.readModels().checkpoint().position!.split(':')[0]!);
    await until(() => checkpoint() > factPosition);
    await f.standIn.restart({ log: f.standIn.log.restoredTo(lastFact) });
    const write = await f.request('POST', '/api/facts', { body: fact('after-restore') });
    expect(write.status, JSON.stringify(write.json)).to.equal(201);
    expect(write.json.factId).to.equal('after-restore');
  });
});
