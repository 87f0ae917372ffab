import { expect } from 'chai';
import { demoDossier } from '../support/demoDossier.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

describe("a write's answer", () => {
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  const sameAsRead = async (answer: { text: string; headers: Headers }, factId: string) => {
    const read = await f.request('GET', `/api/facts/${factId}`);
    expect(answer.text).to.equal(read.text);
    for (const header of ['etag', 'content-type', 'content-length'])
      expect(answer.headers.get(header), header).to.equal(read.headers.get(header));
  };

  it('is the fact as a read of it gives it, byte for byte, after each kind of write', async () => {
    // The demo's richest fact under a new id: many actors in their order, topics, citations, relations.
    const rich = demoDossier().facts.find((fact: { id: string }) => fact.id === 'dhs-ia-report-via-us-embassy');
    const body = { ...rich, id: 'dhs-report-again' };
    delete body.retracted;
    const recorded = await f.request('POST', '/api/facts', { body });
    expect(recorded.status).to.equal(201);
    await sameAsRead(recorded, 'dhs-report-again');
    const revised = await f.request('POST', '/api/facts/dhs-report-again/date', {
      body: { when: '2022-04-21', reason: 'the report is dated' },
    });
    expect(revised.status).to.equal(200);
    await sameAsRead(revised, 'dhs-report-again');
    const linked = await f.request('POST', '/api/facts/dhs-report-again/actors', { body: { id: 'china', role: null } });
    await sameAsRead(linked, 'dhs-report-again');
    const retracted = await f.request('POST', '/api/facts/dhs-report-again/retraction', {
      body: { reason: 'a duplicate' },
    });
    expect(retracted.status).to.equal(200);
    await sameAsRead(retracted, 'dhs-report-again');
  });
});
