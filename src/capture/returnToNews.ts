import { calendarOf, isoOf } from './calendarDays.ts';
import type { CapturedDate } from './capturedDate.ts';
import type { PhraseContext } from './narrative.ts';
import { quoted } from './resolution.ts';
import type { StatedDate } from './statedAhead.ts';

type Build = (year: number, uncertain: boolean) => CapturedDate;

/** Half a year: background told with its years ends at least this long before the news. */
const STALE_DAYS = 183;

/**
 * Whether the text's reference time ends more than six months before the publication and the telling has since
 * come back to the news: a date without a year then returns to the time of the news, as background is told with
 * its years. The telling comes back at a new paragraph after a reference written with its year, or when the words
 * between that date and the phrase tell something in the present outside quotation marks ("Water is the other
 * critical input. … renewed its water contract in February").
 */
export function staleReference(ctx: PhraseContext): boolean {
  return staleBy(ctx) !== null;
}

/** How the telling came back to the news (see {@link staleReference}): at a new paragraph, in the present, or not. */
export function staleBy(ctx: PhraseContext): 'paragraph' | 'present' | null {
  const { reference, referenceParagraph, referenceStated, publication } = ctx.narrative;
  if (reference === null || publication?.earliest == null || ctx.paragraph === undefined) return null;
  const end = reference.latest ?? reference.earliest;
  if (end === null || end >= publication.earliest - STALE_DAYS) return null;
  if (referenceStated && ctx.paragraph > referenceParagraph) return 'paragraph';
  return ctx.presentSinceReference === true ? 'present' : null;
}

/**
 * "Obi joined the scheme in early 2022. ¶ On 7 February, she emailed …": a date that falls inside
 * the reference time, when the story reached that time told in order, goes on with the story.
 */
export function continuesStory(ctx: PhraseContext, build: Build): boolean {
  const { reference, referenceForward } = ctx.narrative;
  if (!referenceForward || reference === null || reference.earliest === null || reference.latest === null) return false;
  if (reference.earliest === reference.latest) return false;
  const d = build(calendarOf(reference.earliest).year, reference.uncertain);
  return d.earliest !== null && d.latest !== null && d.earliest >= reference.earliest && d.latest <= reference.latest;
}

/**
 * "Marsh was formally notified on December 11. Four days later … ¶ On January 24, 2025, the board …": a
 * date without a year that opens a paragraph after old background has not returned to the news when,
 * read from the publication, it would start after the next date the text writes with its year, while
 * read from the story it would not: the story is still told in order.
 */
export function toldBeforeNextStated(
  news: CapturedDate,
  story: CapturedDate,
  next: StatedDate | null | undefined,
): boolean {
  if (!next || news.earliest === null || story.earliest === null) return false;
  return news.earliest > next.latest && story.earliest <= next.latest;
}

/** The rule's words for {@link toldBeforeNextStated}. */
export const beforeNextStatedRule = (next: StatedDate | null | undefined): string =>
  next
    ? `, as read from the publication it would come after ${quoted(next.phrase)} (${isoOf(next.latest)}), which the text tells after it: the story is told in order and has not returned to the news.`
    : '.';
