import { expect } from 'chai';
import { startTestServer, TOKENS, type HttpFixture } from '../support/httpFixture.ts';

const LETTER = 'salazar-letter-to-ebrard'; // ?2022-05-02, asserted 10 days after the alert
const ALERT = 'state-dept-report-to-sedena'; // ?2022-04-22

describe('GET /api/dates', () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  const read = (query: string) => f.request('GET', `/api/dates?${query}`);

  it('answers what the store would record for a date: bounds, precision, qualifiers and label', async () => {
    const res = await read('edtf=2022-04-22~');

    expect(res.status).to.equal(200);
    expect(res.json).to.deep.equal({
      edtf: '2022-04-22~',
      earliest: '2022-04-19',
      latest: '2022-04-25',
      precision: 'day',
      approximate: true,
      uncertain: false,
      label: 'c. 22 April 2022',
    });
  });

  it('reads open ends and seasons as a fact’s date would be read', async () => {
    expect((await read('edtf=../2022-10')).json).to.include({ earliest: null, latest: '2022-10-31' });
    expect((await read('edtf=2022-21')).json).to.include({ earliest: '2022-03-01', precision: 'season' });
  });

  it('refuses a date the store would refuse, with a problem naming the field edtf', async () => {
    const res = await read('edtf=2022-02-30');

    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(res.json.issues).to.have.length(1);
    expect(res.json.issues[0]).to.deep.include({ path: 'edtf', in: 'query', parameter: 'edtf' });
    expect(res.json.issues[0].message).to.equal('2022-02-30 is not a valid date (February 2022 has 28 days)');
  });

  it('refuses a request without edtf, naming it', async () => {
    const res = await read('fact=x');

    expect(res.status).to.equal(400);
    expect(res.json.issues.map((i: { path: string }) => i.path).join(' ')).to.contain('edtf');
  });

  it('previews the findings a fact would have with the date, and writes nothing', async () => {
    const before = await f.request('GET', `/api/facts/${LETTER}`);

    const res = await read(`edtf=2022-05-03&fact=${LETTER}`);

    expect(res.status).to.equal(200);
    expect(res.json.label).to.equal('3 May 2022');
    const violated = res.json.findings.find((x: { code: string }) => x.code === 'relation-violated');
    expect(violated, JSON.stringify(res.json.findings)).to.not.equal(undefined);
    expect(violated.facts).to.deep.equal([LETTER, ALERT]);
    expect(violated.message).to.contain('they are 11 days apart');
    const after = await f.request('GET', `/api/facts/${LETTER}`);
    expect(after.headers.get('etag')).to.equal(before.headers.get('etag'));
    expect(after.json.findings).to.deep.equal(before.json.findings);
  });

  it('previews no violation for the date the relation asks for', async () => {
    const res = await read(`edtf=?2022-05-02&fact=${LETTER}`);

    expect(res.json.findings.filter((x: { code: string }) => x.code === 'relation-violated')).to.deep.equal([]);
  });

  it('answers 404 for a fact that does not exist', async () => {
    expect((await read('edtf=2022&fact=no-such-fact')).status).to.equal(404);
  });

  describe('with tokens configured', () => {
    it('is open to the reader role', async () => {
      const g = await startTestServer({ auth: true, demo: false });
      try {
        expect((await g.request('GET', '/api/dates?edtf=2022')).status).to.equal(401);
        const res = await g.request('GET', '/api/dates?edtf=2022', {
          headers: { Authorization: `Bearer ${TOKENS.reader}` },
        });
        expect(res.status).to.equal(200);
      } finally {
        await g.close();
      }
    });
  });
});
