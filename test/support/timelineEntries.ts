import type { EntryCitation, TimelineEntry } from '../../projections/queries/entries.ts';
import type { FuzzyDate } from '../../src/dates/index.ts';

/** Builders for hand-made timeline entries, shared by the export specs. */

export const HOSTILE = `<script>alert(1)</script> said "hi" & 'bye'; a,b\\c`;
/** 200 characters, several of them 2, 3 and 4 octets long in UTF-8. */
export const LONG = [...'Señor Ñandú reports 日本語 scanners at the border ✓ 😀 — '.repeat(6)].slice(0, 200).join('');

export function day(
  edtf: string,
  earliest: string | null,
  latest: string | null,
  precision: FuzzyDate['precision'],
  label: string,
  flags: Partial<FuzzyDate> = {},
): FuzzyDate {
  return { edtf, earliest, latest, precision, approximate: false, uncertain: false, label, ...flags };
}

export function citation(overrides: Partial<EntryCitation> = {}): EntryCitation {
  return {
    citationId: 'c1',
    source: {
      id: 'yucatan-times',
      title: 'Yucatan Times',
      publisher: 'Yucatan Times',
      reliability: 'C',
      publishedOn: '2022-10',
    },
    quote: 'The report was sent on April 22',
    locator: null,
    statedDate: 'April 22',
    statedWeekday: null,
    credibility: 2,
    ...overrides,
  };
}

export function anEntry(
  factId: string,
  summary: string,
  when: FuzzyDate,
  overrides: Partial<TimelineEntry> = {},
): TimelineEntry {
  return {
    factId,
    summary,
    notes: null,
    when,
    actors: [],
    topics: [],
    place: null,
    citations: [],
    relations: [],
    status: 'active',
    revision: 3,
    updatedAt: '2022-11-01T09:00:00.000Z',
    findings: [],
    ...overrides,
  };
}
