import { expect } from 'chai';
import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';
import { parseFuzzyDate } from '../../src/dates/index.ts';
import { DEFAULT_ICS_PROD_ID, escapeIcsText, foldIcsLine, timelineToIcs } from '../../src/exports/icsExport.ts';
import { HOSTILE, LONG, anEntry, citation, day } from '../support/timelineEntries.ts';

const NOW = new Date('2024-05-01T12:34:56.789Z');
const STORE_ID = '0b4f6c1e-7d2a-4c1f-9a55-3e1d2c4b5a69';

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
        { id: 'border', label: 'Border, customs' },
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
  span: anEntry(
    'inspection',
    'Inspection of the scanners',
    day('2022-04-22/2022-05-02', '2022-04-22', '2022-05-02', 'day', '22 April – 2 May 2022'),
  ),
  hostile: anEntry('hostile', HOSTILE, day('2022-06-01', '2022-06-01', '2022-06-01', 'day', '1 June 2022'), {
    citations: [citation({ quote: `line one\nline two; with, commas ${'and more words '.repeat(20)}` })],
  }),
  long: anEntry('long-summary', LONG, day('2022-07-01', '2022-07-01', '2022-07-01', 'day', '1 July 2022')),
} as const;

function aTimeline(entries: readonly TimelineEntry[], name = 'Nuctech; border, scanners'): Timeline {
  return { timeline: { kind: 'all', id: null, name }, asOf: null, position: '42', entries, nextCursor: null };
}

const TIMELINE = aTimeline(Object.values(ENTRIES));

/** Content lines after unfolding (RFC 5545 §3.1). */
function contentLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
}

/** The content lines of the VEVENT whose UID is `<factId>@<store id>`. */
function eventOf(ics: string, factId: string): string[] {
  const lines = contentLines(ics);
  const uid = lines.indexOf(`UID:${factId}@${STORE_ID}`);
  if (uid < 0) throw new Error(`no event for ${factId}`);
  const begin = lines.lastIndexOf('BEGIN:VEVENT', uid);
  return lines.slice(begin, lines.indexOf('END:VEVENT', uid) + 1);
}

function property(lines: string[], name: string): string | undefined {
  return lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

describe('timelineToIcs', () => {
  const ics = timelineToIcs(TIMELINE, { now: NOW, storeId: STORE_ID });

  describe('the fixture', () => {
    it('agrees with parseFuzzyDate on every date', () => {
      for (const entry of Object.values(ENTRIES)) expect(parseFuzzyDate(entry.when.edtf)).to.deep.equal(entry.when);
    });

    it('has a 200-character summary with multi-byte characters', () => {
      expect([...LONG]).to.have.length(200);
      expect(Buffer.byteLength(LONG)).to.be.greaterThan(200);
    });
  });

  describe('the calendar', () => {
    it('begins with BEGIN:VCALENDAR and ends with END:VCALENDAR and a CRLF', () => {
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
      expect(ics.endsWith('\r\nEND:VCALENDAR\r\n')).to.equal(true);
    });

    it('ends every line with CRLF and has no bare CR or LF', () => {
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    });

    it('names the product, by default Chronicle', () => {
      expect(contentLines(ics)).to.include(`PRODID:${DEFAULT_ICS_PROD_ID}`);
      expect(
        contentLines(timelineToIcs(TIMELINE, { now: NOW, storeId: STORE_ID, prodId: '-//Acme//Desk//EN' })),
      ).to.include('PRODID:-//Acme//Desk//EN');
    });

    it('is named after the timeline in X-WR-CALNAME, escaped', () => {
      expect(contentLines(ics)).to.include('X-WR-CALNAME:Nuctech\\; border\\, scanners');
    });

    it('has one VEVENT per entry with both bounds', () => {
      const lines = contentLines(ics);
      expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(Object.keys(ENTRIES).length - 1);
      expect(lines.filter((l) => l === 'END:VEVENT')).to.have.length(Object.keys(ENTRIES).length - 1);
    });

    it('is the same text for the same timeline and moment', () => {
      expect(timelineToIcs(TIMELINE, { now: new Date(NOW), storeId: STORE_ID })).to.equal(ics);
    });

    it('is a valid calendar with no events for an empty timeline', () => {
      expect(timelineToIcs(aTimeline([], 'Empty'), { now: NOW, storeId: STORE_ID })).to.equal(
        [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          `PRODID:${DEFAULT_ICS_PROD_ID}`,
          'CALSCALE:GREGORIAN',
          'METHOD:PUBLISH',
          'X-WR-CALNAME:Empty',
          'X-CHRONICLE-SKIPPED:0',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
      );
    });
  });

  describe('an entry with an open bound', () => {
    it('is not an event', () => {
      expect(ics).not.to.include(`UID:contract@${STORE_ID}`);
    });

    it('is counted in X-CHRONICLE-SKIPPED', () => {
      expect(contentLines(ics)).to.include('X-CHRONICLE-SKIPPED:1');
    });

    it('counts an open end too', () => {
      const openEnd = anEntry(
        'from-april',
        'Deliveries',
        day('2022-04/..', '2022-04-01', null, 'month', 'from April 2022'),
      );
      expect(
        contentLines(timelineToIcs(aTimeline([openEnd, ENTRIES.day]), { now: NOW, storeId: STORE_ID })),
      ).to.include('X-CHRONICLE-SKIPPED:1');
    });
  });

  describe('an entry outside the years 0000–9999', () => {
    it('is skipped and counted, since a DATE has four year digits', () => {
      const bc = anEntry(
        'ides',
        'Caesar is warned',
        day('-0100-03-15', '-0100-03-15', '-0100-03-15', 'day', '15 March 101 BC'),
      );
      const last = anEntry(
        'last-day',
        'The last day',
        day('9999-12-31', '9999-12-31', '9999-12-31', 'day', '31 December 9999'),
      );
      const out = timelineToIcs(aTimeline([bc, last, ENTRIES.day]), { now: NOW, storeId: STORE_ID });
      expect(contentLines(out)).to.include('X-CHRONICLE-SKIPPED:2');
      expect(contentLines(out).filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
    });
  });

  describe('a day entry', () => {
    const event = eventOf(ics, 'dhs-report');

    it('is an all-day event on that day, DTEND the next day (exclusive)', () => {
      expect(event).to.include('DTSTART;VALUE=DATE:20220422');
      expect(event).to.include('DTEND;VALUE=DATE:20220423');
    });

    it('has the UID <factId>@<store id>, unique across stores, and DTSTAMP from options.now in UTC', () => {
      expect(event).to.include(`UID:dhs-report@${STORE_ID}`);
      expect(event).to.include('DTSTAMP:20240501T123456Z');
    });

    it('has the summary as SUMMARY, and no STATUS', () => {
      expect(event).to.include('SUMMARY:DHS sends an intelligence report to Sedena');
      expect(property(event, 'STATUS')).to.equal(undefined);
    });

    it('has the label, EDTF, actors with roles and sources with grades and quotes in DESCRIPTION', () => {
      expect(property(event, 'DESCRIPTION')).to.equal(
        'DESCRIPTION:Date: 22 April 2022 (EDTF 2022-04-22)\\nActors: Department of Homeland Security (sender)\\, Sedena' +
          '\\nSources:\\n- Yucatan Times [C2]\\, stated date April 22: "The report was sent on April 22"',
      );
    });

    it('has the topics as CATEGORIES, each escaped, and the place as LOCATION', () => {
      expect(event).to.include('CATEGORIES:Nuctech scanners,Border\\, customs');
      expect(event).to.include('LOCATION:Mexico City');
    });

    it('has as SEQUENCE the seconds from 2000 to the fact’s last change, and does not block time', () => {
      expect(event).to.include('SEQUENCE:720608400');
      expect(event).to.include('TRANSP:TRANSPARENT');
    });
  });

  describe('a month entry', () => {
    it('spans the whole month', () => {
      const event = eventOf(ics, 'scanners-installed');
      expect(event).to.include('DTSTART;VALUE=DATE:20220401');
      expect(event).to.include('DTEND;VALUE=DATE:20220501');
    });
  });

  describe('a year entry', () => {
    it('spans the whole year, ending on the first day of the next', () => {
      const event = eventOf(ics, 'tender');
      expect(event).to.include('DTSTART;VALUE=DATE:20220101');
      expect(event).to.include('DTEND;VALUE=DATE:20230101');
    });
  });

  describe('a span', () => {
    it('runs from its first to the day after its last day', () => {
      const event = eventOf(ics, 'inspection');
      expect(event).to.include('DTSTART;VALUE=DATE:20220422');
      expect(event).to.include('DTEND;VALUE=DATE:20220503');
    });
  });

  describe('an approximate entry', () => {
    const event = eventOf(ics, 'meeting');

    it('covers the widened bounds', () => {
      expect(event).to.include('DTSTART;VALUE=DATE:20220419');
      expect(event).to.include('DTEND;VALUE=DATE:20220426');
    });

    it('has "c. " before its summary and STATUS:TENTATIVE', () => {
      expect(event).to.include('SUMMARY:c. Officials meet');
      expect(event).to.include('STATUS:TENTATIVE');
    });

    it('says it is approximate in DESCRIPTION', () => {
      expect(property(event, 'DESCRIPTION')).to.equal(
        'DESCRIPTION:Date: c. 22 April 2022 (EDTF 2022-04-22~\\; approximate)',
      );
    });
  });

  describe('an uncertain entry', () => {
    it('has "?" after its summary and STATUS:TENTATIVE', () => {
      const event = eventOf(ics, 'letter');
      expect(event).to.include('SUMMARY:Letter to the ministry?');
      expect(event).to.include('STATUS:TENTATIVE');
    });
  });

  describe('a retracted entry (as known at a past moment)', () => {
    it('is STATUS:CANCELLED', () => {
      const out = timelineToIcs(aTimeline([{ ...ENTRIES.approximate, status: 'retracted' }]), {
        now: NOW,
        storeId: STORE_ID,
      });
      expect(eventOf(out, 'meeting')).to.include('STATUS:CANCELLED');
    });
  });

  describe('text with special characters', () => {
    const event = eventOf(ics, 'hostile');

    it('escapes backslash, semicolon and comma, and leaves HTML as text', () => {
      expect(event).to.include(`SUMMARY:<script>alert(1)</script> said "hi" & 'bye'\\; a\\,b\\\\c`);
    });

    it('quotes a source on one line, cut short', () => {
      const description = property(event, 'DESCRIPTION') ?? '';
      expect(description).to.include(': "line one line two\\; with\\, commas and more words');
      expect(description).to.match(/…"$/);
      expect(description).not.to.match(/[\r\n]/);
    });

    it('escapes line breaks of any kind and drops control characters', () => {
      expect(escapeIcsText('a\r\nb\rc\nd\u0007e\tf')).to.equal('a\\nb\\nc\\nd' + 'e\tf');
      expect(escapeIcsText('one\u2028two\u2029three'), 'the Unicode line and paragraph separators').to.equal(
        'one\\ntwo\\nthree',
      );
    });
  });

  describe('SEQUENCE', () => {
    it('grows with every change and never goes back, also for a store filled from this one’s dossier, whose revisions start again at 0', () => {
      const here = anEntry('dhs-report', 'Report', ENTRIES.day.when, {
        revision: 9,
        updatedAt: '2023-03-01T10:00:00.000Z',
      });
      const revisedHere = { ...here, revision: 10, updatedAt: '2023-03-01T10:00:01.000Z' };
      const imported = { ...here, revision: 2, updatedAt: '2023-06-15T08:00:00.000Z' };
      const sequence = (entry: TimelineEntry) =>
        Number(
          property(
            eventOf(timelineToIcs(aTimeline([entry]), { now: NOW, storeId: STORE_ID }), entry.factId),
            'SEQUENCE',
          )!.split(':')[1],
        );
      expect(sequence(revisedHere)).to.be.greaterThan(sequence(here));
      expect(sequence(imported)).to.be.greaterThan(sequence(revisedHere));
      expect(sequence(imported)).to.be.below(2 ** 31);
    });
  });

  describe('line folding', () => {
    const physical = ics.split('\r\n').slice(0, -1);

    it('keeps every line within 75 octets', () => {
      for (const line of physical) expect(Buffer.byteLength(line, 'utf8'), line).to.be.at.most(75);
    });

    it('folds the long summary over several lines that unfold to it exactly', () => {
      const start = physical.findIndex((l) => l.startsWith('SUMMARY:Señor'));
      expect(physical[start + 1]?.startsWith(' ')).to.equal(true);
      expect(eventOf(ics, 'long-summary')).to.include(`SUMMARY:${escapeIcsText(LONG)}`);
    });

    it('never splits a multi-byte character', () => {
      for (const line of physical) {
        expect(line, line).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(Buffer.from(line, 'utf8').toString('utf8')).to.equal(line);
      }
    });

    it('breaks before a character that would cross 75 octets', () => {
      const line = `SUMMARY:${'a'.repeat(66)}😀b`; // 8 + 66 = 74 octets, then a 4-octet emoji
      expect(foldIcsLine(line)).to.equal(`SUMMARY:${'a'.repeat(66)}\r\n 😀b`);
      expect(foldIcsLine('x'.repeat(75))).to.equal('x'.repeat(75));
      expect(foldIcsLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    });

    it('counts the leading space of a continuation line', () => {
      const folded = foldIcsLine('y'.repeat(75 + 74 + 1)).split('\r\n');
      expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 2]);
    });
  });

  describe('options.now', () => {
    it('changes only DTSTAMP', () => {
      const later = timelineToIcs(TIMELINE, { now: new Date('2025-01-02T03:04:05Z'), storeId: STORE_ID });
      expect(later.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:x')).to.equal(
        ics.replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:x'),
      );
      expect(later).to.include('DTSTAMP:20250102T030405Z');
    });

    it('is rejected when it is not a valid date', () => {
      expect(() => timelineToIcs(TIMELINE, { now: new Date('nonsense'), storeId: STORE_ID })).to.throw(
        RangeError,
        /options\.now/,
      );
    });
  });
});
