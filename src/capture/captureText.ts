import { dayNumber } from '../dates/dayNumber.ts';
import { indexActors } from './actorIndex.ts';
import type { KnownActor } from './actorTypes.ts';
import { bylineMention, headerDates } from './byline.ts';
import { checkCaptureRequest, type CaptureRequest } from './captureInput.ts';
import { conditionalOutcome, generalRule } from './conditionalClauses.ts';
import { dateOf } from './capturedDate.ts';
import type { CaptureDraft } from './draft.ts';
import { draftOf, type KnownSource } from './draftOf.ts';
import type { PlacedReference, SourcedActor } from './eventActors.ts';
import { findMentions } from './findMentions.ts';
import { detectLanguage } from './language.ts';
import type { Lang } from './lexicon.ts';
import { FactIndex } from './factIndex.ts';
import type { Narrative } from './narrative.ts';
import { paragraphsOf, type Paragraph } from './paragraphs.ts';
import type { Mention, Skip } from './reading.ts';
import { QuoteMarks } from './quoteMarks.ts';
import { readEvents } from './readEvents.ts';
import { sentencesOf, type Sentence } from './sentences.ts';
import { stemsOf } from './stems.ts';
import { holding } from './textSpans.ts';
import { afterIndirectQuestion } from './indirectQuestions.ts';

/** What the capture may know besides the text: the day, and when run against a store, its actors, facts and source. */
export interface CaptureContext {
  /** The day of the capture, `YYYY-MM-DD`: the reference of last resort, for a text with no publication date. */
  readonly today: string;
  readonly knownActors?: readonly KnownActor[];
  /** The store's facts that are not retracted: asked for once, when a relative phrase first names an event. */
  readonly knownFacts?: () => readonly { readonly id: string; readonly summary: string; readonly when: string }[];
  /** Whether the store has a fact with this id (a draft fact never takes one). */
  readonly factExists?: (id: string) => boolean;
  /** The source named by `sourceId`, when it is already in the store. */
  readonly knownSource?: KnownSource | null;
  /** Told, for each fact, the actors proposed for it and where each came from, and every reference back its clause makes (the evaluation's tables). */
  readonly traceActors?: (
    fact: string,
    actors: readonly SourcedActor[],
    references: readonly PlacedReference[],
  ) => void;
}

/**
 * "If I had known in 2021…": a date inside a condition is a hypothetical, not an event; one after a
 * whether-clause that has ended at its sentence's verb is not (`indirectQuestions.ts`).
 */
function hypothetical(text: string, sentence: Sentence, m: Mention, lang: Lang): boolean {
  const lead = text.slice(sentence.start, m.start);
  const clause = lead.slice(Math.max(0, lead.lastIndexOf(',') + 1));
  return lang === 'en'
    ? /(?:^|[^\p{L}])(?:if|unless|whether)\s[^,]*$/iu.test(lead) &&
        /(?:^|[^\p{L}])(?:if|unless|whether)\s/iu.test(clause) &&
        !afterIndirectQuestion(lead)
    : /(?:^|[^\p{L}])si\s[^,]*$/u.test(lead);
}

/** The headline: a first paragraph of one short line (at most 200 characters) that is not a sentence, when more follows. */
function headlineOf(text: string, paragraphs: readonly Paragraph[]): Paragraph | null {
  const first = paragraphs[0];
  if (!first || paragraphs.length < 2) return null;
  const line = text.slice(first.start, first.end);
  return line.length <= 200 && !line.includes('\n') && !/[.!?]["'”’)]*$/u.test(line) ? first : null;
}

/** "Anyone who visited the spa after 1 May", "quienes compraron antes de junio": a date that says who is concerned, not an event. */
function condition(text: string, sentence: Sentence, m: Mention, lang: Lang): boolean {
  const lead = text.slice(sentence.start, m.start);
  return lang === 'en'
    ? /(?:^|[^\p{L}])(?:anyone|anybody|everyone|everybody|whoever|those)\s+who\s[^,;]*$/iu.test(lead)
    : /(?:^|[^\p{L}])(?:quienes|(?:todos|todas|aquellos|aquellas)\s+(?:los|las)?\s*que)\s[^,;]*$|^\s*quien\s[^,;]*$/iu.test(
        lead,
      );
}

/** "Ochoa, hoy diputada local, criticó …", "Grant, today a consultant, said …": an aside that says what someone is now. */
function presentRole(text: string, m: Mention): boolean {
  const phrase = text.slice(m.start, m.end);
  if (!/^(?:hoy|today|now)$/iu.test(phrase)) return false;
  return (
    /\p{Lu}[\p{L}'’-]*,\s*$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) &&
    /^\s+(?:(?:una?|el|la|an?|the)\s+)?\p{Ll}+(?:\s+\p{L}+){0,3}\s*,/u.test(text.slice(m.end, m.end + 60))
  );
}

/**
 * "the highest level since 2010", "su nivel más bajo desde 2019", "the largest since the fire": the date is a
 * yardstick, not an event ("at least six since 2023" is a count, and is one; "the first time since 2015" dates
 * the last time, `firstSince.ts`).
 */
function comparison(text: string, m: Mention, lang: Lang): boolean {
  const since =
    (m.reading.kind === 'open' && m.reading.side === 'since') ||
    (m.reading.kind === 'relative' && m.reading.openEnded === true && m.reading.relation === 'after');
  if (!since) return false;
  const lead = text.slice(Math.max(0, m.start - 60), m.start);
  if (lang === 'es') return /(?:más\s+alt|más\s+baj|mayor|menor)[^.;,]*$/iu.test(lead);
  return /(?:highest|lowest|biggest|largest|smallest|worst|best|fewest|(?<!at\s)most|(?<!at\s)least|weakest|strongest|warmest|hottest|coldest|wettest|driest|fastest|slowest|sharpest|steepest|busiest|longest|shortest|cheapest|deadliest)(?![\p{L}])[^.;,]*$/iu.test(
    lead,
  );
}

/**
 * Reads an article's text into a draft dossier of the dated events it states, for review and
 * then `chronicle import` (docs/design.md, How capture reads dates). Pure: the day and anything
 * known from a store come in `context`.
 */
export function captureText(request: CaptureRequest, context: CaptureContext): CaptureDraft {
  checkCaptureRequest(request);
  const { text } = request;
  const lang: Lang = request.lang === 'en' || request.lang === 'es' ? request.lang : detectLanguage(text);
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs, lang);
  const found = findMentions(text, lang);
  const skipped: Skip[] = [...found.skipped];
  const byline = bylineMention(text, paragraphs, found.mentions);
  const header = new Set(headerDates(text, paragraphs, found.mentions));
  const headline = headlineOf(text, paragraphs);
  const mentions = found.mentions.filter((m) => {
    if (m === byline || header.has(m)) {
      skipped.push({ start: m.start, end: m.end, reason: 'the byline date' });
      return false;
    }
    if (headline && m.end <= headline.end) {
      skipped.push({ start: m.start, end: m.end, reason: 'the headline (its events are told in the body)' });
      return false;
    }
    const sentence = holding(sentences, m);
    if (sentence && (hypothetical(text, sentence, m, lang) || conditionalOutcome(text, sentence, m, lang))) {
      skipped.push({ start: m.start, end: m.end, reason: 'a hypothetical ("if …", "whether …"), not an event' });
      return false;
    }
    if (sentence && generalRule(text, sentence, m, lang)) {
      skipped.push({
        start: m.start,
        end: m.end,
        reason: 'a general rule or possibility ("must … within 21 days of"), not an event',
      });
      return false;
    }
    if (sentence && condition(text, sentence, m, lang)) {
      skipped.push({
        start: m.start,
        end: m.end,
        reason: 'a condition on who is concerned ("anyone who …"), not an event',
      });
      return false;
    }
    if (presentRole(text, m)) {
      skipped.push({ start: m.start, end: m.end, reason: 'a role held now (", hoy diputada local,"), not an event' });
      return false;
    }
    if (comparison(text, m, lang)) {
      skipped.push({ start: m.start, end: m.end, reason: 'a comparison ("the first time since 2015"), not an event' });
      return false;
    }
    return true;
  });
  const fromByline = byline?.reading.kind === 'calendar' ? byline.reading : null;
  const bylineEdtf =
    fromByline && fromByline.year !== null && fromByline.month !== null && fromByline.day !== null
      ? `${String(fromByline.year).padStart(4, '0')}-${String(fromByline.month).padStart(2, '0')}-${String(fromByline.day).padStart(2, '0')}`
      : null;
  const publishedOn = request.publishedOn ?? context.knownSource?.publishedOn ?? bylineEdtf;
  const publishedOnFrom = request.publishedOn
    ? 'request'
    : context.knownSource?.publishedOn
      ? 'store'
      : bylineEdtf
        ? 'byline'
        : 'none';
  let storeIndex: FactIndex | null = null;
  const storeFacts = (): FactIndex => {
    if (storeIndex) return storeIndex;
    storeIndex = new FactIndex();
    for (const f of context.knownFacts?.() ?? []) {
      const date = dateOf(f.when);
      if (date) storeIndex.add({ id: f.id, date, stems: stemsOf(f.summary), summary: f.summary, order: -1 });
    }
    return storeIndex;
  };
  const narrative: Narrative = {
    lang,
    publication: publishedOn ? (dateOf(publishedOn.trim()) ?? null) : null,
    today: dayNumber(context.today),
    reference: null,
    referenceParagraph: 0,
    referenceStated: false,
    referenceEnd: 0,
    referenceForward: false,
    yearFrame: null,
    lastDay: null,
    facts: [],
    index: new FactIndex(),
    datedDays: new Map(),
    storeIndex: storeFacts,
    quotes: new QuoteMarks(text),
  };
  const ids = new Set<string>();
  const taken = {
    has: (id: string) => ids.has(id) || (context.factExists?.(id) ?? false),
    add: (id: string) => void ids.add(id),
    numbered: new Map<string, number>(),
  };
  const events = readEvents(text, lang, sentences, mentions, narrative, taken);
  const actors = indexActors(text, lang, context.knownActors ?? []);
  return draftOf({
    text,
    lang,
    request,
    paragraphs,
    events,
    actors,
    skipped: skipped.sort((a, b) => a.start - b.start),
    publishedOn,
    publishedOnFrom,
    knownSource: context.knownSource ?? null,
    traceActors: context.traceActors,
  });
}
