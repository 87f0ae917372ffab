import { expect } from 'chai';
import { readTimeline, type TimelineQuery } from '../../projections/queries/timelineQuery.ts';
import { timelineJson } from '../../src/http/timelineJson.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const SUMMARY = 'Meeting at the Café Señorial – “off the record” 会议 📅';
const CAFE_MEETING = {
  id: 'cafe-meeting',
  summary: SUMMARY,
  when: '2022-05',
  actors: [{ id: 'sedena', role: 'host' }],
};

describe('a JSON timeline page as bytes', () => {
  let f: HttpFixture;
  beforeEach(async () => {
    f = await startTestServer();
    expect((await f.request('POST', '/api/facts', { body: CAFE_MEETING })).status).to.equal(201);
  });
  afterEach(async () => f.close());

  const pages: Record<string, TimelineQuery> = {
    'a first page with a next cursor': { kind: 'all', limit: 2 },
    'an actor’s whole timeline, with text beyond Latin-1': { kind: 'actor', id: 'sedena' },
    'a page with no entries': { kind: 'all', q: 'no fact says this' },
    'a page as of an earlier position': { kind: 'actor', id: 'sedena', asOf: '1' },
  };
  for (const [name, query] of Object.entries(pages)) {
    it(`is JSON.stringify's text of the page in UTF-8, byte for byte: ${name}`, () => {
      const timeline = readTimeline(f.chronicle.readModels(), query);
      const bytes = timelineJson(timeline);
      expect(bytes.toString('utf8')).to.equal(JSON.stringify(timeline));
      expect(bytes.equals(Buffer.from(JSON.stringify(timeline), 'utf8'))).to.equal(true);
    });
  }

  it('is what GET sends for the page', async () => {
    const sent = await f.request('GET', '/api/timelines/actors/sedena', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    const timeline = readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' });
    expect(sent.text).to.equal(JSON.stringify(timeline));
    expect(sent.json.entries.map((e: { summary: string }) => e.summary)).to.include(SUMMARY);
  });
});
