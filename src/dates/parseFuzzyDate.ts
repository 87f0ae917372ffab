import { parse, type EdtfIntervalEnd, type EdtfParsed } from 'edtf';
import { ValidationError } from '../core/errors.ts';
import type { DatePart } from './DatePart.ts';
import { dayNumber } from './dayNumber.ts';
import { findCalendarError } from './findCalendarError.ts';
import { spanLabel } from './formatSpanLabel.ts';
import type { FuzzyDate } from './FuzzyDate.ts';
import { coarserPrecision } from './precisionRank.ts';
import { readEdtfPart, UnsupportedEdtfError } from './readEdtfPart.ts';
import { readSet } from './readSet.ts';
import { NoMatchingDayError } from './unspecifiedBounds.ts';
import { plainDate } from './plainDate.ts';

const EXPECTED = 'expected e.g. 2022-04-22, 2022-04, 2022-04-22~, 2022-21, ../2022-10';
const MAX_LENGTH = 100;
/**
 * Every character the EDTF grammar has (edtf.js reads character by character, no lexer). Text
 * with any other character is refused before the grammar runs: a failed parse costs milliseconds
 * (the grammar builds an error listing every token it expected), a look at the characters does not.
 */
const EDTF_CHARACTERS = /^[0-9XYESTZ:+\-\u2212./~?%[\]{}, ]*$/;

/**
 * The EDTF grammar (nearley) costs tens of microseconds a parse, and a store holds the same date
 * strings many times over: valid results are remembered, frozen, up to a bound. The bound is above
 * the distinct dates of a large store (a generated million-fact store holds about 55,000), so a
 * rebuild does not empty the map and parse again; at about 240 bytes a date it holds at most ~48 MB.
 */
const parsedDates = new Map<string, FuzzyDate>();
const MAX_REMEMBERED = 200_000;

function remember(text: string, date: FuzzyDate): FuzzyDate {
  if (parsedDates.size >= MAX_REMEMBERED) parsedDates.clear();
  parsedDates.set(text, date);
  return date;
}

/**
 * Reads an EDTF date (level 0 and 1, plus level-2 qualifiers on single components) into its
 * calendar bounds, precision, qualifiers and label. See docs/design.md "Fuzzy dates".
 *
 * - Seasons 21–28 are meteorological, Northern Hemisphere: spring = March–May, summer =
 *   June–August, autumn = September–November, winter = December to the end of February; 29–32
 *   the Southern ones (spring = September–November); 33–36 quarters, 40–41 halves.
 * - One of a set (`[2019,2021]`, `[2019-03..2019-05]`) has the bounds of the whole set.
 * - `~` widens the bounds by {@link APPROXIMATION_RULE}; `?` only marks the date uncertain.
 * - A date-time counts as the calendar date in its stated offset (no conversion to UTC); one
 *   without an offset is UTC, whatever the server's time zone.
 * - An unknown interval end (`/2022-10`, `2022-04/`) is treated as open (`..`).
 * - Beyond level 1 it accepts qualified seasons (`2022-21~`), season intervals
 *   (`2022-21/2022-23`), unspecified digits inside a component (`2022-04-1X`, `20XX-04`) and
 *   decades and centuries as digits (`196`, `19`), all as edtf.js reads them.
 *
 * Throws a {@link ValidationError} whose single issue has `path` = `field` when the input is not
 * a string, is empty, is not EDTF, names a day that does not exist, is an interval that ends
 * before it starts, or is EDTF outside that subset (lists, groupings 37–39, years past ±9,999,999,
 * a year of four unspecified digits, …).
 *
 * @example
 * parseFuzzyDate('2022-04-22')  // 22 April 2022: earliest = latest = '2022-04-22', precision 'day'
 * parseFuzzyDate('../2022-10')  // earliest null, latest '2022-10-31', label 'by October 2022'
 * parseFuzzyDate('2022-24')     // '2022-12-01' … '2023-02-28', label 'winter 2022–23'
 * parseFuzzyDate('2022-02-30', 'facts[2].when')
 * // throws ValidationError 'facts[2].when: 2022-02-30 is not a valid date (February 2022 has 28 days)'
 */
export function parseFuzzyDate(input: unknown, field = 'when'): FuzzyDate {
  // Remembered dates first: only valid, trimmed texts are remembered, so a hit is the whole answer.
  const remembered = typeof input === 'string' ? parsedDates.get(input) : undefined;
  if (remembered) return remembered;
  const fail = (message: string) => ValidationError.at(field, message);
  if (input === undefined || input === null) throw fail(`is required (${EXPECTED})`);
  if (typeof input !== 'string') {
    const kind = Array.isArray(input) ? 'array' : typeof input;
    throw fail(`must be an EDTF date string, not ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`);
  }
  const text = input.trim();
  if (text === '') throw fail(`is empty (${EXPECTED})`);
  if (text.length > MAX_LENGTH) {
    throw fail(`is too long for an EDTF date (${text.length} characters, at most ${MAX_LENGTH})`);
  }
  const known = parsedDates.get(text);
  if (known) return known;
  const calendarError = findCalendarError(text);
  if (calendarError !== null) throw fail(calendarError);

  const parsed = plainDate(text) ?? (EDTF_CHARACTERS.test(text) ? parseEdtf(text) : null);
  if (parsed === null) throw fail(`${JSON.stringify(text)} is not an EDTF date (${EXPECTED})`);
  try {
    return remember(text, Object.freeze(build(text, parsed, fail)));
  } catch (error) {
    if (error instanceof UnsupportedEdtfError) {
      throw fail(`${text} is valid EDTF but not supported here: ${error.message}`);
    }
    if (error instanceof NoMatchingDayError) throw fail(`${text} is not a valid date (${error.message})`);
    throw error;
  }
}

function build(text: string, parsed: EdtfParsed, fail: (message: string) => ValidationError): FuzzyDate {
  switch (parsed.type) {
    case 'List':
      throw new UnsupportedEdtfError('a list of dates, all of which happened (record each date as its own fact)');
    case 'Set': {
      const set = readSet(parsed, text);
      if (set.earliest === null && set.latest === null) throw fail(`${text} has neither a start nor an end`);
      return { edtf: text, ...set };
    }
    case 'Interval': {
      const [startText = '', endText = ''] = text.split('/');
      const start = readEnd(parsed.values[0], startText);
      const end = readEnd(parsed.values[1], endText);
      if (start === null && end === null) throw fail(`${text} has neither a start nor an end`);
      if (start !== null && end !== null && startsAfterEnd(start, end)) {
        throw fail(`${text} is not a valid interval (its start, ${startText}, is after its end, ${endText})`);
      }
      const ends = [start, end].filter((part): part is DatePart => part !== null);
      const [earliest, latest] = intervalBounds(start, end);
      return {
        edtf: text,
        earliest,
        latest,
        precision: ends.map((part) => part.precision).reduce(coarserPrecision),
        approximate: ends.some((part) => part.approximate),
        uncertain: ends.some((part) => part.uncertain),
        label: spanLabel(start, end),
      };
    }
    default: {
      const part = readEdtfPart(parsed, text);
      return {
        edtf: text,
        earliest: part.bounds.earliest,
        latest: part.bounds.latest,
        precision: part.precision,
        approximate: part.approximate,
        uncertain: part.uncertain,
        label: part.label,
      };
    }
  }
}

/**
 * Qualified seasons and season intervals sit behind edtf.js "level 3" switches. The season
 * interval switch breaks intervals with an unknown start (edtf.js reads `values[0].type` of
 * `null`), so it is only tried second. The grammar has no season, quarter or half at an open
 * end (`2022-21/..`, `../2022-36`): an interval it refuses is read end by end.
 */
function parseEdtf(text: string): EdtfParsed | null {
  return parseWhole(text) ?? parseEndByEnd(text);
}

function parseWhole(text: string): EdtfParsed | null {
  for (const seasonIntervals of [false, true]) {
    try {
      return parse(text, { seasonUncertainty: true, seasonIntervals });
    } catch {
      // not EDTF under these switches
    }
  }
  return null;
}

function parseEndByEnd(text: string): EdtfParsed | null {
  const sides = text.split('/');
  if (sides.length !== 2) return null;
  const ends: EdtfIntervalEnd[] = [];
  for (const side of sides) {
    if (side === '' || side === '..') {
      ends.push(side === '' ? null : Infinity);
      continue;
    }
    const end = parseWhole(side);
    if (end === null || end.type === 'Interval' || end.type === 'Set' || end.type === 'List') return null;
    ends.push(end as EdtfIntervalEnd);
  }
  if (ends.every((end) => end === null || typeof end === 'number')) return null;
  return { type: 'Interval', level: 3, values: ends as [EdtfIntervalEnd, EdtfIntervalEnd] };
}

/** An open (`..`) or unknown (empty) end is `null`. */
function readEnd(parsed: EdtfIntervalEnd, source: string): DatePart | null {
  if (parsed === null || typeof parsed !== 'object') return null;
  if (parsed.type === undefined) return readEdtfPart({ ...parsed, type: 'Date', level: 2 }, source);
  return readEdtfPart(parsed, source);
}

/**
 * The first and last day of an interval. Two date-times each fall on the day written in their own
 * offset, so a start in one zone can be written on a later day than an end in another
 * (`2022-04-23T01:00:00+05:00/2022-04-22T22:00:00Z`): the bounds then run from the earlier of the
 * two days to the later.
 */
function intervalBounds(start: DatePart | null, end: DatePart | null): [string | null, string | null] {
  const earliest = start?.bounds.earliest ?? null;
  const latest = end?.bounds.latest ?? null;
  if (start?.instant === undefined || end?.instant === undefined || earliest === null || latest === null) {
    return [earliest, latest];
  }
  return dayNumber(earliest) <= dayNumber(latest) ? [earliest, latest] : [latest, earliest];
}

/** Compares the ends as written (before widening); two date-times compare as instants. */
function startsAfterEnd(start: DatePart, end: DatePart): boolean {
  if (start.instant !== undefined && end.instant !== undefined) return start.instant > end.instant;
  return dayNumber(start.exact.earliest) > dayNumber(end.exact.latest);
}
