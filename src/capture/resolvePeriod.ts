import { calendarOf, dayOf, weekdayIndexOf } from './calendarDays.ts';
import {
  dayDate,
  decadeDate,
  groupingDate,
  monthDate,
  onOrAfter,
  onOrBefore,
  rangeDate,
  spanDate,
  yearDate,
  type CapturedDate,
} from './capturedDate.ts';
import { daysInMonth } from '../dates/calendar.ts';
import { nthCalendar } from './nthWeekdays.ts';
import { ruleDayCalendar } from './ruleDays.ts';
import { SEASON_CODE } from './lexicon.ts';
import type { PhraseContext } from './narrative.ts';
import type { Reading } from './reading.ts';
import { partOfPeriod } from './partOfPeriod.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';
import { chooseYear } from './yearResolution.ts';
import { resolveDeictic } from './resolveDeictic.ts';
import { resolveFiscal } from './resolveFiscal.ts';

/** Calendar dates and periods, and the parts, runs and bounds made of them. */

type Read = Omit<Resolution, 'relation'>;

const read = (date: CapturedDate, rule: string, confidence: number, weekday: number | null = null): Read =>
  ({ date, rule, confidence, weekday }) satisfies Read;

function calendar(r: Extract<Reading, { kind: 'calendar' }>, ctx: PhraseContext): Read {
  const p = quoted(ctx.phrase);
  const build = (year: number, uncertain: boolean): CapturedDate =>
    r.month === null
      ? yearDate(year, uncertain)
      : r.day === null
        ? monthDate(year, r.month, uncertain)
        : r.day <= daysInMonth(year, r.month)
          ? dayDate(dayOf(year, r.month, r.day), uncertain)
          : monthDate(year, r.month, uncertain);
  if (r.year !== null) {
    const what = r.month === null ? 'the year' : r.day === null ? 'the month and year' : 'the full date';
    return read(build(r.year, false), `${p} states ${what}.`, r.day === null ? 0.9 : 0.95, r.weekday);
  }
  const choice = chooseYear(r.yearHint, build, ctx, r.day === null ? null : r.weekday);
  return read(choice.date, choice.rule, choice.confidence, r.weekday);
}

const SEASON_MONTHS = {
  spring: 'March–May',
  summer: 'June–August',
  autumn: 'September–November',
  winter: 'December–February',
};

/** The Southern Hemisphere's seasons (docs/design.md, Fuzzy dates: 29–32). */
const SOUTHERN_CODE = { spring: 29, summer: 30, autumn: 31, winter: 32 };
const SOUTHERN_MONTHS = {
  spring: 'September–November',
  summer: 'December–February',
  autumn: 'March–May',
  winter: 'June–August',
};

function grouping(
  code: number,
  year: number | null,
  hint: Parameters<typeof chooseYear>[0],
  ctx: PhraseContext,
  what: string,
): Read {
  const p = quoted(ctx.phrase);
  if (year !== null) {
    const date = groupingDate(year, code);
    return read(date, `${p} is ${what} ${year} (${labelOf(date)}).`, 0.9);
  }
  const choice = chooseYear(hint, (y, u) => groupingDate(y, code, u), ctx);
  return read(choice.date, `${choice.rule.replace(/\.$/, '')} (${what}).`, choice.confidence);
}

function part(r: Extract<Reading, { kind: 'part' }>, ctx: PhraseContext): Read {
  const inner = resolveFixed(r.of, ctx);
  const found = partOfPeriod(inner.date, r.part);
  if (!found) return inner;
  return read(found.date, `${quoted(ctx.phrase)} is ${labelOf(found.date)}: ${found.words}.`, inner.confidence);
}

function range(r: Extract<Reading, { kind: 'range' }>, ctx: PhraseContext): Read {
  const p = quoted(ctx.phrase);
  const yearOf = (x: Reading) => ('year' in x ? x.year : x.kind === 'part' && 'year' in x.of ? x.of.year : 0);
  // "will run from 1 March to 30 June" (published 12 March): a span told ahead is ahead while its end is.
  const ahead = (ctx.tense === 'future' || ctx.tense === 'present') && yearOf(r.to) === null;
  const fromFirst = !(yearOf(r.from) === null && (yearOf(r.to) !== null || r.endStated === true || ahead));
  const first = resolveFixed(fromFirst ? r.from : r.to, ctx);
  const firstYear = first.date.earliest === null ? null : calendarOf(first.date.earliest).year;
  const lend = (x: Reading, year: number | null): Reading =>
    year !== null && (x.kind === 'calendar' || x.kind === 'season' || x.kind === 'quarter') && x.year === null
      ? { ...x, year, yearHint: 'stated' }
      : x;
  let second = resolveFixed(lend(fromFirst ? r.to : r.from, firstYear), ctx);
  const [from, to] = fromFirst ? [first, second] : [second, first];
  if (firstYear !== null && (to.date.latest ?? 0) < (from.date.earliest ?? 0)) {
    const shifted = fromFirst ? firstYear + 1 : firstYear - 1;
    second = resolveFixed(lend(fromFirst ? r.to : r.from, shifted), ctx);
  }
  const [a, b] = fromFirst ? [first, second] : [second, first];
  const date = rangeDate(a.date, b.date);
  const lent = !fromFirst && ahead ? '; told ahead, its end’s year is chosen first' : '';
  const without =
    yearOf(r.from) === null || yearOf(r.to) === null ? `${lent}; the end without a year takes the other end’s` : '';
  return read(
    date,
    `${p} runs from ${labelOf(a.date)} to ${labelOf(b.date)}${without}.`,
    Math.min(a.confidence, b.confidence),
  );
}

function weekend(r: Extract<Reading, { kind: 'weekend' }>, ctx: PhraseContext): Read {
  const inner = resolveFixed(r.of, ctx);
  const day = inner.date.earliest;
  if (day === null || day !== inner.date.latest) return inner;
  const index = weekdayIndexOf(day);
  const saturday = index === 6 ? day - 1 : day + ((5 - index + 7) % 7);
  const date = spanDate(saturday, saturday + 1, inner.date.uncertain);
  return read(
    date,
    `${quoted(ctx.phrase)} is the Saturday and Sunday of ${labelOf(inner.date)}'s weekend.`,
    inner.confidence,
  );
}

function week(r: Extract<Reading, { kind: 'week' }>, ctx: PhraseContext): Read {
  const inner = resolveFixed(r.of, ctx);
  const day = inner.date.earliest;
  if (day === null || day !== inner.date.latest) return inner;
  const first = r.beginning ? day : day - weekdayIndexOf(day);
  return read(
    spanDate(first, first + 6, inner.date.uncertain),
    r.beginning
      ? `${quoted(ctx.phrase)} is the seven days from ${labelOf(inner.date)}.`
      : `${quoted(ctx.phrase)} is the Monday–Sunday week of ${labelOf(inner.date)}: a week, not a day.`,
    inner.confidence,
  );
}

const OPEN_WORDS: Record<string, string> = {
  by: 'on or before the end of',
  until: 'on or before the end of',
  since: 'from the start of',
  'until-at-least': 'from the start of',
  from: 'from the start of',
  before: 'strictly before',
  after: 'strictly after',
};

/** How the year of a bound's date was chosen when the phrase states none ("by June"): the inner date's rule. */
const yearChosen = (of: Reading, inner: Read): string =>
  (of.kind === 'calendar' || of.kind === 'season') && of.year === null ? `; ${inner.rule.replace(/\.$/, '')}` : '';

function open(r: Extract<Reading, { kind: 'open' }>, ctx: PhraseContext): Read {
  // What a state has held since, or when something last happened, is never after the publication;
  // "arrancará a partir del 1 de julio", told in the future, starts ahead.
  const past = (r.side === 'since' && ctx.tense !== 'future') || r.side === 'last';
  // "were told to warn passengers by Friday": a weekday set as a deadline from a past telling lies ahead of it.
  const deadline = (r.side === 'by' || r.side === 'until') && r.of.kind === 'weekday' && ctx.tense === 'future-in-past';
  const inner = resolveFixed(r.of, {
    ...(past && ctx.tense !== 'open' ? { ...ctx, tense: 'past' } : deadline ? { ...ctx, tense: 'future' } : ctx),
    endsBound: r.side === 'by' || r.side === 'until' || r.side === 'before',
  });
  const p = quoted(ctx.phrase);
  const label = labelOf(inner.date);
  const { earliest, latest } = inner.date;
  switch (r.side) {
    case 'at':
      return read(
        inner.date,
        `${p} places the event itself at ${label} ("not … until", "postponed until", "waited until").`,
        inner.confidence * 0.9,
        inner.weekday,
      );
    case 'last':
      return read(
        inner.date,
        `${p} places the last time it happened at ${label} ("has not … since", "the first … since"), before the publication.`,
        inner.confidence * 0.9,
        inner.weekday,
      );
    case 'early':
      return ctx.tense === 'past'
        ? read(inner.date, `${p}, told as past, places the event at ${label}.`, inner.confidence, inner.weekday)
        : read(
            onOrAfter(inner.date),
            `${p} is not before ${label}: from its start on.`,
            inner.confidence,
            inner.weekday,
          );
    case 'by':
    case 'until':
      return read(
        onOrBefore(inner.date),
        `${p} is ${OPEN_WORDS[r.side]} ${label}${yearChosen(r.of, inner)}.`,
        inner.confidence,
        inner.weekday,
      );
    case 'since':
    case 'until-at-least':
    case 'from':
      if (r.heldState)
        return read(
          onOrAfter(inner.date),
          `${p} is ${OPEN_WORDS[r.side]} ${label} on: a negated state that still holds from then on ("have not been paid since July", "desde 2019 no recibe"), not the last time it happened${yearChosen(r.of, inner)}.`,
          inner.confidence,
          inner.weekday,
        );
      return read(
        onOrAfter(inner.date),
        `${p} is ${OPEN_WORDS[r.side]} ${label} on${yearChosen(r.of, inner)}.`,
        inner.confidence,
        inner.weekday,
      );
    case 'before':
      // "before 31 March", "antes del 31 de marzo": a deadline set on a day, read as on or before it (the wider bound).
      if (earliest !== null && earliest === latest)
        return read(
          onOrBefore(inner.date),
          `${p} is a deadline on a day, on or before ${label}.`,
          inner.confidence,
          inner.weekday,
        );
      return earliest === null
        ? inner
        : read(
            onOrBefore(dayDate(earliest - 1, inner.date.uncertain)),
            `${p} is ${OPEN_WORDS.before} ${label}.`,
            inner.confidence,
          );
    case 'after':
      return latest === null
        ? inner
        : read(
            onOrAfter(dayDate(latest + 1, inner.date.uncertain)),
            `${p} is ${OPEN_WORDS.after} ${label}.`,
            inner.confidence,
          );
    default: {
      const never: never = r.side;
      throw new Error(`unknown side ${String(never)}`);
    }
  }
}

/** Reads a phrase that needs no anchor event: a date, a period, a part, a run, a bound, or one counted from the publication. */
export function resolveFixed(r: Reading, ctx: PhraseContext): Read {
  switch (r.kind) {
    case 'calendar':
      if (r.ruleDay !== undefined) return ruleDayCalendar({ ...r, ruleDay: r.ruleDay }, ctx);
      if (r.nationalDay !== undefined) {
        const day = calendar(r, ctx);
        return { ...day, rule: `${day.rule.replace(/\.$/u, '')}: ${r.nationalDay}.` };
      }
      return r.nth === undefined ? calendar(r, ctx) : nthCalendar(r, ctx);
    case 'season':
      return r.southern
        ? grouping(
            SOUTHERN_CODE[r.season],
            r.year,
            r.yearHint,
            ctx,
            `${r.season} (${SOUTHERN_MONTHS[r.season]}, Southern Hemisphere, as the text names a place there)`,
          )
        : grouping(
            SEASON_CODE[r.season],
            r.year,
            r.yearHint,
            ctx,
            `${r.season} (${SEASON_MONTHS[r.season]}, Northern Hemisphere)`,
          );
    case 'quarter':
      return grouping(32 + r.quarter, r.year, r.yearHint, ctx, `quarter ${r.quarter} of`);
    case 'half':
      return grouping(39 + r.half, r.year, r.yearHint, ctx, `half ${r.half} of`);
    case 'fiscal':
      return resolveFiscal(r, ctx);
    case 'decade':
      return read(decadeDate(r.decade), `${quoted(ctx.phrase)} is the decade ${r.decade}–${r.decade + 9}.`, 0.9);
    case 'part':
      return part(r, ctx);
    case 'range':
      return range(r, ctx);
    case 'weekend':
      return weekend(r, ctx);
    case 'week':
      return week(r, ctx);
    case 'open':
      return open(r, ctx);
    case 'deictic':
    case 'ago':
    case 'weekday':
      return resolveDeictic(r, ctx);
    case 'relative':
    case 'relative-weekday':
    case 'relative-unit':
      throw new Error(`${r.kind} needs an anchor`);
    default: {
      const never: never = r;
      throw new Error(`unknown reading ${JSON.stringify(never)}`);
    }
  }
}
