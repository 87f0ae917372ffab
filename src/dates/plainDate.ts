import type { EdtfParsed, EdtfParsedDate } from 'edtf';

/** A year, month or day; its month and day as written (`04`, `22`). */
const YMD = String.raw`(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?`;
/** A plain date with an optional qualifier on the whole date after it (`2022-04-22~`). */
const PLAIN_DATE = new RegExp(`^${YMD}([~?%]?)$`);
/** A plain date with a qualifier before it (`?2022-04-22`): edtf.js reads it as a qualified year. */
const LEADING_QUALIFIER = new RegExp(`^([~?%])${YMD}$`);
/** A month or a day written `XX` (`2022-04-XX`, `2022-XX`, `2022-XX-XX`). */
const UNSPECIFIED = /^(\d{4})-(?:(0[1-9]|1[0-2])-XX|XX(-XX)?)$/;
/** A season, quarter or half (`2022-21` … `2022-41`). */
const SEASON = /^(\d{4})-(2[1-9]|3\d|4[01])$/;

/** The digits of a year, month and day as edtf.js numbers them in its bit masks. */
const YEAR_DIGITS = 0b1111;
const MONTH_DIGITS = 0b110000;
const DAY_DIGITS = 0b11000000;

function ymd(year: string, month: string | undefined, day: string | undefined): number[] {
  const values = [Number(year)];
  if (month !== undefined) values.push(Number(month) - 1);
  if (day !== undefined) values.push(Number(day));
  return values;
}

/** A year, month or day with an optional qualifier on the whole date, as edtf.js reads it; else null. */
function plainPart(text: string): EdtfParsedDate | null {
  const match = PLAIN_DATE.exec(text);
  if (match === null) return null;
  const [, year = '', month, day, qualifier] = match;
  const values = ymd(year, month, day);
  if (!qualifier) return { type: 'Date', level: 0, values } as EdtfParsedDate;
  return {
    type: 'Date',
    level: 1,
    values,
    ...(qualifier === '?' ? {} : { approximate: true }),
    ...(qualifier === '~' ? {} : { uncertain: true }),
  } as EdtfParsedDate;
}

/**
 * Also as edtf.js reads them, the other common single dates: a leading qualifier (on the year),
 * an unspecified month or day, a season, quarter or half; else null.
 */
function otherPart(text: string): EdtfParsed | null {
  let match = LEADING_QUALIFIER.exec(text);
  if (match !== null) {
    const [, qualifier, year = '', month, day] = match;
    return {
      type: 'Date',
      level: 2,
      values: ymd(year, month, day),
      uncertain: qualifier === '~' ? 0 : YEAR_DIGITS,
      approximate: qualifier === '?' ? 0 : YEAR_DIGITS,
    } as EdtfParsed;
  }
  match = UNSPECIFIED.exec(text);
  if (match !== null) {
    const [, year = '', month, xxDay] = match;
    if (month !== undefined) return unspecified([Number(year), Number(month) - 1, 1], DAY_DIGITS);
    return xxDay === undefined
      ? unspecified([Number(year), 0], MONTH_DIGITS)
      : unspecified([Number(year), 0, 1], MONTH_DIGITS | DAY_DIGITS);
  }
  match = SEASON.exec(text);
  if (match !== null) {
    const season = Number(match[2]);
    return { type: 'Season', level: season <= 24 ? 1 : 2, values: [Number(match[1]), season] } as EdtfParsed;
  }
  return null;
}

const unspecified = (values: number[], mask: number) =>
  ({ type: 'Date', level: 1, values, unspecified: mask }) as EdtfParsed;

/**
 * Most dates are a plain year, month or day (`2022`, `2022-04`, `2022-04-22`), perhaps with `~`,
 * `?` or `%` after it, or an interval of those with open (`..`) or unknown ends; many of the rest
 * are a qualified year (`?2022-04-22`), a month or day left unspecified (`2022-04-XX`) or a season
 * (`2022-21`). Those are read directly into what edtf.js would return (months from 0), without
 * the grammar, which costs tens to hundreds of microseconds a date. Anything else (qualified
 * seasons, other unspecified digits, times, per-component qualifiers, intervals of the rarer
 * forms…) is null and goes to the grammar. Runs after `findCalendarError`, which refuses days a
 * month does not have.
 */
export function plainDate(text: string): EdtfParsed | null {
  const slash = text.indexOf('/');
  if (slash < 0) return plainPart(text) ?? otherPart(text);
  const sides = [text.slice(0, slash), text.slice(slash + 1)];
  // As edtf.js: an open end (`..`) is Infinity, an unknown (empty) one null; `readEnd` takes both as no end.
  const ends: (EdtfParsedDate | number | null)[] = [];
  for (const side of sides) {
    if (side === '' || side === '..') {
      ends.push(side === '' ? null : Infinity);
      continue;
    }
    const part = plainPart(side);
    if (part === null) return null;
    ends.push(part);
  }
  if (ends.every((end) => typeof end !== 'object' || end === null)) return null; // neither end: the grammar's error path
  const level = ends.every((end) => typeof end === 'object' && end !== null && end.level === 0) ? 0 : 1;
  return { type: 'Interval', level, values: ends } as unknown as EdtfParsed;
}
