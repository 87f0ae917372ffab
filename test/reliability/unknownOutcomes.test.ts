import { expect } from 'chai';
import type { AppendFault } from '../support/esdbStandIn/cluster.ts';
import { startChronicleOnStandIn, type ChronicleOnStandIn } from '../support/esdbStandIn/chronicleOnStandIn.ts';

const TIMEOUT_MS = 400;
const fact = (id: string, summary = `Fact ${id}`) => ({ id, summary, when: '2022-04-22' });
const key = (k: string) => ({ 'Idempotency-Key': k });

/**
 * A 503 never hides a saved write. The stand-in cuts connections before or after it writes, or
 * holds an append past the deadline and writes it later (a node that commits late). Every answer
 * must tell the truth: a success is in the log, `not-recorded` is not, and `unknown` is settled by
 * a retry with the same `Idempotency-Key`, which gets the original success — never a 409.
 */
describe('Chronicle on EventStoreDB, when an append gets no answer', function () {
  this.timeout(30_000);
  let f: ChronicleOnStandIn;
  beforeEach(async () => {
    f = await startChronicleOnStandIn({ storeTimeoutMs: TIMEOUT_MS });
  });
  afterEach(async () => f.close());
  const eventsOf = (id: string) => f.standIn.log.stream(`fact-${id}`) ?? [];

  it('held past the deadline: 503 "unknown"; the retry with the same key, once it is written, gets the original 201', async () => {
    f.standIn.node.appendFaults = ['stall'];
    const first = await f.request('POST', '/api/facts', { body: fact('late'), headers: key('k-late') });
    expect(first.status).to.equal(503);
    expect(first.json).to.include({ writeOutcome: 'unknown' });
    expect(first.json.detail).to.match(/may have been written: retry with the same Idempotency-Key/);
    f.standIn.node.releaseStalledAppends();
    expect(eventsOf('late')).to.have.length(1);

    const retry = await f.request('POST', '/api/facts', { body: fact('late'), headers: key('k-late') });
    expect(retry.status).to.equal(201);
    expect(retry.headers.get('location')).to.equal('/api/facts/late');
    expect(retry.json).to.include({ factId: 'late', summary: 'Fact late' });
    expect(eventsOf('late')).to.have.length(1);
    const again = await f.request('POST', '/api/facts', { body: fact('late'), headers: key('k-late') });
    expect(again.status).to.equal(201);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
  });

  it('held past the deadline and never written: the retry with the same key writes it, once', async () => {
    f.standIn.node.appendFaults = ['stall'];
    const first = await f.request('POST', '/api/facts', { body: fact('lost'), headers: key('k-lost') });
    expect(first.json.writeOutcome).to.equal('unknown');
    f.standIn.node.stalledAppends.splice(0); // the node dies with it: never written
    const retry = await f.request('POST', '/api/facts', { body: fact('lost'), headers: key('k-lost') });
    expect(retry.status).to.equal(201);
    expect(eventsOf('lost')).to.have.length(1);
  });

  it('a revision held past the deadline is not applied twice by its retry', async () => {
    expect((await f.request('POST', '/api/facts', { body: fact('dated') })).status).to.equal(201);
    f.standIn.node.appendFaults = ['stall'];
    const body = { when: '2022-05-02', reason: 'the letter says so' };
    const first = await f.request('POST', '/api/facts/dated/date', { body, headers: key('k-date') });
    expect(first.json.writeOutcome).to.equal('unknown');
    f.standIn.node.releaseStalledAppends();
    const retry = await f.request('POST', '/api/facts/dated/date', { body, headers: key('k-date') });
    expect(retry.status).to.equal(200);
    expect(retry.json.when.edtf).to.equal('2022-05-02');
    expect(eventsOf('dated').map((r) => r.type)).to.deep.equal(['FactRecorded', 'FactDateRevised']);
  });

  it('refuses the same key with another body after an unknown outcome', async () => {
    f.standIn.node.appendFaults = ['stall'];
    await f.request('POST', '/api/facts', { body: fact('once'), headers: key('k-once') });
    f.standIn.node.releaseStalledAppends();
    const other = await f.request('POST', '/api/facts', { body: fact('once', 'Another'), headers: key('k-once') });
    expect(other.status).to.equal(400);
    expect(other.json.detail).to.match(/Idempotency-Key.*different request body/);
  });

  it('under a run of faults, reports no write as failed that is in the log, and settles every unknown with its key', async () => {
    const faults: AppendFault[] = ['cut-after-write', 'none', 'stall', 'cut-before-write'];
    const writes: { id: string; path: string; body: unknown; type: string }[] = [];
    for (let i = 0; i < 12; i++) {
      writes.push({ id: `w${i}`, path: '/api/facts', body: fact(`w${i}`), type: 'FactRecorded' });
      writes.push({
        id: `w${i}`,
        path: `/api/facts/w${i}/date`,
        body: { when: '2022-06-01', reason: 'revised' },
        type: 'FactDateRevised',
      });
    }
    const tally = { answered: 0, success: 0, notRecorded: 0, unknown: 0, recorded: 0, retries: 0 };
    for (const [n, write] of writes.entries()) {
      f.standIn.node.appendFaults = [faults[n % faults.length]!];
      const headers = key(`run-${n}`);
      let answer = await f.request('POST', write.path, { body: write.body, headers });
      tally.answered += 1;
      f.standIn.node.releaseStalledAppends();
      const inLog = () => eventsOf(write.id).filter((r) => r.type === write.type).length;
      if (answer.status === 503 && answer.json.writeOutcome === 'not-recorded') {
        tally.notRecorded += 1;
        expect(inLog(), `${write.path} said not recorded`).to.equal(0);
      }
      while (answer.status === 503) {
        expect(answer.json.writeOutcome, write.path).to.be.oneOf(['not-recorded', 'unknown', 'recorded']);
        if (answer.json.writeOutcome !== 'not-recorded') tally[answer.json.writeOutcome as 'unknown' | 'recorded'] += 1;
        tally.retries += 1;
        answer = await f.request('POST', write.path, { body: write.body, headers });
      }
      expect(answer.status, `${write.path}: ${JSON.stringify(answer.json)}`).to.be.oneOf([200, 201]);
      tally.success += 1;
      expect(inLog(), `${write.path} once`).to.equal(1);
    }
    expect(tally.success).to.equal(writes.length);
    console.log(
      `      ${tally.answered} writes under cut/stall faults: ${tally.notRecorded} answered not-recorded (none in the log), ` +
        `${tally.unknown} unknown, ${tally.recorded} recorded; ${tally.retries} retries with the same key; ` +
        `every write in the log exactly once; longest answer ${Math.max(...f.answers.map((a) => a.ms)).toFixed(0)} ms (deadline ${TIMEOUT_MS} ms)`,
    );
  });
});

/**
 * A write whose connection is cut after the node wrote it is settled by the client's retry within
 * the request: its deadline is long enough that only the cut, never a slow machine, is tested.
 */
describe('Chronicle on EventStoreDB, when the connection is cut after a write', function () {
  this.timeout(30_000);
  let f: ChronicleOnStandIn;
  beforeEach(async () => {
    f = await startChronicleOnStandIn({ storeTimeoutMs: 10_000 });
  });
  afterEach(async () => f.close());

  it('the write answers 201, and is in the log once', async () => {
    f.standIn.node.appendFaults = ['cut-after-write'];
    const answer = await f.request('POST', '/api/facts', { body: fact('cut') });
    expect(answer.status).to.equal(201);
    expect(f.standIn.log.stream('fact-cut') ?? []).to.have.length(1);
  });
});
