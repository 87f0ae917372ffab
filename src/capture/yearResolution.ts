import { calendarOf } from './calendarDays.ts';
import { weekdayIndexOf } from './calendarDays.ts';
import type { CapturedDate } from './capturedDate.ts';
import { WEEKDAY_NAMES } from './lexicon.ts';
import type { PhraseContext, PriorFact } from './narrative.ts';
import type { YearHint } from './reading.ts';
import { labelOf, quoted } from './resolution.ts';
import { orderingReference } from './followingRelation.ts';
import { beforeNextStatedRule, continuesStory, staleBy, staleReference, toldBeforeNextStated } from './returnToNews.ts';

/** A date whose year was not written, with the rule that chose the year. */
export interface YearChoice {
  readonly date: CapturedDate;
  readonly rule: string;
  readonly confidence: number;
}

type Build = (year: number, uncertain: boolean) => CapturedDate;

const yearOfDay = (day: number): number => calendarOf(day).year;

function distance(d: CapturedDate, ref: CapturedDate): number {
  const re = ref.earliest ?? ref.latest ?? 0;
  const rl = ref.latest ?? ref.earliest ?? 0;
  return Math.max(0, re - (d.latest ?? re), (d.earliest ?? rl) - rl);
}

/** `hint` read against the publication date ("this April", "last summer", "el próximo 28 de junio"). */
function fromPublication(hint: YearHint, build: Build, ctx: PhraseContext): YearChoice | null {
  const pub = ctx.narrative.publication;
  const base = pub?.earliest ?? ctx.narrative.today;
  const uncertain = pub === null || pub.uncertain;
  const y = yearOfDay(base);
  const sure = pub === null ? 0.3 : uncertain ? 0.6 : 0.85;
  const anchorWords =
    pub === null ? 'the day of the capture (no publication date is known)' : `the publication (${labelOf(pub)})`;
  const p = quoted(ctx.phrase);
  switch (hint) {
    case 'this':
      return { date: build(y, uncertain), rule: `${p} is in the year of ${anchorWords}.`, confidence: sure };
    case 'last-year':
      return { date: build(y - 1, uncertain), rule: `${p} is in the year before ${anchorWords}.`, confidence: sure };
    case 'next-year':
      return { date: build(y + 1, uncertain), rule: `${p} is in the year after ${anchorWords}.`, confidence: sure };
    case 'last': {
      const start = pub?.earliest ?? base;
      const year = [y, y - 1, y - 2].find((c) => (build(c, uncertain).latest ?? Infinity) < start) ?? y - 1;
      return {
        date: build(year, uncertain),
        rule: `${p} is the latest one that ended before ${anchorWords}.`,
        confidence: sure,
      };
    }
    case 'next': {
      const end = pub?.latest ?? base;
      const year = [y, y + 1, y + 2].find((c) => (build(c, uncertain).earliest ?? -Infinity) > end) ?? y + 1;
      return { date: build(year, uncertain), rule: `${p} is the first one after ${anchorWords}.`, confidence: sure };
    }
    default:
      return null;
  }
}

/**
 * "the previous autumn": the latest one that ended before the reference time; "the following
 * spring": the first one that began after it (with no date established yet, the publication's).
 */
function aroundReference(hint: YearHint, build: Build, ctx: PhraseContext): YearChoice | null {
  if (hint !== 'previous' && hint !== 'following') return null;
  const { yearFrame } = ctx.narrative;
  const frame = yearFrame !== null && yearFrame.sentence === ctx.sentence ? yearFrame.date : null;
  const ordering = frame ? null : orderingReference(ctx.narrative);
  const ref = frame ?? ordering?.date ?? ctx.narrative.publication;
  if (ref === null || ref.earliest === null || ref.latest === null) return null;
  const p = quoted(ctx.phrase);
  const y = yearOfDay(ref.earliest);
  const years = hint === 'previous' ? [y, y - 1, y - 2] : [y, y + 1, y + 2];
  const year = years.find((c) =>
    hint === 'previous'
      ? (build(c, ref.uncertain).latest ?? Infinity) < (ref.earliest as number)
      : (build(c, ref.uncertain).earliest ?? -Infinity) > (ref.latest as number),
  );
  if (year === undefined) return null;
  const which = hint === 'previous' ? 'the latest one that ended before' : 'the first one that began after';
  const what = frame
    ? 'the year its sentence states'
    : ordering && ordering.date !== ctx.narrative.reference
      ? 'the year of the previous event'
      : ctx.narrative.reference
        ? 'the last date the text established'
        : 'the publication';
  return {
    date: build(year, ref.uncertain),
    rule: `${p} is ${which} ${what} (${labelOf(ref)}).`,
    confidence: ref.uncertain ? 0.6 : 0.8,
  };
}

/**
 * "Nine days later, she sank. … 'On the morning of November 12 the engine room was already
 * flooding'": a day without a year that the text already dated, in a year not after the
 * publication, is that day again.
 */
function dayNamedAgain(build: Build, ctx: PhraseContext): YearChoice | null {
  const { narrative, tense } = ctx;
  if (tense === 'future' || tense === 'future-in-past') return null;
  const pub = narrative.publication?.latest ?? null;
  for (let i = narrative.facts.length - 1; i >= 0; i -= 1) {
    const { date } = narrative.facts[i] as PriorFact;
    if (date.earliest === null || date.earliest !== date.latest || (pub !== null && date.earliest > pub)) continue;
    const year = yearOfDay(date.earliest);
    const same = build(year, date.uncertain);
    if (same.earliest !== date.earliest || same.latest !== date.latest) continue;
    return {
      date: same,
      rule: `${quoted(ctx.phrase)} states no year: ${year} is the year of the day the text already dated (${labelOf(date)}).`,
      confidence: date.uncertain ? 0.6 : 0.8,
    };
  }
  return null;
}

/**
 * The year of a date written without one (docs/design.md, How capture reads dates): the year the
 * hint names, else — of the candidate years around the reference time and the publication — the
 * one nearest to the reference time (the publication's, at a paragraph that follows dates told more
 * than six months before it; for an event told in the simple past, the first in which the date does
 * not end before it), never after the publication for an event told as past
 * (never before it for one told as future); a stated weekday keeps only the years it falls on.
 */
export function chooseYear(
  hint: YearHint,
  build: Build,
  ctx: PhraseContext,
  weekday: number | null = null,
): YearChoice {
  const p = quoted(ctx.phrase);
  const { narrative } = ctx;
  const fromPub = fromPublication(hint, build, ctx);
  if (fromPub) return fromPub;
  // "was up for reelection that fall" after ", who had been in office since January 2022 and": an
  // event told in an aside in the pluperfect is background, passed over.
  const previous = narrative.facts.findLast((f) => !f.background) ?? narrative.facts.at(-1);
  if (hint === 'that' && previous && previous.date.earliest !== null) {
    const year = yearOfDay(previous.date.earliest);
    return {
      date: build(year, previous.date.uncertain),
      rule: `${p} is in the year of the previous event (${year})${previous === narrative.facts.at(-1) ? '' : ', not told in an aside in the pluperfect'}.`,
      confidence: previous.date.uncertain ? 0.6 : 0.85,
    };
  }
  const around = aroundReference(hint, build, ctx);
  if (around) return around;
  const again = dayNamedAgain(build, ctx);
  if (again) return again;
  const inOrder = staleReference(ctx) && continuesStory(ctx, build);
  const stale = staleReference(ctx) && !inOrder;
  const frame =
    narrative.yearFrame !== null && narrative.yearFrame.sentence === ctx.sentence ? narrative.yearFrame.date : null;
  const choice = nearestYear(build, ctx, weekday, frame, stale, inOrder);
  if (!stale || frame !== null) return choice;
  // "Marsh was formally notified on December 11. … On January 24, 2025, …": read from the publication, the
  // date would come after the next date the text writes with its year; the story has not yet returned to the news.
  const story = nearestYear(build, ctx, weekday, null, false, false);
  return toldBeforeNextStated(choice.date, story.date, ctx.nextStated)
    ? { ...story, rule: `${story.rule.replace(/\.$/u, '')}${beforeNextStatedRule(ctx.nextStated)}` }
    : choice;
}

/** The year nearest the reference time (see {@link chooseYear}): the sentence's stated year, the publication's, or the story's. */
function nearestYear(
  build: Build,
  ctx: PhraseContext,
  weekday: number | null,
  frame: CapturedDate | null,
  stale: boolean,
  inOrder: boolean,
): YearChoice {
  const p = quoted(ctx.phrase);
  const { narrative, tense } = ctx;
  const pub = narrative.publication;
  const ref = frame ?? (stale ? pub : (narrative.reference ?? pub));
  if (ref === null || (ref.earliest === null && ref.latest === null)) {
    const year = yearOfDay(narrative.today);
    return {
      date: build(year, true),
      rule: `${p} states no year and neither the text nor a publication date gives one: the year of the capture is marked uncertain.`,
      confidence: 0.3,
    };
  }
  const refYear = yearOfDay(ref.earliest ?? (ref.latest as number));
  const years = new Set([refYear - 1, refYear, refYear + 1]);
  if (pub?.earliest != null) for (const d of [-1, 0, 1]) years.add(yearOfDay(pub.earliest) + d);
  const all = [...years].sort((a, b) => a - b).map((year) => ({ year, date: build(year, ref.uncertain) }));
  const onWeekday =
    weekday === null
      ? []
      : all.filter(
          ({ date }) =>
            date.earliest !== null && date.earliest === date.latest && weekdayIndexOf(date.earliest) === weekday,
        );
  // "begun over the summer of 2024, would report by the end of March": the future seen from a past
  // telling is not before the reference time, nor before the publication when the story has run ahead
  // of it, as no telling comes after the publication ("talks begin in January … would invite both sides
  // to a meeting before Christmas"); a statement reported with "said" in a sentence with no date of its
  // own is told at the publication ("He said his office would … report by May 1").
  const told = ctx.reportedNow && pub?.earliest != null ? pub.earliest : (ref.earliest ?? null);
  const after =
    tense !== 'future-in-past' ? null : told !== null && pub?.earliest != null ? Math.min(told, pub.earliest) : told;
  const fits = ({ date }: { date: CapturedDate }): boolean => {
    if (after !== null && (date.latest ?? Infinity) < after) return false;
    if (pub === null) return true;
    if (tense === 'past') return (date.earliest ?? -Infinity) <= (pub.latest ?? Infinity);
    if (tense === 'future' || tense === 'present') return (date.latest ?? Infinity) >= (pub.earliest ?? -Infinity);
    return true;
  };
  // "Saturday 3 February" in none of the years around: the years within three of the reference on which the
  // weekday falls and the tense allows (beyond them, a weekday that fits no year is recorded as stated, for
  // the date checks to tell).
  const fartherOnWeekday =
    weekday === null || onWeekday.length > 0
      ? []
      : [...Array(7).keys()]
          .map((i) => refYear - 3 + i)
          .filter((year) => !years.has(year))
          .map((year) => ({ year, date: build(year, ref.uncertain) }))
          .filter(
            (c) =>
              c.date.earliest !== null &&
              c.date.earliest === c.date.latest &&
              weekdayIndexOf(c.date.earliest) === weekday &&
              fits(c),
          );
  const onDay = onWeekday.length > 0 ? onWeekday : fartherOnWeekday;
  let candidates = onDay.length > 0 ? onDay : all;
  const constrained = candidates.filter(fits);
  if (constrained.length > 0) candidates = constrained;
  // "Veltra first suspected three lots made in November" after "last spring": a story told in the simple
  // past moves forward, so the year is the first that does not end before the reference time; one told in
  // the pluperfect ("had told her in January") looks back from it, to the nearest.
  const forward =
    tense === 'past' && !ctx.pluperfect && ref.earliest !== null
      ? candidates.find(({ date }) => (date.latest ?? Infinity) >= (ref.earliest as number))
      : undefined;
  // "must be repaved by December", told in June: a bound is nearest where what it states holds the time of its
  // telling (the December after June, not the one before), a time never after the publication; of the years
  // whose bound holds it, the date's own nearest. Told in the pluperfect ("by December they had left"), it
  // looks back, by its date alone.
  const telling = pub?.latest != null && (ref.earliest ?? -Infinity) > pub.latest ? pub : ref;
  const stated = (d: CapturedDate): number =>
    ctx.endsBound && !ctx.pluperfect ? distance({ ...d, earliest: null }, telling) : distance(d, ref);
  const nearest = (a: (typeof candidates)[number], b: (typeof candidates)[number]) => {
    const da = distance(a.date, ref);
    const db = distance(b.date, ref);
    return db < da || (db === da && b.year === refYear) ? b : a;
  };
  const best =
    forward ??
    candidates.reduce((a, b) => {
      const sa = stated(a.date);
      const sb = stated(b.date);
      return sa === sb ? nearest(a, b) : sb < sa ? b : a;
    });
  const byDateAlone = forward ?? candidates.reduce(nearest);
  const fromText = frame !== null || (narrative.reference !== null && !stale);
  const where = frame
    ? `the year its sentence states (${labelOf(ref)})`
    : inOrder
      ? `the last date the text established (${labelOf(ref)}), which the story reached told in order and which holds it`
      : fromText
        ? `the last date the text established (${labelOf(ref)})`
        : stale
          ? `the publication date (${labelOf(ref)}), as ${staleBy(ctx) === 'present' ? 'the text has told something in the present since' : 'it opens a paragraph after'} dates told more than six months before the publication`
          : `the publication date (${labelOf(ref)})`;
  const limit =
    after !== null && constrained.length > 0
      ? ctx.reportedNow && pub !== null
        ? `, not before the publication, for the future of a statement reported with "said" at the time of the news`
        : `, not before it, for an event told as the future seen from the past ("would")`
      : pub !== null && constrained.length > 0 && tense !== 'open' && tense !== 'future-in-past'
        ? tense === 'past'
          ? ', not after the publication for an event told as past'
          : `, not before the publication for an event told in the ${tense}`
        : '';
  const day = onDay.length > 0 && weekday !== null ? `, on the ${WEEKDAY_NAMES[weekday]} the text names` : '';
  const doubt = ref.uncertain ? `; the year is as uncertain as ${fromText ? 'that date' : 'the publication date'}` : '';
  const held =
    best.year === byDateAlone.year
      ? ''
      : `, where the bound it closes holds the time of its telling${telling === ref ? '' : `, the publication (${labelOf(telling)})`}; ${byDateAlone.year}, nearer by its date alone, would end the bound before it`;
  return {
    date: best.date,
    rule: `${p} states no year: ${best.year} ${forward ? 'is the first year in which it does not end before' : 'puts it nearest to'} ${where}${held}${limit}${day}${doubt}.`,
    confidence: ref.uncertain ? 0.6 : fromText ? 0.85 : 0.8,
  };
}
