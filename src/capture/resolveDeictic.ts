import {
  addUnits,
  calendarOf,
  dayOf,
  firstOfMonth,
  isoOf,
  lastOfMonth,
  weekdayIndexOf,
  type OffsetUnit,
} from './calendarDays.ts';
import { offsetBounds } from './offsetArithmetic.ts';
import { boundsDate, dayDate, decadeDate, monthDate, spanDate, yearDate, type CapturedDate } from './capturedDate.ts';
import { WEEKDAY_NAMES } from './lexicon.ts';
import { periodOfTelling } from './periodOfTelling.ts';
import type { PhraseContext } from './narrative.ts';
import type { Reading } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';
import { storyWeekday, weekdayOfMonth, weekdayOfWeek } from './weekdayReadings.ts';

/** Phrases counted from the publication date: "yesterday", "last week", "this year", "on Tuesday", "three years ago". */

type Read = Omit<Resolution, 'relation'>;

/** Without a publication date only "before the capture" is certain. */
function unknownPublication(ctx: PhraseContext, weekday: number | null = null): Read {
  return {
    date: boundsDate(null, ctx.narrative.today),
    rule: `${quoted(ctx.phrase)} counts from the publication date, which is not known: only "on or before the day of the capture" (${isoOf(ctx.narrative.today)}) is certain.`,
    confidence: 0.3,
    weekday,
  };
}

function deictic(r: Extract<Reading, { kind: 'deictic' }>, ctx: PhraseContext): Read {
  const pub = ctx.narrative.publication;
  if (!pub || pub.earliest === null || pub.latest === null) return unknownPublication(ctx);
  const u = pub.uncertain;
  const p = quoted(ctx.phrase);
  const confidence = u ? 0.6 : 0.85;
  const label = labelOf(pub);
  if (r.order) return ordered(r, pub.earliest, pub.latest, ctx);
  switch (r.unit) {
    case 'weekend': {
      const monday = (d: number) => d - weekdayIndexOf(d);
      // "will visit the site at the weekend", "over the weekend", "visitará la zona el fin de semana" told as
      // future: the first weekend not over at the publication.
      const ahead =
        r.shift < 0 &&
        /^(?:over\s|at\s|(?:el\s+)?fin\s+de\s+semana$)/iu.test(ctx.phrase) &&
        (ctx.tense === 'future' || ctx.tense === 'future-in-past');
      const saturday = ahead
        ? pub.earliest - 1 + ((5 - weekdayIndexOf(pub.earliest - 1) + 7) % 7)
        : r.shift < 0
          ? pub.latest - 1 - ((weekdayIndexOf(pub.latest - 1) - 5 + 7) % 7)
          : monday(pub.earliest) + 5 + 7 * r.shift;
      const date = spanDate(saturday, saturday + 1, u);
      const which = ahead
        ? 'told as future, the first weekend not over at'
        : r.shift < 0
          ? 'the last weekend before'
          : r.shift === 0
            ? 'the weekend of the week of'
            : 'the weekend after that of';
      return { date, rule: `${p} is ${which} the publication (${label}).`, confidence, weekday: null };
    }
    case 'day': {
      const date = spanDate(pub.earliest + r.shift, pub.latest + r.shift, u);
      const words =
        r.shift === 0
          ? 'the publication day'
          : `${Math.abs(r.shift)} day(s) ${r.shift < 0 ? 'before' : 'after'} the publication`;
      return { date, rule: `${p} is ${words} (${label}).`, confidence, weekday: null };
    }
    case 'week': {
      const monday = (d: number) => d - weekdayIndexOf(d);
      // "SNA confirmed this week": an event told as past this week lies between its Monday and the publication.
      if (r.shift === 0 && ctx.tense === 'past') {
        const date = spanDate(monday(pub.earliest), pub.latest, u);
        const rule = `${p} is told as past: from the Monday of the publication's week to the publication (${label}).`;
        return { date, rule, confidence, weekday: null };
      }
      const date = spanDate(monday(pub.earliest) + 7 * r.shift, monday(pub.latest) + 7 * r.shift + 6, u);
      const which =
        r.shift === 0
          ? 'the week (Monday–Sunday) of'
          : r.shift < 0
            ? 'the week (Monday–Sunday) before that of'
            : 'the week (Monday–Sunday) after that of';
      return { date, rule: `${p} is ${which} the publication (${label}).`, confidence, weekday: null };
    }
    case 'month': {
      const told = periodOfTelling(r, ctx);
      if (told) return told;
      const a = calendarOf(
        addUnits(firstOfMonth(calendarOf(pub.earliest).year, calendarOf(pub.earliest).month), 'M', r.shift),
      );
      const b = calendarOf(
        addUnits(firstOfMonth(calendarOf(pub.latest).year, calendarOf(pub.latest).month), 'M', r.shift),
      );
      const date =
        a.year === b.year && a.month === b.month
          ? monthDate(a.year, a.month, u)
          : spanDate(firstOfMonth(a.year, a.month), lastOfMonth(b.year, b.month), u);
      const which =
        r.shift === 0 ? 'the month of' : r.shift < 0 ? 'the month before that of' : 'the month after that of';
      return { date, rule: `${p} is ${which} the publication (${label}).`, confidence, weekday: null };
    }
    case 'year': {
      const told = periodOfTelling(r, ctx);
      if (told) return told;
      const a = calendarOf(pub.earliest).year + r.shift;
      const b = calendarOf(pub.latest).year + r.shift;
      const date = a === b ? yearDate(a, u) : spanDate(dayOf(a, 1, 1), dayOf(b, 12, 31), u);
      const which = r.shift === 0 ? 'the year of' : r.shift < 0 ? 'the year before that of' : 'the year after that of';
      return { date, rule: `${p} is ${which} the publication (${label}).`, confidence, weekday: null };
    }
    case 'night': {
      const { reference, referenceParagraph } = ctx.narrative;
      const day = reference?.earliest ?? null;
      if (day !== null && reference?.latest === day && referenceParagraph === ctx.paragraph) {
        return {
          date: spanDate(day, day + 1, reference.uncertain),
          rule: `${p} is the night after the last day the paragraph named (${labelOf(reference)}): that day and the next.`,
          confidence: 0.6,
          weekday: null,
        };
      }
      const ahead = ctx.tense === 'future';
      const date = spanDate(pub.earliest - (ahead ? 0 : 1), pub.latest + (ahead ? 1 : 0), u);
      return {
        date,
        rule: ahead
          ? `${p} is the night after the publication (${label}), for an event told as future: that day and the next.`
          : `${p} is the night before the publication (${label}): the day before it and the day of it.`,
        confidence: u ? 0.5 : 0.7,
        weekday: null,
      };
    }
    case 'decade': {
      const a = Math.floor(calendarOf(pub.earliest).year / 10) * 10;
      const b = Math.floor(calendarOf(pub.latest).year / 10) * 10;
      const date = a === b ? decadeDate(a) : spanDate(dayOf(a, 1, 1), dayOf(b + 9, 12, 31), u);
      return { date, rule: `${p} is the decade of the publication (${label}).`, confidence: 0.6, weekday: null };
    }
    default: {
      const never: never = r.unit;
      throw new Error(`unknown unit ${String(never)}`);
    }
  }
}

/** "earlier this year": from the start of the publication's year to it; "later this month": from it to the month's end. */
function ordered(r: Extract<Reading, { kind: 'deictic' }>, earliest: number, latest: number, ctx: PhraseContext): Read {
  const pub = ctx.narrative.publication as CapturedDate;
  const a = calendarOf(earliest);
  const b = calendarOf(latest);
  const starts: Record<string, number> = {
    day: earliest,
    week: earliest - weekdayIndexOf(earliest),
    weekend: earliest,
    month: firstOfMonth(a.year, a.month),
    year: dayOf(a.year, 1, 1),
  };
  const ends: Record<string, number> = {
    day: latest,
    week: latest - weekdayIndexOf(latest) + 6,
    weekend: latest,
    month: lastOfMonth(b.year, b.month),
    year: dayOf(b.year, 12, 31),
  };
  const date =
    r.order === 'before'
      ? spanDate(starts[r.unit] as number, latest, pub.uncertain)
      : spanDate(earliest, ends[r.unit] as number, pub.uncertain);
  const words =
    r.order === 'before'
      ? `from the start of the ${r.unit} to the publication (${labelOf(pub)})`
      : `from the publication (${labelOf(pub)}) to the end of its ${r.unit}`;
  return {
    date,
    rule: `${quoted(ctx.phrase)} runs ${words}.`,
    confidence: pub.uncertain ? 0.6 : 0.8,
    weekday: null,
  };
}

/** The whole calendar week (Monday to Sunday), month or year around each bound: "two years ago" is a year, not a day. */
const UNIT_WORDS: Record<OffsetUnit, string> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

function toUnit(earliest: number, latest: number, unit: OffsetUnit): [number, number] {
  const a = calendarOf(earliest);
  const b = calendarOf(latest);
  switch (unit) {
    case 'Y':
      return [firstOfMonth(a.year, 1), lastOfMonth(b.year, 12)];
    case 'M':
      return [firstOfMonth(a.year, a.month), lastOfMonth(b.year, b.month)];
    case 'W':
      return [earliest - weekdayIndexOf(earliest), latest + 6 - weekdayIndexOf(latest)];
    default:
      return [earliest, latest];
  }
}

function ago(r: Extract<Reading, { kind: 'ago' }>, ctx: PhraseContext): Read {
  const pub = ctx.narrative.publication;
  if (!pub || pub.earliest === null || pub.latest === null) return unknownPublication(ctx);
  const { earliest, latest } = offsetBounds(pub.earliest, pub.latest, r.offset, -1);
  const date =
    earliest !== null && latest !== null
      ? spanDate(...toUnit(earliest, latest, r.offset.unit), pub.uncertain)
      : boundsDate(earliest, latest, pub.uncertain);
  return {
    date,
    rule: `${quoted(ctx.phrase)} counts back from the publication (${labelOf(pub)}), calendar months and years with the day clamped, to the whole ${UNIT_WORDS[r.offset.unit]} it lands in.`,
    confidence: pub.uncertain ? 0.6 : 0.8,
    weekday: null,
  };
}

function weekday(r: Extract<Reading, { kind: 'weekday' }>, ctx: PhraseContext): Read {
  const pub = ctx.narrative.publication;
  const name = WEEKDAY_NAMES[r.weekday] as string;
  const p = quoted(ctx.phrase);
  if (!pub || pub.earliest === null || pub.latest === null) return unknownPublication(ctx, r.weekday);
  if (pub.earliest !== pub.latest) {
    const ahead = ctx.tense === 'future' || r.lean === 'next';
    const date = spanDate(pub.earliest - 6, pub.latest + (ahead ? 7 : 0), pub.uncertain);
    return {
      date,
      rule: `${p} names a weekday near a publication date known only as ${labelOf(pub)}: the widest honest span is given.`,
      confidence: 0.4,
      weekday: r.weekday,
    };
  }
  const day = pub.earliest;
  if (r.week !== undefined) return weekdayOfWeek(r, r.week, day, pub.uncertain, ctx);
  if (r.dayOfMonth !== undefined)
    return weekdayOfMonth(r, r.dayOfMonth, day, pub.uncertain, ctx) ?? weekday({ ...r, dayOfMonth: undefined }, ctx);
  const story = storyWeekday(r, ctx);
  if (story) return story;
  const back = (weekdayIndexOf(day) - r.weekday + 7) % 7;
  const ahead = (r.weekday - weekdayIndexOf(day) + 7) % 7;
  let at: number;
  let how: string;
  if (r.lean === 'this') {
    at = day - weekdayIndexOf(day) + r.weekday;
    how = `the ${name} of the publication's week (Monday–Sunday)`;
  } else if (r.lean === 'none' && ctx.tense === 'future') {
    // "has called a meeting for Thursday evening" in Thursday's paper: that Thursday, as "on Thursday"
    // told as past is the latest on or before it.
    at = day + ahead;
    how = `the first ${name} on or after the publication, for an event told as future`;
  } else if (r.lean === 'next' || (r.lean === 'none' && ctx.tense === 'future-in-past')) {
    at = day + (ahead === 0 ? 7 : ahead);
    how = `the first ${name} after the publication, for an event ${r.lean === 'next' ? 'called next' : 'told as future'}`;
  } else if (r.lean === 'last') {
    at = day - (back === 0 ? 7 : back);
    how = `the last ${name} before the publication`;
  } else {
    at = day - back;
    how = `the latest ${name} on or before the publication`;
  }
  return {
    date: dayDate(at, pub.uncertain),
    rule: `${p} is ${how} (${labelOf(pub)}).`,
    confidence: 0.8,
    weekday: r.weekday,
  };
}

/** Reads a phrase counted from the publication date. */
export function resolveDeictic(r: Extract<Reading, { kind: 'deictic' | 'ago' | 'weekday' }>, ctx: PhraseContext): Read {
  if (r.kind === 'deictic') return deictic(r, ctx);
  if (r.kind === 'ago') return ago(r, ctx);
  return weekday(r, ctx);
}
