import { parseFuzzyDate } from '../dates/parseFuzzyDate.ts';
import { dayNumber } from '../dates/dayNumber.ts';
import type { Mention } from './reading.ts';
import type { Resolution } from './resolution.ts';

/**
 * "around 2015", "in about March 2019", "on or about 3 May", "circa 1890", "hacia 2015",
 * "alrededor del 3 de mayo": a date the text gives as approximate is recorded with EDTF `~`, whose
 * bounds widen by the unit it qualifies (docs/design.md, Fuzzy dates: ±3 days, ±1 month, ±1 year),
 * never as the exact date.
 */

const QUALIFIER =
  /(?:^|[^\p{L}])((?:on\s+or\s+(?:about|around)|(?:some\s*time\s+)?around|about|approximately|roughly|circa|c\.|ca\.|alrededor\s+del?|hacia|aproximadamente|en\s+torno\s+al?)\s+(?:in\s+|on\s+|en\s+|el\s+)?)$/iu;

const PLAIN = new Set(['calendar', 'season', 'decade']);
/** A phrase that opens with a time of day: "2am on …", "9.30 p.m. on …", "14:00 del …", "noon on …". */
const HOUR_FIRST =
  /^(?:\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|h(?:rs)?|horas)?|\s*(?:[ap]\.?\s?m\.?|h(?:rs)?|horas))|noon|midnight|mediod[ií]a|medianoche)\s+(?:on|del?|el)\s/iu;

/** Marks the date phrases of `list` that a qualifier before them makes approximate, the qualifier included. */
export function approximations(text: string, list: readonly Mention[]): Mention[] {
  return list.map((m) => {
    if (!PLAIN.has(m.reading.kind)) return m;
    const lead = QUALIFIER.exec(text.slice(Math.max(0, m.start - 40), m.start));
    // "at about 2am on Saturday 3 February": the qualifier is the hour's, and the day stays exact.
    if (!lead || HOUR_FIRST.test(text.slice(m.start, m.end))) return m;
    return { ...m, start: m.start - (lead[1] as string).length, approximate: true };
  });
}

/** The resolution of an approximate phrase: its date with `~`, when the date is one day, month, season, year or decade. */
export function approximately(resolution: Resolution): Resolution {
  const { edtf } = resolution.date;
  if (!/^\d{4}(?:-\d{2}){0,2}$|^\d{3}X$/.test(edtf)) return resolution;
  const d = parseFuzzyDate(`${edtf}~`);
  return {
    ...resolution,
    date: {
      edtf: d.edtf,
      earliest: d.earliest === null ? null : dayNumber(d.earliest),
      latest: d.latest === null ? null : dayNumber(d.latest),
      uncertain: resolution.date.uncertain,
    },
    rule: `${resolution.rule.replace(/\.$/, '')}; the text gives it as approximate, so it is recorded with ~ (±3 days, ±1 month or ±1 year by precision).`,
    confidence: Math.min(resolution.confidence, 0.7),
  };
}
