import { AMBIGUOUS_NUMERIC } from './chronoMentions.ts';
import { eventsOfSentence, summaryOf, type EventMention } from './clauses.ts';
import type { Narrative, PhraseContext } from './narrative.ts';
import type { Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';
import type { CapturedDate } from './capturedDate.ts';
import { approximately } from './approximations.ts';
import { withWeekdayAside } from './indefiniteWeekdays.ts';
import { countsTime, namesNoToldEvent } from './anchors.ts';
import { anchoredAhead, relatedForward, toldAhead } from './anchorAhead.ts';
import { toldAsBackground } from './anchorScore.ts';
import { anchoredByStatedDate } from './statedAnchor.ts';
import { FactsByDate } from './factsByDate.ts';
import { resolveFixed } from './resolvePeriod.ts';
import { resolveRelative } from './resolveRelative.ts';
import { boundedReference, referenceBack } from './boundReferences.ts';
import type { Sentence } from './sentences.ts';
import { quotedDay, quotedDayOfAttribution } from './quotedDays.ts';
import { orderedRelation } from './followingRelation.ts';
import { COMPARED_FIGURE, sentenceBeyond } from './sentenceParts.ts';
import { tenseOf, toldInPluperfect, type Tense } from './tense.ts';
import { uniqueId, type TakenIds } from './factIds.ts';
import { reportedAtPublication } from './reportedNow.ts';
import { framesItsSentence } from './sentenceFrame.ts';
import { fromThen } from './fromThen.ts';
import type { TextSpan } from './textSpans.ts';
import { ToldOn } from './toldOn.ts';
import { remember } from './rememberFact.ts';
import { openingOf, statesADay, type StoryOpening } from './storyOpening.ts';
import { nextStatedDate, statedDatesOf } from './statedAhead.ts';
import { PresentVerbs } from './presentVerbs.ts';

/** One event the capture proposes, with how its date was read. */
export interface CapturedEvent {
  readonly id: string;
  readonly event: EventMention;
  readonly summary: string;
  readonly resolution: Resolution;
}

function resolve(mention: Mention, ctx: PhraseContext): Resolution {
  const r = mention.reading;
  if (r.kind === 'relative' || r.kind === 'relative-weekday' || r.kind === 'relative-unit')
    return resolveRelative(r, ctx);
  // "since that day", "desde ese año": the bound of a date the text told.
  if (r.kind === 'open' && referenceBack(r.of)) return boundedReference(r.side, resolveRelative(r.of, ctx), ctx.phrase);
  const fixed = orderedRelation(r, { ...resolveFixed(r, ctx), relation: null }, ctx.narrative);
  return withWeekdayAside(mention, mention.approximate ? approximately(fixed) : fixed);
}

/** Whether two dates share a day (an open end meets everything on its side). */
function meets(a: CapturedDate, b: CapturedDate): boolean {
  return (a.earliest ?? -Infinity) <= (b.latest ?? Infinity) && (b.earliest ?? -Infinity) <= (a.latest ?? Infinity);
}

/**
 * The future, or the future seen from the telling, when the sentence up to `phrase` tells it so
 * ("an inquiry ordered in November is expected to report by March"), else null.
 */
function futureInPastSoFar(text: string, sentence: Sentence, phrase: TextSpan, lang: Lang): Tense | null {
  const before = text.slice(sentence.start, phrase.start);
  const told = tenseOf(text.slice(sentence.start, phrase.end), before, lang);
  return told === 'future-in-past' || told === 'future' ? told : null;
}

/**
 * Reads the events of the text in order, each against what the text established before it
 * (docs/design.md, How capture reads dates).
 */
export function readEvents(
  text: string,
  lang: Lang,
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  narrative: Narrative,
  takenIds: TakenIds,
): CapturedEvent[] {
  const out: CapturedEvent[] = [];
  const contexts = new Map<string, PhraseContext>();
  let next = 0;
  let previous: Sentence | null = null;
  const toldOn = new ToldOn();
  const statedDates = statedDatesOf(text, sentences, mentions);
  let opening: StoryOpening | null = null;
  const presentVerbs = new PresentVerbs(text, lang, narrative.quotes);
  for (const sentence of sentences) {
    const before = previous;
    previous = sentence;
    // The opening is the lede's once the text has gone past it.
    if (opening && !narrative.opening && sentence.paragraph > opening.lastParagraph) narrative.opening = opening;
    const inside: Mention[] = [];
    while (next < mentions.length && (mentions[next] as Mention).start < sentence.end) {
      const m = mentions[next] as Mention;
      if (m.start >= sentence.start) inside.push(m);
      next += 1;
    }
    if (inside.length === 0) {
      toldOn.undated(text, sentence, before, narrative.index);
      continue;
    }
    let sentenceTense: Tense | null = null;
    const events = eventsOfSentence(text, sentence, inside);
    const told = narrative.facts.length;
    const words = new Set<string>();
    for (const event of events) {
      const clause = text.slice(event.clause.start, event.clause.end);
      const rest =
        text.slice(event.clause.start, event.primary.start) + text.slice(event.primary.end, event.clause.end);
      // "met twice in March and April": a clause of a date alone is told in the tense of the one before it,
      // unless the words before it in its sentence tell the future seen from the telling ("promised the
      // repairs would be finished in June").
      const alone: boolean = sentenceTense !== null && !CONTENT_WORD.test(rest.replace(FUNCTION_WORDS, ' '));
      // "… is expected to be completed | by the end of February, the officer said": a clause of a date and an
      // attribution is told in the tense of the sentence's words before it.
      const attributed =
        event.primary.start === event.clause.start &&
        ATTRIBUTION.test(text.slice(event.primary.end, event.clause.end)) &&
        event.primary.start > sentence.start;
      // "would hold a meeting | this week to …": a date opening its clause takes the future told before it.
      const opens = event.primary.start === event.clause.start && event.primary.start > sentence.start;
      const compared = COMPARED_FIGURE.test(text.slice(sentence.start, event.primary.start));
      // "1,140 complaints in September, up from 310 in March": the figure compared with is told in its sentence's tense.
      const tense: Tense = attributed
        ? tenseOf(text.slice(sentence.start, event.primary.end), text.slice(sentence.start, event.primary.start), lang)
        : alone || (compared && sentenceTense !== null)
          ? (futureInPastSoFar(text, sentence, event.primary, lang) ?? (sentenceTense as Tense))
          : ((opens ? futureInPastSoFar(text, sentence, event.primary, lang) : null) ??
            tenseOf(clause, text.slice(event.clause.start, event.primary.start), lang));
      sentenceTense = tense;
      const phrase = text.slice(event.primary.start, event.primary.end);
      const primary = event.primary.reading;
      // "since the pandemic" naming no told event is no date; "within 48 hours of the stoppage" is.
      if (
        primary.kind === 'relative' &&
        !countsTime(primary) &&
        namesNoToldEvent(primary.anchor, narrative, toldAhead(text, event.primary, mentions, sentences))
      )
        continue;
      const ctx: PhraseContext = {
        phrase,
        tense,
        narrative,
        paragraph: sentence.paragraph,
        sentence: sentence.start,
        pluperfect: toldInPluperfect(text.slice(event.clause.start, event.primary.start)),
        reportedNow: reportedAtPublication(text, sentence, event.primary, inside),
        nextStated: nextStatedDate(statedDates, event.primary.end),
        // The words before the phrase's own clause: a present there ("have risen since March") is the date's own tense.
        presentSinceReference:
          narrative.reference !== null &&
          presentVerbs.within(narrative.referenceEnd, Math.min(event.clause.start, event.primary.start)),
      };
      let resolution = quotedDay(text, event.primary, narrative, sentence.paragraph) ?? resolve(event.primary, ctx);
      if (event.primary.fromThen) resolution = fromThen(phrase, resolution, narrative) ?? resolution;
      if (event.relative) {
        const relPhrase = text.slice(event.relative.start, event.relative.end);
        const rel = resolve(event.relative, { ...ctx, phrase: relPhrase });
        const agrees = meets(resolution.date, rel.date);
        resolution = {
          ...resolution,
          rule: `${resolution.rule.replace(/\.$/, '')}; a date stated in the same clause wins over ${quoted(relPhrase)}, whose relation is kept${agrees ? '' : ` although its arithmetic gives ${labelOf(rel.date)}: check its anchor`}.`,
          relation: rel.relation,
          confidence: agrees ? resolution.confidence : Math.min(resolution.confidence, 0.45),
        };
      }
      if (event.primary.source === AMBIGUOUS_NUMERIC) {
        resolution = {
          ...resolution,
          rule: `${resolution.rule.replace(/\.$/, '')}; day and month could be swapped, and the ${lang === 'en' ? 'month-first (US)' : 'day-first'} order of the language was used.`,
          confidence: Math.min(resolution.confidence, 0.45),
        };
      }
      const summary = summaryOf(text, event.clause, sentence);
      const id = uniqueId(summary, takenIds);
      out.push({ id, event, summary, resolution });
      if (!event.relative) contexts.set(id, ctx);
      remember(
        narrative,
        id,
        event,
        resolution,
        clause,
        summary,
        sentence.paragraph,
        framesItsSentence(text, sentence, event.primary) ? sentence.start : -1,
        // "She had run the same booth two years earlier": a count back in the pluperfect leaves the story's time too.
        compared || (toldInPluperfect(clause) && primary.kind === 'relative' && primary.relation === 'before'),
        before ? text.slice(before.start, before.end) : '',
        toldAsBackground(text.slice(sentence.start, event.primary.start)),
        events.length === 1 ? sentenceBeyond(text, sentence, event.clause) : '',
        words,
      );
      const fact = narrative.facts.at(-1);
      if (!opening && fact && statesADay(fact)) opening = openingOf(text, sentences, fact, sentence.paragraph);
    }
    toldOn.dated(sentence, narrative.facts.slice(told), words);
  }
  const byDate = new FactsByDate(narrative.facts);
  return out.map((e, i) => {
    const ctx = contexts.get(e.id);
    const next = out[i + 1]?.event.primary;
    const between = next && next.start >= e.event.primary.end ? text.slice(e.event.primary.end, next.start) : null;
    const ahead = ctx ? anchoredAhead(e.id, e.event.primary, e.resolution, ctx, narrative, between) : null;
    const quotedAhead = quotedDayOfAttribution(text, e, out[i + 1], narrative);
    return anchoredByStatedDate(
      relatedForward(ahead ? { ...e, resolution: ahead } : quotedAhead, narrative),
      narrative,
      byDate,
    );
  });
}

/** The rest of a clause that only says who said it: ", the officer said.", ", dijo la fiscal.". */
const ATTRIBUTION =
  /^\s*,\s*(?:[\p{L}().'’-]+\s+){0,6}?(?:said|says|told\s+\p{L}+|added|according\s+to\s+[^.;]*|dijo|afirmó|señaló|indicó|explicó|agregó|añadió|según\s+[^.;]*)(?:\s+(?:[\p{L}().'’-]+\s*){0,6})?[.;]?\s*$/iu;

const FUNCTION_WORDS =
  /(?<![\p{L}])(?:and|or|but|then|again|also|in|on|at|by|of|the|y|e|o|u|pero|luego|también|nuevamente|otra|vez|en|el|la|los|las|de|del|al|a)(?![\p{L}])/giu;
const CONTENT_WORD = /\p{L}{2,}/u;
