import { addUnits, calendarOf, firstOfMonth, weekdayIndexOf } from './calendarDays.ts';
import { boundsDate, dayDate, monthDate, spanDate, yearDate, type CapturedDate } from './capturedDate.ts';
import { MOMENT_WIDEST, brief, chooseAnchor, lastWithin, widestAnchorFor, type AnchorChoice } from './anchors.ts';
import { WEEKDAY_NAMES } from './lexicon.ts';
import type { PhraseContext, PriorFact } from './narrative.ts';
import { offsetIso } from './offsetWords.ts';
import { monthAlignedBounds, offsetBounds } from './offsetArithmetic.ts';
import { partOfPeriod } from './partOfPeriod.ts';
import type { Offset, Reading } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';
import { resolveDeictic } from './resolveDeictic.ts';
import { sinceEndOfBound } from './sinceThen.ts';
import { statedSide } from './statedSide.ts';
import { weekBeside } from './weekBeside.ts';

/** Relative phrases, read against the event they name or the previous one. */

type Relative = Extract<Reading, { kind: 'relative' | 'relative-weekday' | 'relative-unit' }>;

/** A relative phrase with nothing to count from: only "before the publication" (or the capture) is certain. */
function unanchored(ctx: PhraseContext): Resolution {
  const pub = ctx.narrative.publication;
  const latest = pub?.latest ?? ctx.narrative.today;
  return {
    date: boundsDate(null, latest, pub?.uncertain ?? true),
    rule: `${quoted(ctx.phrase)} counts from an event the text has not told before it: only "on or before ${pub ? 'the publication' : 'the day of the capture'}" is certain.`,
    confidence: 0.3,
    relation: null,
    weekday: null,
  };
}

/** A past event is not after the publication: its latest day is capped there (never before `floor`). */
function capped(
  ctx: PhraseContext,
  earliest: number | null,
  latest: number | null,
  floor: number | null = null,
): [number | null, number | null] {
  const pub = ctx.narrative.publication?.latest ?? null;
  const pubLatest = pub !== null && floor !== null ? Math.max(pub, floor) : pub;
  if (ctx.tense !== 'past' || pubLatest === null) return [earliest, latest];
  const cap = latest === null ? pubLatest : Math.min(latest, pubLatest);
  return earliest !== null && cap < earliest ? [earliest, latest] : [earliest, cap];
}

function describe(offset: Offset): string {
  const unit = { D: 'day', W: 'week', M: 'month', Y: 'year' }[offset.unit];
  const n = (k: number) => `${k} ${unit}${k === 1 ? '' : 's'}`;
  switch (offset.kind) {
    case 'exact':
      return n(offset.count);
    case 'about':
      return `about ${n(offset.count)} (±3 days, ±1 month or ±1 year by unit)`;
    case 'at-most':
      return `at most ${n(offset.count)}`;
    case 'at-least':
      return `at least ${n(offset.count)}`;
    case 'between':
      return `${offset.count} to ${n(offset.upTo)}`;
    default: {
      const never: never = offset;
      return String(never);
    }
  }
}

function relative(r: Extract<Reading, { kind: 'relative' }>, ctx: PhraseContext): Resolution {
  const p = quoted(ctx.phrase);
  const { narrative } = ctx;
  if (r.anchor.kind === 'last-day') {
    const last = narrative.lastDay;
    const previous = narrative.facts.at(-1);
    // "On 3 March … In March, Ames was charged. The company was charged the same day": when the text
    // has moved on from the last day it named to a later event dated only to a span, that span is the
    // honest date, never the borrowed day (a flashback between them leaves the last day as it is). A
    // part of a day ("that evening", "that night", "esa noche") names a day the text told: it stays the
    // last day named, at confidence below one half when the text has moved on since.
    const partOfDay = /(?:morning|afternoon|evening|night|mañana|tarde|noche)$/iu.test(ctx.phrase.trim());
    const movedOn =
      previous !== undefined &&
      previous.date.earliest !== null &&
      previous.date.earliest !== previous.date.latest &&
      (last === null || last.day < previous.date.earliest);
    if (movedOn && !partOfDay) {
      return {
        date: previous.date,
        rule: `${p} is the same day as the previous event, dated only ${labelOf(previous.date)}: the whole span is given, not a day.`,
        confidence: 0.45,
        relation: { type: 'same-day', fact: previous.id, offset: null },
        weekday: null,
      };
    }
    if (!last) return unanchored(ctx);
    const date = dayDate(last.day, last.uncertain);
    return {
      date,
      rule: partOfDay
        ? `${p} is a part of the last day the text named (${labelOf(date)}), the same day as the event dated so${movedOn ? `, though the text has told an event dated only ${labelOf(previous.date)} since` : ''}.`
        : `${p} is the last day the text named (${labelOf(date)}), the same day as the event dated so.`,
      confidence: movedOn ? 0.45 : 0.75,
      relation: { type: 'same-day', fact: last.factId, offset: null },
      weekday: null,
    };
  }
  const sinceBound = r.openEnded && r.anchor.kind === 'previous' ? sinceEndOfBound(ctx.phrase, narrative) : null;
  if (sinceBound) return sinceBound;
  const unit = r.offset?.unit ?? r.countedIn ?? (r.weekend ? 'D' : undefined);
  // "since the filing" holds up to the publication: the event it names happened before it.
  const notAfter = r.openEnded ? (narrative.publication?.latest ?? null) : null;
  const choice = chooseAnchor(
    r.anchor,
    narrative,
    r.toTheDay ? 0 : r.moment ? MOMENT_WIDEST : widestAnchorFor(unit, r.anchor.kind === 'named'),
    notAfter,
    r.offset !== null,
    r.moment ? 'to a month or finer, a moment of the story' : undefined,
    r.scheduled ? (narrative.publication?.earliest ?? null) : null,
  );
  if (!choice) return unanchored(ctx);
  const a = choice.fact.date;
  // A count goes on from the date an open statement names ("three days before the closure" of "closed since 3 September").
  const named =
    r.offset && !r.week && !r.weekend && r.relation !== 'same-day'
      ? statedSide(a, choice.fact.derived === true, narrative.publication)
      : null;
  const from = named ?? a;
  const sign = r.relation === 'before' ? -1 : 1;
  let bounds: { earliest: number | null; latest: number | null };
  let how: string;
  const beside = (r.week || r.weekend) && a.earliest !== null && a.latest !== null;
  if (beside && (r.relation === 'before' || r.relation === 'after')) {
    ({ bounds, how } = weekBeside(a.earliest as number, a.latest as number, r.relation, r.week ? 'week' : 'weekend'));
  } else if (r.relation === 'same-day') {
    bounds = { earliest: a.earliest, latest: a.latest };
    how = 'the same day as';
  } else if (r.offset) {
    const plain = offsetBounds(from.earliest, from.latest, r.offset, sign);
    bounds = monthAlignedBounds(from, plain, r.offset);
    const whole = bounds.latest !== plain.latest ? ' (whole months, as the anchor is dated)' : '';
    how = `${describe(r.offset)}${whole} ${r.relation}`;
  } else if (r.relation === 'after') {
    // The publication closes "weeks later" only when the anchor is before it: after a scheduled
    // event the phrase tells of a later future, open-ended.
    const pub = r.untilPublication ? (narrative.publication?.latest ?? null) : null;
    const until = pub !== null && (a.earliest === null || pub >= a.earliest) ? pub : null;
    bounds = { earliest: a.earliest, latest: until };
    how = until !== null ? 'after (up to the publication)' : 'after';
  } else {
    bounds = { earliest: null, latest: a.latest };
    how = 'before';
  }
  // "less than a year after" a day is the year the arithmetic gives from that day, as written, even
  // past the publication; only what an anchor's span adds beyond it is capped there.
  const ranged = r.offset && r.offset.kind !== 'exact' && from.earliest !== null;
  const written = ranged ? offsetBounds(from.earliest, from.earliest, r.offset as Offset, sign).latest : null;
  const [earliest, latest] = r.openEnded
    ? [bounds.earliest, bounds.latest]
    : capped(ctx, bounds.earliest, bounds.latest, written);
  if (earliest === null && latest === null) return unanchored(ctx);
  const date = boundsDate(earliest, latest, a.uncertain);
  const offset = r.offset && r.relation !== 'same-day' ? offsetIso(r.offset) : null;
  return {
    date,
    rule: `${p} is ${how} ${choice.why}, dated ${labelOf(a)}${named ? `, counted from the date its open statement names (${labelOf(named)}), not from its open side` : ''}.`,
    confidence: choice.confidence,
    relation: { type: r.relation, fact: choice.fact.id, offset },
    weekday: r.weekday ?? null,
  };
}

function weekdayAfter(r: Extract<Reading, { kind: 'relative-weekday' }>, ctx: PhraseContext): Resolution {
  const anchor = r.anchor ?? { kind: 'previous' };
  const choice = chooseAnchor(anchor, ctx.narrative, widestAnchorFor('D', anchor.kind === 'named'));
  const a = choice?.fact.date;
  if (!choice || !a || a.earliest === null || a.latest === null) return { ...unanchored(ctx), weekday: r.weekday };
  if (anchor.kind === 'named' && a.latest - a.earliest > 6) {
    // "the Friday before the meeting" whose only match is dated to a month or a year names no week to count in.
    const alone = resolveDeictic({ kind: 'weekday', weekday: r.weekday, lean: 'none' }, ctx);
    return {
      ...alone,
      rule: `${alone.rule.replace(/\.$/, '')}, as the event it names is dated no finer than ${labelOf(a)} (${quoted(brief(choice.fact.summary))}).`,
      relation: null,
    };
  }
  const step = (d: number) =>
    r.relation === 'after'
      ? d + ((r.weekday - weekdayIndexOf(d) + 7) % 7 || 7)
      : d - ((weekdayIndexOf(d) - r.weekday + 7) % 7 || 7);
  const from = step(a.earliest);
  const to = step(a.latest);
  const date = spanDate(Math.min(from, to), Math.max(from, to), a.uncertain);
  const exact = a.earliest === a.latest;
  const name = WEEKDAY_NAMES[r.weekday] as string;
  return {
    date,
    rule: `${quoted(ctx.phrase)} is the ${r.relation === 'after' ? 'first' : 'last'} ${name} ${r.relation} ${choice.why}, dated ${labelOf(a)}.`,
    confidence: choice.confidence,
    relation: {
      type: r.relation,
      fact: choice.fact.id,
      offset: exact ? `P${Math.abs(from - a.earliest)}D` : null,
    },
    weekday: r.weekday,
  };
}

function within(fact: PriorFact, unit: 'week' | 'month' | 'year'): boolean {
  const { earliest, latest } = fact.date;
  if (earliest === null || latest === null) return false;
  if (unit === 'week') return latest - earliest < 7;
  const a = calendarOf(earliest);
  const b = calendarOf(latest);
  return a.year === b.year && (unit === 'year' || a.month === b.month);
}

function unitOfAnchor(r: Extract<Reading, { kind: 'relative-unit' }>, choice: AnchorChoice): CapturedDate {
  const a = choice.fact.date;
  const day = a.earliest as number;
  const { year, month } = calendarOf(day);
  const u = a.uncertain;
  if (r.unit === 'year') return yearDate(year + r.shift, u);
  if (r.unit === 'month') {
    const target = calendarOf(addUnits(firstOfMonth(year, month), 'M', r.shift));
    return monthDate(target.year, target.month, u);
  }
  const monday = day - weekdayIndexOf(day) + 7 * r.shift;
  return spanDate(monday, monday + 6, u);
}

/**
 * "In March 2019 … The following week, …": with no event dated within a week, the previous
 * event's span moved by the unit at both ends (the week after its first day to the week after
 * its last), never one guessed week.
 */
function unitAcrossSpan(r: Extract<Reading, { kind: 'relative-unit' }>, ctx: PhraseContext): Resolution | null {
  const previous = ctx.narrative.facts.at(-1);
  const { earliest, latest, uncertain } = previous?.date ?? { earliest: null, latest: null, uncertain: false };
  if (!previous || earliest === null || latest === null || r.order !== null || r.part !== null) return null;
  const shifted = (day: number): CapturedDate => {
    const fact = { ...previous, date: dayDate(day, uncertain) };
    return unitOfAnchor(r, { fact, why: '', confidence: 0 });
  };
  const from = shifted(earliest);
  const to = shifted(latest);
  const date = spanDate(from.earliest as number, to.latest as number, uncertain);
  const type = r.shift > 0 ? 'after' : r.shift < 0 ? 'before' : null;
  return {
    date,
    rule: `${quoted(ctx.phrase)} counts a ${r.unit} from the previous event ('${brief(previous.summary)}'), dated only ${labelOf(previous.date)}: the ${r.unit}s it may be are given, not one.`,
    confidence: 0.45,
    relation: type ? { type, fact: previous.id, offset: null } : null,
    weekday: null,
  };
}

function unitRelative(r: Extract<Reading, { kind: 'relative-unit' }>, ctx: PhraseContext): Resolution {
  const choice = lastWithin(ctx.narrative, r.unit, (f) => within(f, r.unit));
  if (!choice) return unitAcrossSpan(r, ctx) ?? unanchored(ctx);
  let date = unitOfAnchor(r, choice);
  let words =
    r.shift === 0 ? `the ${r.unit} of` : r.shift > 0 ? `the ${r.unit} after that of` : `the ${r.unit} before that of`;
  if (r.part) {
    const found = partOfPeriod(date, r.part);
    if (found) {
      date = found.date;
      words = `${found.words.split(' (')[0]}, in ${words}`;
    }
  }
  const type = r.order ?? (r.shift > 0 ? 'after' : r.shift < 0 ? 'before' : null);
  // "the following year", "the week before": one calendar unit on, the offset the phrase counts.
  const counted = r.order === null && r.part === null && r.shift !== 0;
  const offset = counted ? `P${Math.abs(r.shift)}${{ week: 'W', month: 'M', year: 'Y' }[r.unit]}` : null;
  return {
    date,
    rule: `${quoted(ctx.phrase)} is ${words} ${choice.why}${r.order ? `, ${r.order} it` : ''}.`,
    confidence: choice.confidence,
    relation: type ? { type, fact: choice.fact.id, offset } : null,
    weekday: null,
  };
}

/** Reads a relative phrase. */
export function resolveRelative(r: Relative, ctx: PhraseContext): Resolution {
  if (r.kind === 'relative') return relative(r, ctx);
  if (r.kind === 'relative-weekday') return weekdayAfter(r, ctx);
  return unitRelative(r, ctx);
}
