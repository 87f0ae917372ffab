import { expect } from 'chai';
import { startTestServer, type HttpFixture, type HttpResponse } from '../support/httpFixture.ts';

const FACT = 'salazar-letter-to-ebrard';
const EDITORS = 50;

/** Editor i's date: a distinct day in 2021, so every accepted revision is visible in the history. */
const dateOf = (i: number) => new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);

interface Attempt {
  readonly editor: number;
  readonly ifMatch: string;
  readonly response: HttpResponse;
}

/**
 * One editor who wants their date in: read the fact's ETag, send the revision with `If-Match`,
 * and on 412 try again with the ETag the refusal carried — as a careful client would.
 */
async function careful(f: HttpFixture, editor: number, log: Attempt[]): Promise<void> {
  let etag = (await f.request('GET', `/api/facts/${FACT}`)).headers.get('etag')!;
  for (;;) {
    const response = await f.request('POST', `/api/facts/${FACT}/date`, {
      body: { when: dateOf(editor), reason: `editor ${editor} checked the letter` },
      headers: { 'If-Match': etag, 'X-Chronicle-User': `editor-${editor}` },
    });
    log.push({ editor, ifMatch: etag, response });
    if (response.status !== 412) return;
    etag = response.headers.get('etag')!;
  }
}

async function dateRevisions(f: HttpFixture) {
  const history = (await f.request('GET', `/api/facts/${FACT}/history`)).json;
  return (history.events as any[]).filter((e) => e.type === 'FactDateRevised');
}

describe('fifty editors revising one fact at once', function () {
  // About 800 requests (every 412 is retried); a few seconds on an idle machine, more on a busy one.
  this.timeout(60_000);
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  it('with If-Match, lets exactly one succeed per revision and refuses the rest with 412 and the current ETag', async () => {
    const start = Number(JSON.parse((await f.request('GET', `/api/facts/${FACT}`)).headers.get('etag')!));
    const log: Attempt[] = [];
    await Promise.all(Array.from({ length: EDITORS }, (_, i) => careful(f, i, log)));

    const accepted = log.filter((a) => a.response.status === 200);
    const refused = log.filter((a) => a.response.status === 412);
    expect(accepted.length + refused.length, 'every answer is 200 or 412').to.equal(log.length);
    expect(accepted).to.have.length(EDITORS);
    // Exactly one winner per revision: the If-Match values of the accepted writes are start, start+1, …
    expect(accepted.map((a) => Number(JSON.parse(a.ifMatch))).sort((a, b) => a - b)).to.deep.equal(
      Array.from({ length: EDITORS }, (_, i) => start + i),
    );
    expect(accepted.map((a) => a.response.headers.get('etag')).sort()).to.deep.equal(
      Array.from({ length: EDITORS }, (_, i) => `"${start + i + 1}"`).sort(),
    );
    for (const r of refused) {
      expect(r.response.json.status).to.equal(412);
      expect(Number(JSON.parse(r.response.headers.get('etag')!)), 'a refusal carries a newer ETag').to.be.greaterThan(
        Number(JSON.parse(r.ifMatch)),
      );
    }
    expect(refused.length, 'editors really collided').to.be.greaterThan(0);
    console.log(
      `      ${EDITORS} editors: ${accepted.length} revisions accepted, one per revision; ${refused.length} refusals with 412 and the current ETag`,
    );

    // The history holds every accepted revision, in the order they were accepted, and nothing else.
    const revisions = await dateRevisions(f);
    const inOrder = [...accepted].sort((a, b) => Number(JSON.parse(a.ifMatch)) - Number(JSON.parse(b.ifMatch)));
    expect(revisions.map((e) => e.data.when)).to.deep.equal(inOrder.map((a) => dateOf(a.editor)));
    expect(revisions.map((e) => e.recordedBy)).to.deep.equal(inOrder.map((a) => `editor-${a.editor}`));
    const fact = (await f.request('GET', `/api/facts/${FACT}`)).json;
    expect(fact.revision).to.equal(start + EDITORS);
    expect(fact.when.edtf).to.equal(dateOf(inOrder.at(-1)!.editor));
  });

  it('without If-Match, accepts all fifty and loses none of them from the history', async () => {
    const responses = await Promise.all(
      Array.from({ length: EDITORS }, (_, i) =>
        f.request('POST', `/api/facts/${FACT}/date`, {
          body: { when: dateOf(i), reason: `editor ${i} checked the letter` },
          headers: { 'X-Chronicle-User': `editor-${i}` },
        }),
      ),
    );
    expect(responses.map((r) => r.status)).to.deep.equal(Array(EDITORS).fill(200));
    const revisions = await dateRevisions(f);
    expect(revisions.map((e) => e.data.when).sort()).to.deep.equal(
      Array.from({ length: EDITORS }, (_, i) => dateOf(i)).sort(),
    );
    expect(new Set(revisions.map((e) => e.recordedBy)).size).to.equal(EDITORS);
    // Each write answered with the revision it made: fifty distinct ETags.
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).to.equal(EDITORS);
  });
});
