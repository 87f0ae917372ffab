import { expect } from 'chai';
import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';
import { parseFuzzyDate } from '../../src/dates/index.ts';
import {
  TIMELINEJS_TITLE_ID,
  escapeHtml,
  escapeHtmlTwice,
  timelineToTimelineJs,
  type TimelineJsDocument,
  type TimelineJsSlide,
} from '../../src/exports/timelinejsExport.ts';
import { HOSTILE, LONG, anEntry, citation, day } from '../support/timelineEntries.ts';

const ENTRIES = {
  day: anEntry(
    'dhs-report',
    'DHS sends an intelligence report to Sedena',
    day('2022-04-22', '2022-04-22', '2022-04-22', 'day', '22 April 2022'),
    {
      actors: [
        { id: 'dhs', name: 'Department of Homeland Security', role: 'sender' },
        { id: 'sedena', name: 'Sedena', role: null },
      ],
      topics: [
        { id: 'nuctech', label: 'Nuctech scanners' },
        { id: 'border', label: 'Border & customs' },
      ],
      place: 'Mexico City',
      citations: [citation()],
    },
  ),
  month: anEntry(
    'scanners-installed',
    'Scanners installed at customs',
    day('2022-04', '2022-04-01', '2022-04-30', 'month', 'April 2022'),
  ),
  year: anEntry('tender', 'Customs tender', day('2022', '2022-01-01', '2022-12-31', 'year', '2022')),
  season: anEntry(
    'trials',
    'Trials at the border',
    day('2022-21', '2022-03-01', '2022-05-31', 'season', 'spring 2022'),
  ),
  approximate: anEntry(
    'meeting',
    'Officials meet',
    day('2022-04-22~', '2022-04-19', '2022-04-25', 'day', 'c. 22 April 2022', { approximate: true }),
  ),
  uncertain: anEntry(
    'letter',
    'Letter to the ministry',
    day('2022-05-02?', '2022-05-02', '2022-05-02', 'day', '2 May 2022?', { uncertain: true }),
  ),
  openStart: anEntry('contract', 'Contract signed', day('../2022-10', null, '2022-10-31', 'month', 'by October 2022')),
  openEnd: anEntry('deliveries', 'Deliveries', day('2022-04/..', '2022-04-01', null, 'month', 'from April 2022')),
  span: anEntry(
    'inspection',
    'Inspection of the scanners',
    day('2022-04-22/2022-05-02', '2022-04-22', '2022-05-02', 'day', '22 April – 2 May 2022'),
  ),
  hostile: anEntry('hostile', HOSTILE, day('2022-06-01', '2022-06-01', '2022-06-01', 'day', '1 June 2022'), {
    actors: [{ id: 'x', name: '<img src=x onerror=alert(1)>', role: 'a "role"' }],
    topics: [{ id: 'evil', label: '<b>Evil</b> & co' }],
    place: "O'Hare <airport>",
    citations: [
      citation({
        quote: '</blockquote><script>steal()</script>',
        statedDate: '<i>May</i>',
        source: { ...citation().source, title: 'A & B <News>' },
      }),
    ],
  }),
  long: anEntry('long-summary', LONG, day('2022-07-01', '2022-07-01', '2022-07-01', 'day', '1 July 2022')),
} as const;

function aTimeline(entries: readonly TimelineEntry[], name = 'Nuctech <border> & "scanners"'): Timeline {
  return { timeline: { kind: 'all', id: null, name }, asOf: null, position: '42', entries, nextCursor: null };
}

const TIMELINE = aTimeline(Object.values(ENTRIES));

/** What TimelineJS's stripMarkup does to text without tags: decodes entities once. */
function decodeOnce(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (m, name: string) => named[name] ?? m);
}

function slideOf(doc: TimelineJsDocument, factId: string): TimelineJsSlide {
  const slide = doc.events.find((s) => s.unique_id === factId);
  if (!slide) throw new Error(`no slide for ${factId}`);
  return slide;
}

// The field names and value kinds https://timeline.knightlab.com/docs/json-format.html documents.
const DOCUMENT_KEYS = ['events', 'title', 'eras', 'scale'];
const SLIDE_KEYS = [
  'start_date',
  'end_date',
  'text',
  'media',
  'group',
  'display_date',
  'background',
  'autolink',
  'unique_id',
];
const DATE_KEYS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond', 'display_date'];
const TEXT_KEYS = ['headline', 'text'];

/** Problems of a document against TimelineJS3's documented JSON format; empty when it conforms. */
function timelineJsProblems(doc: unknown): string[] {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  const keys = (path: string, v: Record<string, unknown>, allowed: string[]): void => {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) problems.push(`${path}.${k} is not a TimelineJS field`);
  };
  const date = (path: string, v: unknown): void => {
    if (!isObject(v)) return void problems.push(`${path} is not a date object`);
    keys(path, v, DATE_KEYS);
    if (typeof v.year !== 'number' || !Number.isInteger(v.year)) problems.push(`${path}.year is not a whole number`);
    if (
      v.month !== undefined &&
      (typeof v.month !== 'number' || !Number.isInteger(v.month) || v.month < 1 || v.month > 12)
    )
      problems.push(`${path}.month is not 1–12`);
    if (v.day !== undefined && (typeof v.day !== 'number' || !Number.isInteger(v.day) || v.day < 1 || v.day > 31))
      problems.push(`${path}.day is not 1–31`);
    if (v.day !== undefined && v.month === undefined) problems.push(`${path} has a day but no month`);
    if (v.display_date !== undefined && typeof v.display_date !== 'string')
      problems.push(`${path}.display_date is not text`);
  };
  const slide = (path: string, v: unknown, isTitle: boolean): void => {
    if (!isObject(v)) return void problems.push(`${path} is not a slide object`);
    keys(path, v, SLIDE_KEYS);
    if (!isTitle || v.start_date !== undefined) date(`${path}.start_date`, v.start_date);
    if (v.end_date !== undefined) date(`${path}.end_date`, v.end_date);
    if (v.text !== undefined) {
      if (!isObject(v.text)) problems.push(`${path}.text is not a text object`);
      else {
        keys(`${path}.text`, v.text, TEXT_KEYS);
        for (const k of TEXT_KEYS)
          if (v.text[k] !== undefined && typeof v.text[k] !== 'string') problems.push(`${path}.text.${k} is not text`);
      }
    }
    for (const k of ['group', 'display_date', 'unique_id'])
      if (v[k] !== undefined && typeof v[k] !== 'string') problems.push(`${path}.${k} is not text`);
  };
  if (!isObject(doc)) return ['the document is not an object'];
  keys('document', doc, DOCUMENT_KEYS);
  if (!Array.isArray(doc.events)) problems.push('document.events is not a list');
  else doc.events.forEach((s, i) => slide(`events[${i}]`, s, false));
  if (doc.title !== undefined) slide('title', doc.title, true);
  if (doc.scale !== undefined && doc.scale !== 'human' && doc.scale !== 'cosmological')
    problems.push('document.scale is neither human nor cosmological');
  if (doc.eras !== undefined && !Array.isArray(doc.eras)) problems.push('document.eras is not a list');
  return problems;
}

describe('timelineToTimelineJs', () => {
  const doc = timelineToTimelineJs(TIMELINE);

  it('uses dates that agree with parseFuzzyDate', () => {
    for (const entry of Object.values(ENTRIES)) expect(parseFuzzyDate(entry.when.edtf)).to.deep.equal(entry.when);
  });

  describe('the document', () => {
    it('has only the fields, and kinds of value, that TimelineJS documents', () => {
      expect(timelineJsProblems(doc)).to.deep.equal([]);
    });

    it('survives JSON as it is (no undefined fields, numbers stay numbers)', () => {
      expect(JSON.parse(JSON.stringify(doc))).to.deep.equal(doc);
    });

    it('has a title slide with the timeline name, escaped', () => {
      expect(doc.title).to.deep.equal({
        text: {
          headline: 'Nuctech &lt;border&gt; &amp; &quot;scanners&quot;',
          text: `<p>${Object.keys(ENTRIES).length} entries</p>`,
        },
        unique_id: TIMELINEJS_TITLE_ID,
      });
    });

    it('has one slide per entry, in timeline order, each with its fact id as unique_id', () => {
      expect(doc.events.map((s) => s.unique_id)).to.deep.equal(Object.values(ENTRIES).map((e) => e.factId));
    });

    it('has unique ids, none the title’s', () => {
      const ids = [doc.title.unique_id, ...doc.events.map((s) => s.unique_id)];
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('is on the human scale for ordinary years', () => {
      expect(doc.scale).to.equal('human');
    });

    it('has no slides for an empty timeline, only the title', () => {
      const empty = timelineToTimelineJs(aTimeline([], 'Empty'));
      expect(empty.events).to.deep.equal([]);
      expect(empty.title.text.headline).to.equal('Empty');
    });

    it('says as of when the timeline is as known at a past moment', () => {
      const asOf = timelineToTimelineJs({ ...aTimeline([ENTRIES.day]), asOf: '2023-01-01T00:00:00.000Z' });
      expect(asOf.title.text.text).to.equal('<p>1 entry, as known at 2023-01-01T00:00:00.000Z</p>');
    });
  });

  describe('a day entry', () => {
    const slide = slideOf(doc, 'dhs-report');

    it('starts on that day, split into numbers, with no end', () => {
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 4, day: 22 });
      expect(slide).not.to.have.property('end_date');
    });

    it('shows the label as display_date', () => {
      expect(slide.display_date).to.equal('22 April 2022');
    });

    it('has the summary as headline and is grouped by its first topic', () => {
      expect(slide.text.headline).to.equal('DHS sends an intelligence report to Sedena');
      expect(slide.group).to.equal('Nuctech scanners');
    });

    it('lists the date, actors with roles, place and sources with grades and quotes in the text', () => {
      expect(slide.text.text).to.equal(
        '<p><strong>Date:</strong> 22 April 2022 (EDTF <code>2022-04-22</code>)</p>' +
          '<p><strong>Actors:</strong> Department of Homeland Security (sender), Sedena</p>' +
          '<p><strong>Place:</strong> Mexico City</p>' +
          '<p><strong>Sources:</strong></p><ul><li><cite>Yucatan Times</cite> [C2], stated date April 22' +
          '<blockquote>The report was sent on April 22</blockquote></li></ul>',
      );
    });
  });

  describe('a month entry', () => {
    it('is drawn as a span over the whole month, to its last day', () => {
      const slide = slideOf(doc, 'scanners-installed');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 4, day: 1 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 4, day: 30 });
      expect(slide.display_date).to.equal('April 2022');
    });
  });

  describe('a year entry', () => {
    it('is drawn as a span to 31 December, not one that stops on 1 January', () => {
      const slide = slideOf(doc, 'tender');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 1, day: 1 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 12, day: 31 });
    });
  });

  describe('a season', () => {
    it('runs from its first to its last day', () => {
      const slide = slideOf(doc, 'trials');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 3, day: 1 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 5, day: 31 });
      expect(slide.display_date).to.equal('spring 2022');
    });
  });

  describe('a date with unspecified digits', () => {
    it('keeps its bounds to the day: 2022-0X-31 runs from 31 January to 31 August', () => {
      const when = parseFuzzyDate('2022-0X-31');
      const slide = slideOf(timelineToTimelineJs(aTimeline([anEntry('digits', 'Digits', when)])), 'digits');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 1, day: 31 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 8, day: 31 });
    });
  });

  describe('a span', () => {
    it('runs from its first to its last day', () => {
      const slide = slideOf(doc, 'inspection');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 4, day: 22 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 5, day: 2 });
      expect(slide.display_date).to.equal('22 April – 2 May 2022');
    });
  });

  describe('an approximate entry', () => {
    it('spans the widened bounds and shows "c." in display_date', () => {
      const slide = slideOf(doc, 'meeting');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 4, day: 19 });
      expect(slide.end_date).to.deep.equal({ year: 2022, month: 4, day: 25 });
      expect(slide.display_date).to.equal('c. 22 April 2022');
      expect(slide.text.text).to.include('(EDTF <code>2022-04-22~</code>; approximate)');
    });
  });

  describe('an uncertain entry', () => {
    it('shows the "?" in display_date and says so in the text', () => {
      const slide = slideOf(doc, 'letter');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 5, day: 2 });
      expect(slide.display_date).to.equal('2 May 2022?');
      expect(slide.text.text).to.include('; uncertain)');
    });
  });

  describe('an entry with an open start', () => {
    const slide = slideOf(doc, 'contract');

    it('starts at its latest possible day, with no end', () => {
      expect(slide.start_date).to.deep.include({ year: 2022, month: 10, day: 31 });
      expect(slide).not.to.have.property('end_date');
    });

    it('shows "by October 2022" on the slide and on its start date', () => {
      expect(slide.display_date).to.equal('by October 2022');
      expect(slide.start_date.display_date).to.equal('by October 2022');
    });
  });

  describe('an entry with an open end', () => {
    it('starts at its earliest day and shows "from April 2022"', () => {
      const slide = slideOf(doc, 'deliveries');
      expect(slide.start_date).to.deep.equal({ year: 2022, month: 4, day: 1, display_date: 'from April 2022' });
      expect(slide).not.to.have.property('end_date');
      expect(slide.display_date).to.equal('from April 2022');
    });
  });

  describe('an entry without topics', () => {
    it('is grouped under the timeline name', () => {
      expect(slideOf(doc, 'tender').group).to.equal(escapeHtmlTwice('Nuctech <border> & "scanners"'));
    });
  });

  describe('user text', () => {
    const slide = slideOf(doc, 'hostile');

    it('is HTML-escaped in the headline', () => {
      expect(slide.text.headline).to.equal(
        '&lt;script&gt;alert(1)&lt;/script&gt; said &quot;hi&quot; &amp; &#39;bye&#39;; a,b\\c',
      );
    });

    it('is HTML-escaped in the text: actors, place, sources, stated dates and quotes', () => {
      expect(slide.text.text).to.equal(
        '<p><strong>Date:</strong> 1 June 2022 (EDTF <code>2022-06-01</code>)</p>' +
          '<p><strong>Actors:</strong> &lt;img src=x onerror=alert(1)&gt; (a &quot;role&quot;)</p>' +
          '<p><strong>Place:</strong> O&#39;Hare &lt;airport&gt;</p>' +
          '<p><strong>Sources:</strong></p><ul><li><cite>A &amp; B &lt;News&gt;</cite> [C2], stated date &lt;i&gt;May&lt;/i&gt;' +
          '<blockquote>&lt;/blockquote&gt;&lt;script&gt;steal()&lt;/script&gt;</blockquote></li></ul>',
      );
    });

    it('is HTML-escaped twice in the group, which TimelineJS decodes to text and then writes as HTML', () => {
      expect(slide.group).to.equal('&amp;lt;b&amp;gt;Evil&amp;lt;/b&amp;gt; &amp;amp; co');
      expect(decodeOnce(slide.group ?? '')).to.equal(escapeHtml('<b>Evil</b> & co'));
    });

    it('never reaches the document as markup', () => {
      const json = JSON.stringify(doc);
      for (const raw of ['<script', '<img', '<b>', '<i>', '<News>', '<airport>', '<border>'])
        expect(json).not.to.include(raw);
    });

    it('keeps a long summary whole', () => {
      expect(slideOf(doc, 'long-summary').text.headline).to.equal(LONG);
    });
  });

  describe('years before the common era and far-off years', () => {
    const bc = anEntry(
      'ides',
      'Caesar is warned',
      day('-0100-03-15', '-0100-03-15', '-0100-03-15', 'day', '15 March 101 BC'),
    );
    const far = anEntry(
      'far',
      'Far future',
      day('Y170000002', '+170000002-01-01', '+170000002-12-31', 'year', '170000002'),
    );

    it('pass through as astronomical years, labelled by display_date', () => {
      const slide = slideOf(timelineToTimelineJs(aTimeline([bc])), 'ides');
      expect(slide.start_date).to.deep.equal({ year: -100, month: 3, day: 15 });
      expect(slide.display_date).to.equal('15 March 101 BC');
    });

    it('keep a human scale while a JavaScript Date can hold them', () => {
      expect(timelineToTimelineJs(aTimeline([bc, ENTRIES.day])).scale).to.equal('human');
    });

    it('turn the scale cosmological when one cannot be held', () => {
      const out = timelineToTimelineJs(aTimeline([bc, far]));
      expect(out.scale).to.equal('cosmological');
      expect(slideOf(out, 'far').start_date).to.deep.equal({ year: 170000002, month: 1, day: 1 });
      expect(timelineJsProblems(out)).to.deep.equal([]);
    });

    it('look at end dates too when choosing the scale', () => {
      // Built by hand: the parser does not take Y-years in intervals yet, but a FuzzyDate may hold one.
      const reach = anEntry(
        'reach',
        'Long reach',
        day('2022/Y300000', '2022-01-01', '+300000-12-31', 'year', '2022 – 300000'),
      );
      expect(timelineToTimelineJs(aTimeline([reach])).scale).to.equal('cosmological');
    });
  });

  describe('escapeHtml', () => {
    it('escapes & < > " and \'', () => {
      expect(escapeHtml(`&<>"'`)).to.equal('&amp;&lt;&gt;&quot;&#39;');
      expect(escapeHtml('&amp;')).to.equal('&amp;amp;');
    });
  });

  describe('escapeHtmlTwice', () => {
    it('gives, once decoded, the text escaped once', () => {
      const text = `<img src=x onerror="alert(1)"> R&D's`;
      expect(decodeOnce(escapeHtmlTwice(text))).to.equal(escapeHtml(text));
    });
  });
});
