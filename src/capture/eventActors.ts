import type { ActorIndex, ActorMention } from './actorTypes.ts';
import { droppedSubject, impliedActors, type ImpliedActor, type Reference } from './coreference.ts';
import type { Lang } from './lexicon.ts';
import { inLaterClause, participantsIn } from './participants.ts';
import { SAYING } from './nameContext.ts';
import { quoteSpeaker } from './quoteSpeakers.ts';
import { firstFrom, inside, type TextSpan } from './textSpans.ts';

/** Where a name stands in the clause that names it. */
export type Place = 'subject' | 'object' | 'preposition' | 'agent' | 'possessor';

/** Where a proposed actor came from: its place in the clause or sentence that names it, a reference back, or a quotation's speaker. */
export type ActorSource = Place | Reference | 'speaker';

/** An actor proposed for an event, with where it came from and whether the event's own clause holds it. */
export interface SourcedActor extends ActorMention {
  readonly from: ActorSource;
  /** Where it, or the words that refer to it, stand in the clause (or the sentence). */
  readonly place: Place;
  readonly inClause: boolean;
}

/** "by the council", "por la Fiscalía": the agent of a passive verb. */
const AGENT = /(?:^|[^\p{L}])(?:by|por)\s+(?:(?:the|el|la|los|las)\s+)?$/iu;
/** A preposition, with an article or a possessive, just before the name. */
const PREPOSITION =
  /(?:^|[^\p{L}])(?:of|in|at|on|for|with|from|to|against|into|over|under|about|between|among|after|before|during|including|like|via|de|del|en|con|para|a|al|contra|sobre|entre|ante|tras|desde|hacia|según)\s+(?:(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+)?$/iu;
/** Two names joined by a comma or a conjunction share their place ("Ana Ruiz and Tomás Gil filed"). */
const LISTED = /^\s*(?:,|,?\s+(?:and|or|y|e|o))\s+(?:(?:the|el|la|los|las)\s+)?$/iu;

/**
 * The place of words at `start`..`end` in `span`: before "'s" the possessor, after "by" the agent, after another
 * preposition in a prepositional phrase, else the subject unless `subject` (a subject before it) makes it an object.
 */
function placeAt(text: string, span: TextSpan, start: number, end: number, subject: boolean): Place {
  const lead = text.slice(Math.max(span.start, start - 40), start);
  if (/^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 2))) return 'possessor';
  if (AGENT.test(lead)) return 'agent';
  if (PREPOSITION.test(lead)) return 'preposition';
  return subject ? 'object' : 'subject';
}

/** The place of each of `named` (in text order) in `span`: names listed together share theirs. */
function placesOf(text: string, span: TextSpan, named: readonly ActorMention[]): Place[] {
  const places: Place[] = [];
  named.forEach((m, i) => {
    const previous = named[i - 1];
    places.push(
      previous && LISTED.test(text.slice(previous.end, m.start))
        ? (places[i - 1] as Place)
        : placeAt(text, span, m.start, m.end, places.includes('subject')),
    );
  });
  return places;
}

/**
 * Whether a reference back is proposed, where such chips are right more often than wrong across the dev set's writers
 * (docs/capture.md, "Which chips are proposed"): "the agency", "she", "the mayor" only outside a prepositional phrase
 * and before the clause's subject; never "it" or a noun that heads a name ("the creamery").
 */
function proposed(a: SourcedActor): boolean {
  if (a.from === 'it' || a.from === 'head-noun') return false;
  return a.place !== 'preposition' && a.place !== 'object';
}

/** A verb of saying that closes an attribution set off by commas: ", he said,", ", the company said." */
const ATTRIBUTION = new RegExp(`^\\s+(?:(?:also|later)\\s+)?(?:${SAYING})(?![\\p{L}])\\s*(?:[,.;]|$)`, 'u');

/** References that may stand for a speaker in an attribution. */
const ATTRIBUTING: ReadonlySet<ActorSource> = new Set(['pronoun', 'common-noun']);

/**
 * Whether a "he" / "she", or a noun that refers back ("the company", "the council"), only attributes the words around
 * it, set off by commas ("The company had spent £2 million on the site in the third quarter, she said", "Within a
 * week of the listing, he said, two European collectors … had asked about it", "Two ambulances … arrived in the
 * summer, the council said"): the speaker is no actor of what those words tell, unless they hold the pronoun again
 * ("On the last night, she said, she went home"). A speaker named by name stays.
 */
function onlyAttributes(text: string, r: PlacedReference, clause: TextSpan): boolean {
  if (!ATTRIBUTING.has(r.from) || !/[^"”’»],\s*$/u.test(text.slice(Math.max(0, r.ref.start - 3), r.ref.start)))
    return false;
  const verb = ATTRIBUTION.exec(text.slice(r.ref.end, r.ref.end + 30));
  if (!verb) return false;
  const rest = text.slice(clause.start, r.ref.start) + text.slice(r.ref.end + verb[0].length, clause.end);
  return !SPEAKER_AGAIN.test(rest);
}

/** "in", "at", "on", "en" with an article or a possessive just before a name: where the event happened. */
const WHERE = /(?:^|[^\p{L}])(?:in|at|on|en)\s+(?:(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+)?$/iu;
/** "a stake in", "shares in", "acciones en": the name after it is the firm owned, which takes part. */
const OWNED =
  /(?:^|[^\p{L}])(?:stakes?|shares?|holdings?|interests?|investments?|participación|acciones)\s+(?:in|en)\s+(?:the\s+)?$/iu;
/** Whether the words `lead` just before `m` make it the place an event happened: "in", "at", "on", not before a company or a firm a stake is held in. */
const saysWhere = (lead: string, m: ActorMention, index: ActorIndex): boolean =>
  WHERE.test(lead) && !OWNED.test(lead) && index.actors.get(m.actorId)?.kind !== 'company';

/** A relative pronoun or a source cited opening a clause. */
const OPENS_OWN =
  /^\s*(?:which|who|whom|whose|that|where|when|que|quien|quienes|cuyo|cuya|donde|cuando|according\s+to|según|de\s+acuerdo\s+con)(?![\p{L}])/iu;

/** "of", "de", "del" with an article just before a name. */
const OF = /(?:^|[^\p{L}])(?:of|de|del)\s+(?:(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+)?$/iu;

/** A verb of saying after a name, past an appositive set off by commas ("Alhaji Yakubu, its chairman, said"). */
const SAYS = new RegExp(
  `^(?:,\\s[^,.;:"“”]{1,80},)?\\s+(?:(?:\\p{L}+ly|also|later|then|has|had|have)\\s+)?(?:${SAYING})(?![\\p{L}])`,
  'u',
);

/** A personal pronoun, which may be the speaker again in the words reported ("said he had written"). */
const SPEAKER_AGAIN = /(?:^|[^\p{L}])(?:he|she|they|we|i|él|ella|ellos|ellas|nosotros)(?![\p{L}])/iu;

/**
 * Whether `m`, the first name of a sentence whose event clause names no one, only reports the event: a verb of saying
 * follows it, the event's date stands after that verb, and the words it reports name someone else and hold no
 * personal pronoun that may be the speaker again ("Alhaji Yakubu said the Coalition wrote … and again on June 18",
 * "Hugo Tejeda informó que el Ministerio de Hacienda liberó … y que la obra se reanudará en octubre").
 */
function onlyReports(text: string, m: ActorMention, at: number, named: readonly ActorMention[]): boolean {
  const verb = SAYS.exec(text.slice(m.end, m.end + 120));
  if (!verb) return false;
  const said = m.end + verb[0].length;
  return (
    said <= at &&
    !SPEAKER_AGAIN.test(text.slice(said, at)) &&
    named.some((n) => n.actorId !== m.actorId && n.start >= said)
  );
}

/** A name that takes part, with its place and whether it is the first such name of its clause or sentence. */
interface Named {
  readonly mention: ActorMention;
  readonly place: Place;
  readonly first: boolean;
}

/**
 * Whether a name of the clause (or of its sentence, when the clause names none) is proposed, where such chips are
 * right more often than wrong across the dev set's writers (docs/capture.md, "Which chips are proposed"): not a name
 * after "in", "at", "on" or "en", which says where the event happened ("in the Harrow Crown Court", "at St
 * Ann's Church"), save a company's ("executives at Corvane Logistics") or a firm a stake is held in; and, of a sentence whose event clause names no one, not a passive's agent, not a name after "of" / "de",
 * and not its subject when another of its names stands before it (`first` is false).
 */
function proposedName(text: string, span: TextSpan, named: Named, inClause: boolean, index: ActorIndex): boolean {
  const { mention, place, first } = named;
  const lead = text.slice(Math.max(span.start, mention.start - 40), mention.start);
  if (place === 'preposition' && saysWhere(lead, mention, index)) return false;
  if (inClause) return true;
  if (place === 'agent' || (place === 'subject' && !first)) return false;
  return !(place === 'preposition' && OF.test(lead));
}

/** A relative pronoun that is its clause's subject: its verb follows it, not a subject of its own ("which classified", "quien lo revendió"). */
const RELATIVE_SUBJECT =
  /^(?:which|who|quien|quienes|que|el\s+cual|la\s+cual)\s+(?!(?:the|a|an|this|its|his|her|their|el|la|los|las|un|una|su|sus|este|esta)\s)\p{Ll}/u;

/**
 * An appositive's noun phrase in lower case before its relative pronoun ("a 34-year-old sewing operator who", "the
 * Denver-based company that", "la entidad que"; a capitalised word only before a hyphen): the pronoun stands for the name the appositive follows.
 */
const APPOSED_NOUN =
  /^(?:a|an|the|un|una|el|la|los|las)\s+(?:(?:[\p{Ll}\d][\p{L}\d'’-]*|\p{Lu}\p{Ll}+-\p{Ll}+)\s+){0,5}(?=(?:who|that|which|que|quien|quienes)\s)/u;

/**
 * The name a clause opened by a relative pronoun is about: the one set off by a comma just before it ("a laboratory at
 * Arizona State University, which classified the meteorite as an L6 ordinary chondrite in January", "una compradora,
 * Yudelka Pimentel, quien lo revendió al año siguiente").
 */
function antecedent(text: string, clause: TextSpan, index: ActorIndex): ActorMention | undefined {
  const opening = text.slice(clause.start, clause.start + 80);
  const noun = APPOSED_NOUN.exec(opening)?.[0].length ?? 0;
  // After an appositive's noun, "that" is a relative pronoun too ("the Denver-based company that has run …").
  const pronoun = opening.slice(noun).replace(noun > 0 ? /^that(?=\s)/u : /^$/u, 'which');
  if (!RELATIVE_SUBJECT.test(pronoun)) return undefined;
  const before = index.mentions[firstFrom(index.mentions, clause.start) - 1];
  return before && before.end <= clause.start && /^\s*,\s*$/u.test(text.slice(before.end, clause.start))
    ? before
    : undefined;
}

/** The names an event's clause (or, when it names none, its sentence) holds, with their places, and the references back its clause makes, placed. */
function namedAndReferred(text: string, event: { clause: TextSpan; sentence: TextSpan }, index: ActorIndex) {
  const { clause, sentence } = event;
  const about = antecedent(text, clause, index);
  const own = [...(about ? [about] : []), ...participantsIn(text, inside(index.mentions, clause), sentence, index)];
  // A clause that names no one takes the names of its sentence, but not those of a later clause joined to it.
  const inSentence = inside(index.mentions, sentence).filter((m) => !inLaterClause(text, clause, m));
  // A clause whose only names say where it happened ("…, filed for insolvency at the Riga City Court") names no one,
  // unless a relative pronoun or a source cited opens it: it is about a noun of its own ("the funeral, which will be
  // held at St Ann's Church", "according to a reply tabled in the Assembly").
  const inClause = OPENS_OWN.test(text.slice(clause.start, clause.start + 24))
    ? own.length > 0
    : own.some(
        (m) =>
          m === about ||
          !saysWhere(text.slice(Math.max(clause.start, m.start - 40), m.start), m, index) ||
          /^['’]/u.test(text.slice(m.end, m.end + 1)),
      );
  const named = inClause ? own : participantsIn(text, inSentence, sentence, index);
  const span = inClause ? clause : sentence;
  const places = placesOf(text, span, named);
  const hasPerson = named.some((m) => index.actors.get(m.actorId)?.kind === 'person');
  /** The place of a reference: in a prepositional phrase, or after the subject the clause names (an object). */
  const placed = (m: ImpliedActor): PlacedReference => {
    const subject = named.some((n, i) => n.end <= m.ref.start && places[i] === 'subject');
    return { ...m, place: placeAt(text, clause, m.ref.start, m.ref.end, subject), inClause: true };
  };
  const references = impliedActors(text, clause, index, hasPerson).map(placed);
  return { named, places, inClause, span, references };
}

/** A reference back, placed, with the words that refer. */
export type PlacedReference = SourcedActor & { readonly ref: TextSpan };

/** Every reference back an event's clause makes, placed, whether or not the chip policy proposes it (the probes' tables). */
export function eventReferences(
  text: string,
  event: { clause: TextSpan; sentence: TextSpan },
  index: ActorIndex,
): PlacedReference[] {
  return namedAndReferred(text, event, index).references;
}

/**
 * The actors of an event, named or implied, each with where it came from: a clause that names none
 * takes those its sentence names (not the references in the rest of the sentence, right less often than wrong);
 * a Spanish sentence that names no one and opens with its verb, the subject the sentence before names; a date in
 * quoted words, their speaker too.
 */
export function eventActors(
  text: string,
  lang: Lang,
  event: { clause: TextSpan; sentence: TextSpan; at: number },
  index: ActorIndex,
): SourcedActor[] {
  const { sentence } = event;
  const { named, places, inClause, span, references } = namedAndReferred(text, event, index);
  const implied = references.filter((r) => proposed(r) && !onlyAttributes(text, r, event.clause));
  const speaker = quoteSpeaker(text, event.at, index);
  const found: SourcedActor[] = [
    ...named
      .map((m, i) => ({ ...m, from: places[i] as Place, place: places[i] as Place, inClause }))
      .filter(
        (m, i) =>
          proposedName(text, span, { mention: m, place: m.place, first: i === 0 }, inClause, index) &&
          (inClause || i > 0 || m.place !== 'subject' || !onlyReports(text, m, event.at, named)),
      ),
    ...implied,
    ...(speaker ? [{ ...speaker, from: 'speaker' as const, place: 'subject' as const, inClause: false }] : []),
  ];
  if (named.length > 0 || found.length > 0 || lang !== 'es') return found;
  return droppedSubject(text, sentence, index).map((m) => ({ ...m, place: 'subject', inClause: false }));
}
