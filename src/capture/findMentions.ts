import { approximations } from './approximations.ts';
import { chronoMentions } from './chronoMentions.ts';
import { dayRangeMentions } from './dayRangePatterns.ts';
import { deicticMentions } from './deicticPatterns.ts';
import { followingMonths } from './followingMonths.ts';
import { holidayMentions } from './holidayPatterns.ts';
import { nationalDayMentions } from './nationalDays.ts';
import { moveableHolidayMentions } from './moveableHolidays.ts';
import { nthWeekdayMentions } from './nthWeekdays.ts';
import type { Lang } from './lexicon.ts';
import { bareStarts, yearFrames, ranges, weekends, weeks, yearWords, yearsTo } from './mentionCombinators.ts';
import { parts } from './partMentions.ts';
import { besideHidden, overlapsAny, withoutOverlaps } from './mentionOverlaps.ts';
import { narrativeMentions } from './narrativeForms.ts';
import { nonEventMentions } from './nonEventPatterns.ts';
import { openBounds } from './openBounds.ts';
import { boundReferences } from './boundReferences.ts';
import { earliestLatest } from './earliestLatest.ts';
import { fromThenMentions } from './fromThen.ts';
import { datesInNamedEvents } from './namedEventDates.ts';
import { periodMentions } from './periodPatterns.ts';
import type { Mention, Skip } from './reading.ts';
import { englishRelativeMentions } from './relativeEnglish.ts';
import { spanishRelativeMentions } from './relativeSpanish.ts';
import { indefiniteWeekdays } from './indefiniteWeekdays.ts';
import { weekdayAppositions } from './weekdayAppositions.ts';
import { weekdaysOfWeeks } from './weekdaysOfWeeks.ts';

export interface FoundMentions {
  /** Date phrases, in text order, none overlapping another. */
  readonly mentions: Mention[];
  /** Mentions of time that are not events, in text order. */
  readonly skipped: Skip[];
}

/** A non-event as a mention, to share the overlap rules (its reason kept as the source). */
const asMention = (n: { start: number; end: number; reason: string }): Mention => ({
  start: n.start,
  end: n.end,
  reading: { kind: 'decade', decade: 0 },
  source: n.reason,
});

/** Every date phrase of `text`, and the mentions of time that are not events. */
export function findMentions(text: string, lang: Lang): FoundMentions {
  const found = [
    ...chronoMentions(text, lang),
    ...periodMentions(text, lang),
    ...dayRangeMentions(text, lang),
    ...deicticMentions(text, lang),
    ...holidayMentions(text, lang),
    ...nationalDayMentions(text, lang),
    ...moveableHolidayMentions(text, lang),
    ...nthWeekdayMentions(text, lang),
    ...(lang === 'en' ? englishRelativeMentions(text) : spanishRelativeMentions(text)),
    ...narrativeMentions(text, lang),
  ];
  // "the second quarter of fiscal 2025": a fiscal year inside a part of it is not a period apart.
  const fiscal = found.filter((m) => m.reading.kind === 'fiscal');
  const nonEvents = nonEventMentions(text, lang).filter(
    (n) => !fiscal.some((f) => f.start <= n.start && n.end <= f.end),
  );
  const hidden = withoutOverlaps(nonEvents.filter((n) => n.hides).map(asMention));
  const core = datesInNamedEvents(text, besideHidden(hidden, found, text));
  let list = weekdaysOfWeeks(text, weekdayAppositions(text, withoutOverlaps(core), lang), lang);
  list = indefiniteWeekdays(text, list, lang);
  list = followingMonths(text, yearWords(text, list, lang), lang);
  list = withoutOverlaps(parts(text, list, lang));
  list = bareStarts(text, ranges(text, list), lang);
  list = yearFrames(text, weeks(text, weekends(text, yearsTo(text, list))));
  const bounded = fromThenMentions(
    text,
    earliestLatest(text, boundReferences(text, openBounds(text, list, lang), lang), lang),
    lang,
  );
  const mentions = approximations(text, withoutOverlaps(bounded));
  const skipped = withoutOverlaps(nonEvents.filter((n) => n.hides || !overlapsAny(mentions, n)).map(asMention)).map(
    (n) => ({ start: n.start, end: n.end, reason: n.source }),
  );
  return { mentions, skipped };
}
