import { expect } from 'chai';
import { startChronicleOnStandIn, type ChronicleOnStandIn } from '../support/esdbStandIn/chronicleOnStandIn.ts';

const EDITORS = 3;
const EDITS = 10;
const dateOf = (editor: number, n: number) =>
  new Date(Date.UTC(2000, 0, 1 + editor * 100 + n)).toISOString().slice(0, 10);

/**
 * Concurrent editors don't starve: three editors revise one fact without `If-Match` through one
 * Chronicle server on the stand-in. Their writes take turns in the order they came, so none
 * collides (one append each) and none is overtaken again and again. The latencies — each editor's
 * p99 beside a single editor's, at store round trips of 0, 50 and 200 ms — come from
 * `npm run bench:fairness` (docs/benchmarks.md), not from a test.
 */
describe('three editors revising one fact without If-Match, on EventStoreDB', function () {
  this.timeout(30_000);
  let f: ChronicleOnStandIn;
  beforeEach(async () => {
    f = await startChronicleOnStandIn({ storeTimeoutMs: 5000 });
    expect(
      (await f.request('POST', '/api/facts', { body: { id: 'x', summary: 'Contested', when: '1999' } })).status,
    ).to.equal(201);
  });
  afterEach(async () => f.close());

  it('take turns: every edit is accepted with one append, and each editor’s edits are in the history in order', async () => {
    const appendsBefore = f.standIn.node.calls.filter((c) => c === 'Append').length;
    await Promise.all(
      Array.from({ length: EDITORS }, async (_, editor) => {
        for (let n = 0; n < EDITS; n++) {
          const answer = await f.request('POST', '/api/facts/x/date', {
            body: { when: dateOf(editor, n), reason: `editor ${editor}` },
            headers: { 'X-Chronicle-User': `editor-${editor}` },
          });
          expect(answer.status, JSON.stringify(answer.json)).to.equal(200);
        }
      }),
    );
    const appends = f.standIn.node.calls.filter((c) => c === 'Append').length - appendsBefore;
    expect(appends, 'one append per edit: no collisions').to.equal(EDITORS * EDITS);
    const history = (await f.request('GET', '/api/facts/x/history')).json.events as {
      type: string;
      recordedBy: string;
      data: { when: string };
    }[];
    for (let editor = 0; editor < EDITORS; editor++) {
      const mine = history.filter((e) => e.recordedBy === `editor-${editor}`).map((e) => e.data.when);
      expect(mine).to.deep.equal(Array.from({ length: EDITS }, (_, n) => dateOf(editor, n)));
    }
  });
});
