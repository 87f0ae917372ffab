import type { ActorIndex, ActorMention } from './actorIndex.ts';
import { droppedSubject, impliedActors, type Reference } from './coreference.ts';
import type { Lang } from './lexicon.ts';
import { inLaterClause, participantsIn } from './participants.ts';
import { quoteSpeaker } from './quoteSpeakers.ts';
import { inside, type TextSpan } from './textSpans.ts';

/** Where a name stands in the clause that names it. */
export type Place = 'subject' | 'object' | 'preposition' | 'agent' | 'possessor';

/** Where a proposed actor came from: its place in the clause or sentence that names it, a reference back, or a quotation's speaker. */
export type ActorSource = Place | Reference | 'speaker';

/** An actor proposed for an event, with where it came from and whether the event's own clause holds it. */
export interface SourcedActor extends ActorMention {
  readonly from: ActorSource;
  readonly inClause: boolean;
}

/** "by the council", "por la Fiscalía": the agent of a passive verb. */
const AGENT = /(?:^|[^\p{L}])(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?$/iu;
/** A preposition, with an article or a possessive, just before the name. */
const PREPOSITION =
  /(?:^|[^\p{L}])(?:of|in|at|on|for|with|from|to|against|into|over|under|about|between|among|after|before|during|including|like|via|de|del|en|con|para|a|al|contra|sobre|entre|ante|tras|desde|hacia|según)\s+(?:(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+)?$/iu;
/** Two names joined by a comma or a conjunction share their place ("Ana Ruiz and Tomás Gil filed"). */
const LISTED = /^\s*(?:,|,?\s+(?:and|or|y|e|o))\s+(?:(?:the|el|la|los|las)\s+)?$/iu;

/** The place of each of `named` (in text order) in `span`: the first name outside a prepositional phrase is the subject. */
function placesOf(text: string, span: TextSpan, named: readonly ActorMention[]): Place[] {
  const places: Place[] = [];
  let subject = false;
  named.forEach((m, i) => {
    const lead = text.slice(Math.max(span.start, m.start - 40), m.start);
    const previous = named[i - 1];
    let place: Place;
    if (/^['’]s?(?![\p{L}])/u.test(text.slice(m.end, m.end + 2))) place = 'possessor';
    else if (previous && LISTED.test(text.slice(previous.end, m.start))) place = places[i - 1] as Place;
    else if (AGENT.test(lead)) place = 'agent';
    else if (PREPOSITION.test(lead)) place = 'preposition';
    else place = subject ? 'object' : 'subject';
    if (place === 'subject') subject = true;
    places.push(place);
  });
  return places;
}

/**
 * The actors of an event, named or implied, each with where it came from: a clause that names none
 * takes those its sentence names, and those the rest of the sentence implies ("In a statement on
 * April 4, the company said …"); a Spanish sentence that names no one and opens with its verb, the
 * subject the sentence before names; a date in quoted words, their speaker too.
 */
export function eventActors(
  text: string,
  lang: Lang,
  event: { clause: TextSpan; sentence: TextSpan; at: number },
  index: ActorIndex,
): SourcedActor[] {
  const { clause, sentence } = event;
  const own = participantsIn(text, inside(index.mentions, clause), sentence, index);
  // A clause that names no one takes the names of its sentence, but not those of a later clause joined to it.
  const inSentence = inside(index.mentions, sentence).filter((m) => !inLaterClause(text, clause, m));
  const inClause = own.length > 0;
  const named = inClause ? own : participantsIn(text, inSentence, sentence, index);
  const places = placesOf(text, inClause ? clause : sentence, named);
  const hasPerson = named.some((m) => index.actors.get(m.actorId)?.kind === 'person');
  const implied = impliedActors(text, clause, index, hasPerson).map((m) => ({ ...m, inClause: true }));
  if (!inClause && clause.end < sentence.end)
    implied.push(
      ...impliedActors(text, { start: clause.end, end: sentence.end }, index, hasPerson).map((m) => ({
        ...m,
        inClause: false,
      })),
    );
  const speaker = quoteSpeaker(text, event.at, index);
  const found: SourcedActor[] = [
    ...named.map((m, i) => ({ ...m, from: places[i] as Place, inClause })),
    ...implied,
    ...(speaker ? [{ ...speaker, from: 'speaker' as const, inClause: false }] : []),
  ];
  if (found.length > 0 || lang !== 'es') return found;
  return droppedSubject(text, sentence, index).map((m) => ({ ...m, inClause: false }));
}
