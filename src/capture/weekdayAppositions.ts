import { WEEKDAY_PATTERN, weekdayNumber, type Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';

/**
 * A weekday told beside a day of the calendar is that day's stated weekday, not an event of its
 * own: before it with a part of the day, a comma, a dash, a parenthesis or "the" between ("on Tuesday (3
 * March)", "Friday the 13th of March", "Tuesday morning, 3 March", "Tuesday – 3 March", "Tues., March 3", "el martes (3 de
 * marzo)"), or after it in apposition ("3 March, a Tuesday", "3 March – a Tuesday –", "3 March, the
 * Tuesday after the storm", "el 3 de marzo, un martes"). The weekday is recorded as
 * stated, whether or not the calendar agrees (the date checks tell when it does not).
 */

const ABBREVIATED = 'Mon|Tues?|Wed|Thurs?|Fri|Sat|Sun';
/** A comma, an opening parenthesis, a bar or a dash between the weekday and the day. */
const SEPARATOR = ',|\\(|\\||[–—-]';
const PART_OF_DAY: Record<Lang, string> = {
  en: '(?:\\s+(?:morning|afternoon|evening|night|last))?',
  es: '(?:\\s+(?:por\\s+la\\s+)?(?:mañana|tarde|noche))?',
};
const WEEKDAY_BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(
    `(?<![\\p{L}])(${WEEKDAY_PATTERN.en}|(?:${ABBREVIATED})\\.)${PART_OF_DAY.en}(?:\\s*(${SEPARATOR})\\s*(?:the\\s+)?|\\s+the\\s+)$`,
    'iu',
  ),
  es: new RegExp(`(?<![\\p{L}])(${WEEKDAY_PATTERN.es})${PART_OF_DAY.es}\\s*(${SEPARATOR})\\s*$`, 'iu'),
};
/** "3 March, the Tuesday after the storm": "the" and a weekday that a noun of its own does not follow. */
const THE_WEEKDAY_ENDS = '(?:\\s+(?:before|after|of|following|when|that)(?![\\p{L}])|\\s*[,.;:)–—-]|\\s*$)';
const WEEKDAY_AFTER: Record<Lang, RegExp> = {
  en: new RegExp(
    `^\\s*(${SEPARATOR})\\s*(?:a\\s+|which\\s+was\\s+a\\s+|the\\s+(?=(?:${WEEKDAY_PATTERN.en})${THE_WEEKDAY_ENDS}))(${WEEKDAY_PATTERN.en})(?![\\p{L}])`,
    'iu',
  ),
  es: new RegExp(`^\\s*(${SEPARATOR})\\s*(?:un|que\\s+fue|que\\s+era)\\s+(${WEEKDAY_PATTERN.es})(?![\\p{L}])`, 'iu'),
};

const dayOfCalendar = (m: Mention) => m.reading.kind === 'calendar' && m.reading.day !== null;
const loneWeekday = (m: Mention | undefined) => m !== undefined && m.reading.kind === 'weekday';

/** "the next morning", "two days later", "the same day", "al día siguiente": a count that lands on one day. */
function countedDay(m: Mention): boolean {
  const r = m.reading;
  if (r.kind !== 'relative' || r.weekday !== undefined || r.week || r.weekend || r.moment || r.openEnded) return false;
  if (r.untilPublication || r.scheduled) return false;
  if (r.relation === 'same-day') return r.offset === null && r.anchor.kind !== 'last-day';
  return r.offset !== null && r.offset.kind === 'exact' && r.offset.unit === 'D';
}

/**
 * "The Sindh Irrigation Department cut the embankment the next morning, a Sunday", "The day after
 * the launch, a Sunday", "al día siguiente, un domingo": a weekday in apposition after a count that
 * lands on one day is the stated weekday of that day, not a weekday of its own (the weekday's own
 * mention, read after it, is folded in).
 */
function weekdayOfCount(text: string, list: Mention[], i: number, lang: Lang): { m: Mention; skip: number } | null {
  const m = list[i] as Mention;
  if (!countedDay(m) || m.reading.kind !== 'relative') return null;
  const after = WEEKDAY_AFTER[lang].exec(text.slice(m.end, m.end + 40));
  const weekday = after ? weekdayOf(after[2] as string) : null;
  if (!after || weekday === null) return null;
  const end = m.end + after[0].length;
  let skip = 0;
  while (i + skip + 1 < list.length && (list[i + skip + 1] as Mention).start < end) {
    // "The next day, a Thursday, 12 March": the weekday opens a date of its own, which stays one.
    if (!loneWeekday(list[i + skip + 1])) return null;
    skip += 1;
  }
  return { m: { ...m, end, reading: { ...m.reading, weekday } }, skip };
}

/** The weekday of an abbreviation ("Tues.") or a name, 0 = Monday. */
function weekdayOf(word: string): number | null {
  const named = weekdayNumber(word);
  if (named !== null) return named;
  const prefix = word.replace(/\.$/, '').toLowerCase().slice(0, 3);
  const i = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(prefix);
  return i < 0 ? null : i;
}

/** `list` (in text order) with each weekday told beside a calendar day folded into that day's mention. */
export function weekdayAppositions(text: string, list: Mention[], lang: Lang): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i += 1) {
    let m = list[i] as Mention;
    const counted = weekdayOfCount(text, list, i, lang);
    if (counted) {
      out.push(counted.m);
      i += counted.skip;
      continue;
    }
    if (!dayOfCalendar(m) || (m.reading.kind === 'calendar' && m.reading.weekday !== null)) {
      out.push(m);
      continue;
    }
    const head = text.slice(Math.max(0, m.start - 40), m.start);
    const before = WEEKDAY_BEFORE[lang].exec(head);
    const after = before ? null : WEEKDAY_AFTER[lang].exec(text.slice(m.end, m.end + 40));
    const weekday = before ? weekdayOf(before[1] as string) : after ? weekdayOf(after[2] as string) : null;
    if (weekday === null || m.reading.kind !== 'calendar') {
      out.push(m);
      continue;
    }
    const reading = { ...m.reading, weekday };
    if (before) {
      const weekdayStart = m.start - head.length + before.index;
      // The weekday's own mention ("on Tuesday", "Tuesday morning"), read before this one, is this one's start.
      const previous = out[out.length - 1];
      const start =
        loneWeekday(previous) && (previous as Mention).end > weekdayStart ? (previous as Mention).start : weekdayStart;
      if (start !== weekdayStart) out.pop();
      const closing = before[2] === '(' ? /^\s*\)/u.exec(text.slice(m.end)) : null;
      m = { ...m, start, end: m.end + (closing ? closing[0].length : 0), reading };
    } else if (after) {
      const end = m.end + after[0].length + (after[1] === '(' && text[m.end + after[0].length] === ')' ? 1 : 0);
      m = { ...m, end, reading };
      // The weekday's own mention, read after this one, is part of this one.
      while (i + 1 < list.length && (list[i + 1] as Mention).start < end && loneWeekday(list[i + 1])) i += 1;
    }
    out.push(m);
  }
  return weekdaysBeforeDays(text, out);
}

/** "Monday night into Tuesday, March 3", "on Sunday and Monday, 9 March": the words between the two weekdays. */
const JOINED_TO_DAY =
  /^(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:into|to|until|till|through|and|or|[–—-])\s+(?:(?:the\s+)?early\s+hours\s+of\s+|on\s+)?$/iu;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A lone weekday joined to a following day whose weekday the text states ("Monday night into
 * Tuesday, March 3") is the latest such weekday on or before that day (2 March), not a weekday
 * counted from the publication; left alone when the days between cross into February, whose
 * length depends on the year.
 */
function weekdaysBeforeDays(text: string, list: Mention[]): Mention[] {
  return list.map((m, i) => {
    const next = list[i + 1];
    const r = m.reading;
    if (r.kind !== 'weekday' || r.lean !== 'none' || r.dayOfMonth !== undefined || !next) return m;
    const n = next.reading;
    if (n.kind !== 'calendar' || n.weekday === null || n.day === null || n.month === null) return m;
    if (!JOINED_TO_DAY.test(text.slice(m.end, next.start))) return m;
    const back = (n.weekday - r.weekday + 7) % 7;
    if (back === 0) return m;
    let month = n.month;
    let day = n.day - back;
    let year = n.year;
    if (day < 1) {
      month = month === 1 ? 12 : month - 1;
      if (month === 2) return m;
      if (month === 12 && year !== null) year -= 1;
      day += MONTH_DAYS[month - 1] as number;
    }
    const yearHint = year === null ? 'narrative' : n.yearHint;
    return { ...m, reading: { kind: 'calendar', year, month, day, weekday: r.weekday, yearHint } };
  });
}
