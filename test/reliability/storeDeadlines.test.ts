import { expect } from 'chai';
import { startChronicleOnStandIn, type ChronicleOnStandIn } from '../support/esdbStandIn/chronicleOnStandIn.ts';

const TIMEOUT_MS = 400;
const fact = (id: string) => ({ id, summary: `Fact ${id}`, when: '2022-04-22' });

/**
 * Every wait has a bound: with the store frozen (connections accepted, nothing answered — SIGSTOP),
 * a write, a read of the read models and `/health` answer instead of hanging for the whole stall.
 * Without the bounds these tests hang until mocha's timeout. The figures printed are the longest
 * waits seen, beside the deadline (docs/reliability.md).
 */
describe('Chronicle on EventStoreDB, when the store stops answering', function () {
  this.timeout(15_000);
  let f: ChronicleOnStandIn;
  beforeEach(async () => {
    f = await startChronicleOnStandIn({ storeTimeoutMs: TIMEOUT_MS });
    expect((await f.request('POST', '/api/facts', { body: fact('before') })).status).to.equal(201);
  });
  afterEach(async () => f.close());

  it('answers a write 503 with Retry-After, saying nothing was recorded, and writes nothing after the thaw', async () => {
    f.standIn.proxy.freeze();
    const answer = await f.request('POST', '/api/facts', { body: fact('frozen') });
    expect(answer.status).to.equal(503);
    expect(answer.headers.get('retry-after')).to.equal('1');
    expect(answer.json).to.include({ type: '/problems/unavailable', writeOutcome: 'not-recorded' });
    expect(answer.json.detail).to.match(/did not answer/);
    f.standIn.proxy.thaw();
    expect((await f.request('GET', '/health')).json.status).to.equal('ok');
    expect(f.standIn.log.stream('fact-frozen')).to.equal(undefined);
    console.log(
      `      frozen store, deadline ${TIMEOUT_MS} ms: the write answered 503 after ${answer.ms.toFixed(0)} ms`,
    );
  });

  it('answers /health degraded (not answering) within a second while frozen, ok once thawed', async () => {
    f.standIn.proxy.freeze();
    const frozen = await f.request('GET', '/health');
    expect(frozen.status).to.equal(503);
    expect(frozen.json).to.include({ status: 'degraded', store: 'not-answering' });
    const again = await f.request('GET', '/health');
    expect(again.json.status).to.equal('degraded');
    f.standIn.proxy.thaw();
    const thawed = await f.request('GET', '/health');
    expect(thawed.status).to.equal(200);
    expect(thawed.json).to.include({ status: 'ok', store: 'reachable', projectionLag: 0 });
    console.log(`      /health while frozen answered in ${frozen.ms.toFixed(0)} and ${again.ms.toFixed(0)} ms`);
  });

  it('serves reads from the read models while frozen', async () => {
    f.standIn.proxy.freeze();
    const answer = await f.request('GET', '/api/facts/before');
    expect(answer.status).to.equal(200);
    expect(answer.json.factId).to.equal('before');
  });

  it('bounds the wait for the read models: a write they do not show in time is 503, recorded, and in the log', async () => {
    f.standIn.node.subscriptionsHeld = true;
    const answer = await f.request('POST', '/api/facts', { body: fact('unseen') });
    expect(answer.status).to.equal(503);
    expect(answer.json.writeOutcome).to.equal('recorded');
    expect(answer.json.detail).to.match(/is in the event store/);
    expect(f.standIn.log.stream('fact-unseen')).to.have.length(1);
    f.standIn.node.subscriptionsHeld = false;
    await f.chronicle.runner.waitFor(`${f.standIn.log.all.at(-1)!.position}:${f.standIn.log.all.at(-1)!.position}`);
    expect((await f.request('GET', '/api/facts/unseen')).status).to.equal(200);
  });

  it('keeps every request of a stall within the deadline plus a second (the figure is printed)', async () => {
    f.standIn.proxy.freeze();
    const started = f.answers.length;
    await Promise.all([
      f.request('POST', '/api/facts', { body: fact('a') }),
      f.request('POST', '/api/facts/before/date', { body: { when: '2022-04-23', reason: 'during the stall' } }),
      f.request('POST', '/api/actors', { body: { id: 'someone', name: 'Someone', kind: 'person' } }),
      f.request('GET', '/health'),
      f.request('GET', '/api/timelines'),
    ]);
    const stalled = f.answers.slice(started);
    expect(stalled.filter((a) => a.status === 503)).to.have.length(4);
    const longest = Math.max(...stalled.map((a) => a.ms));
    console.log(
      `      5 requests during a stall, deadline ${TIMEOUT_MS} ms: the longest answered in ${longest.toFixed(0)} ms`,
    );
  });
});
