import type { ActorIndex, ActorMention } from './actorTypes.ts';
import type { ActorKind } from './actorKinds.ts';
import { BODY_NOUNS, BUSINESS_NOUNS, GROUP_NOUNS } from './nameContext.ts';
import { isPlaceName } from './actorKinds.ts';
import { genderOfPronoun } from './genders.ts';
import { introducesName } from './introducedNames.ts';
import { headNoun, PLACE_WORDS } from './nameParts.ts';
import { firstFrom, inside, type TextSpan } from './textSpans.ts';

/**
 * Actors a clause names without their names: "he" / "she" / "him" is the last person the text
 * named, when the clause names no person, and so is "the 61-year-old"; "it recalled", "it said" the
 * last organisation, when the clause names none; "the judge", "the former mayor",
 * "el exedil", "el ministro" the last person named just
 * after that role word ("el mandatario" a governor's or president's); "the agency", "the council",
 * "la empresa" the last actor named with that word in its name or in an appositive ("Valewood
 * Health, the clinic network" … "the network"), else a company noun the last company and "la
 * dependencia" the public body named most; "the creamery", "la federación" the organisation whose
 * name that noun heads; "the two companies" the last two, "Ambos" / "Both" the last two people; a
 * sentence opening with "He" / "She" the last person even when it names another; a sentence opening with
 * "Its board" / "Su junta" the organisation the sentence before opened with (a body named only as the possessor
 * of anything else, "the company's lawyers", "Its chair, Ruth Pabst", takes no part); a clause joined by "and" without a subject of
 * its own the sentence's first actor.
 */

/** A pronoun that may be a clause's subject, or the possessive that opens it ("Her last sitting"). */
const SUBJECT = /(?:^|[^\p{L}])(?:he|she|él|ella)(?![\p{L}])/iu;
const PRONOUN = /(?:^|[^\p{L}])(?:he|she|him|él|ella|the\s+\d{1,3}-year-old)(?![\p{L}])/iu;
/** "it" as the subject of a verb that an organisation does ("it recalled", "it said"), not "it was" / "it is". */
const IT =
  /(?:^|[^\p{L}])it\s+(?:\p{Ll}+ed|said|says|told|will|would|could|can|has|had|plans|wants|expects|paid|sent|sold|bought|won|lost|took|gave|began|became|made|kept|left|met|spent|cut|held|put|brought|filed|sued)(?![\p{L}])/iu;
const NAMED_WORDS =
  'agency|council|authority|department|ministry|committee|board|court|commission|office|hospital|club|party|embassy|team|government|police|university|institute|union|unit|equipo|club|gobierno|policía|universidad|instituto|sindicato|tribunal|ayuntamiento|fiscalía|secretaría|ministerio|comisión|audiencia|agencia|unidad|congreso|auditoría|órgano|comité|consejo';
const GENERIC = new RegExp(
  `(?:^|[^\\p{L}])(?:the|la|el|esa|ese|dicha|dicho|del|al|this|that|esta|este)\\s+(?:(?:state|county|city|federal|regional|local|national|parish|town|district)\\s+)?(${NAMED_WORDS}|${BUSINESS_NOUNS}|${BODY_NOUNS}|${GROUP_NOUNS})(?![\\p{L}])`,
  'giu',
);
const HEAD_REF =
  /(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(?:[Tt]he|[Ll]a|[Ee]l|[Aa]l|[Tt]his|[Tt]hat|[Ee]sta|[Ee]ste)\s+(\p{Ll}{4,})(?![\p{L}'’])/gu;
const BUSINESS = new RegExp(`^(?:${BUSINESS_NOUNS})$`, 'u');
const PUBLIC = /^(?:dependencia|organismo|regulator|watchdog|regulador|instancia)$/u;
const OPENING_PRONOUN = /^\s*(?:He|She|Él|Ella)\s/u;
const BOTH =
  /^\s*(?:Ambos|Ambas|Both)\s+(?!(?:companies|firms|groups|banks|sides|empresas|compañías|firmas)(?![\p{L}]))\p{Ll}/u;
const TWO =
  /(?:^|[^\p{L}])(?:the\s+two|both)\s+(?:companies|firms|groups|banks)|(?:las\s+dos|ambas)\s+(?:empresas|compañías|firmas)(?![\p{L}])/iu;
const COUNT: Record<string, number> = { three: 3, four: 4, five: 5, tres: 3, cuatro: 4, cinco: 5 };
const GROUP_OF_PEOPLE =
  /^\s*(?:All\s+(three|four|five)|The\s+(?:(three|four|five)\s+(?=(?:were|are|will|have|had|men|women|defendants|executives|officers|directors)(?![\p{L}])))|(?:Los|Las|Todos\s+los|Todas\s+las)\s+(tres|cuatro|cinco)\s+(?=(?:fueron|serán|son|están|deberán|\p{Ll}+aron|\p{Ll}+rán)(?![\p{L}])))/u;
const COORDINATED = /\S(?:,?\s+(?:and|y|e)|,)\s*$/u;
const VERB_FIRST =
  /^\s*(?!(?:the|a|an|its|his|her|their|it|he|she|they|we|who|whom|whose|which|that|where|when|while|but|or|nor|as|after|before|since|until|in|on|at|by|for|from|with|to|of|according|including|el|la|los|las|lo|un|una|su|sus|se|él|ella|ellos|que|quien|quienes|cuyo|cuya|donde|cuando|mientras|pero|o|en|con|por|para|desde|según|tras|a|de|del|al|y|e|hasta|sin|ante|como|aunque|más|muy|no|not)(?![\p{L}]))\p{Ll}/u;
/** "Its board voted", "Su junta directiva aprobó": a body acts through its board, not through its other possessions. */
const ITS = /^\s*(?:Its|Their|Su|Sus)\s+(?:board|directors|junta|consejo)(?![\p{L}])/u;
/** "the company's lawyers", "the authority's executive director": the body owns what acts, unless that is its board. */
const POSSESSED = /^['’]s\s+(?!(?:board|directors)(?![\p{L}]))/u;
/** "the judge", "el ministro", "la alcaldesa": a role word that names a person the text introduced with it. */
const ROLE =
  /(?:^|[^\p{L}])(?:the|el|la|del|al)\s+(?:(?:former|new|then|acting|interim|outgoing|late|state|county|city|district|nuevo|nueva|actual)\s+)?(?:ex-?)?(judge|minister|mayor|governor|senator|auditor|prosecutor|coroner|coach|manager|chairman|chairwoman|chief\s+executive|juez|jueza|ministr[oa]|alcalde(?:sa)?|gobernador(?:a)?|senador(?:a)?|fiscal|entrenador(?:a)?|president[ea]|secretari[oa]|subsecretari[oa]|director(?:a)?|consejer[oa]|magistrad[oa]|titular|auditor(?:a)?|mandatari[oa]|edil|funcionari[oa])(?![\p{L}])/giu;
/** Role words that stand for others: "el mandatario" is the governor or the president named before. */
const STANDS_FOR: Record<string, readonly string[]> = {
  mandat: ['gobern', 'presid'],
  edil: ['alcald', 'edil'],
  // "el funcionario": any person named before.
  funcio: [''],
};
const stemOfRole = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').slice(0, 6);

/** How a clause came to name an actor it does not name by name. */
export type Reference =
  | 'pronoun'
  | 'role-word'
  | 'common-noun'
  | 'head-noun'
  | 'it'
  | 'both'
  | 'group'
  | 'two-firms'
  | 'shared-subject'
  | 'its-board'
  | 'dropped-subject';

/** An actor a clause implies, with the kind of reference that implies it. */
export interface ImpliedActor extends ActorMention {
  readonly from: Reference;
  /** The words that refer to it ("the agency", "she"). */
  readonly ref: TextSpan;
}

/** The words a match of a pattern that opens with `(?:^|[^\p{L}])` holds, in the text. */
const wordsOf = (from: number, match: RegExpExecArray | RegExpMatchArray): TextSpan => ({
  start: from + (match.index as number) + (/^[^\p{L}]/u.test(match[0]) ? 1 : 0),
  end: from + (match.index as number) + match[0].length,
});

export function impliedActors(text: string, span: TextSpan, index: ActorIndex, hasPerson: boolean): ImpliedActor[] {
  const body = text.slice(span.start, span.end);
  // The last few hundred names before the clause are enough to look back through.
  const upTo = firstFrom(index.mentions, span.start);
  const earlier = index.mentions.slice(Math.max(0, upTo - 300), upTo).filter((m) => m.end <= span.start);
  const latest = [...earlier].reverse();
  const kindOf = (m: ActorMention): ActorKind | undefined => index.actors.get(m.actorId)?.kind;
  const out: ImpliedActor[] = [];
  const add = (
    m: ActorMention | undefined,
    from: Reference,
    ref: TextSpan = { start: span.start, end: span.start },
  ) => {
    if (m && !out.some((o) => o.actorId === m.actorId)) out.push({ ...m, from, ref });
  };
  // "He gave $4,500 to … Raymond Castell": a sentence that opens with "he" / "she" is about the last
  // person named before it, even when it names another after its verb.
  const opening = OPENING_PRONOUN.test(body) && span.start === sentenceStart(text, span.start);
  const early = SUBJECT.exec(body);
  const pronoun =
    early && subjectFirst(text, span, early.index, index) ? early : !hasPerson || opening ? PRONOUN.exec(body) : null;
  if (pronoun) {
    // "she" told by the narrator is someone the narrator named: a person named only inside a quotation
    // ("Mrs Pritchard. I have never forgotten her.") is the speaker's, not the narrator's.
    const quotedPronoun = index.quotes.insideQuote(span.start + pronoun.index + pronoun[0].length);
    // "she" skips the men named since, "he" the women, when a title or the first name says so.
    const gender = genderOfPronoun(pronoun[0].replace(/^[^\p{L}]/u, ''));
    add(
      latest.find((m) => {
        const actor = index.actors.get(m.actorId);
        if (actor?.kind !== 'person' || (!quotedPronoun && index.quotes.insideQuote(m.start))) return false;
        return !gender || !actor.gender || actor.gender === gender;
      }),
      'pronoun',
      wordsOf(span.start, pronoun),
    );
  }
  const named = inside(index.mentions, span).filter((m) => kindOf(m) === 'person');
  for (const match of body.matchAll(ROLE)) {
    const at = span.start + match.index + match[0].length;
    // A role word that introduces the name after it ("El titular de la dependencia, Rodrigo Fuentes") refers to no one before.
    if (named.some((m) => m.start >= at && m.start - at <= 60)) continue;
    const role = stemOfRole(match[1] as string);
    const stems = STANDS_FOR[role] ?? [role];
    // The person whose name follows the role word in the same sentence ("Judge Harriet Osei", "el ministro de Economía, Luis Gil").
    add(
      latest.find((m) => {
        if (kindOf(m) !== 'person') return false;
        const lead = text.slice(Math.max(0, m.start - 50), m.end).toLowerCase();
        const i = Math.max(...stems.map((s) => lead.lastIndexOf(s)));
        return i >= 0 && !/[.!?]["”’]?\s/u.test(lead.slice(i));
      }),
      'role-word',
      wordsOf(span.start, match),
    );
  }
  for (const match of body.matchAll(GENERIC)) {
    const after = body.slice((match.index as number) + match[0].length);
    // A capitalised word that begins a longer name ("la Secretaría de la Función Pública") is no
    // reference back, nor is a noun just before a name ("la constructora Grupo Pétreo"); "the Authority" alone is.
    if (
      /^\p{Lu}/u.test(match[1] as string) &&
      /^\s+(?:(?:of|for|de|del|para)\s+(?:the\s+|la\s+|el\s+)?)?\p{Lu}/u.test(after)
    )
      continue;
    if (/^\s+\p{Lu}/u.test(after) || POSSESSED.test(after)) continue;
    if (introducesName(text, span.start + (match.index as number) + match[0].length, index)) continue;
    const word = (match[1] as string).toLowerCase();
    const named = latest.find((m) => {
      const actor = index.actors.get(m.actorId);
      if (!actor) return false;
      return actor.name.toLowerCase().split(/\s+/).includes(word) || (index.nouns.get(m.actorId)?.has(word) ?? false);
    });
    const ref = wordsOf(span.start, match);
    if (named) add(named, 'common-noun', ref);
    else if (BUSINESS.test(word))
      add(
        latest.find((m) => kindOf(m) === 'company') ?? latest.find((m) => kindOf(m) === 'organization'),
        'common-noun',
        ref,
      );
    else if (PUBLIC.test(word))
      add(mostNamed(latest.filter((m) => kindOf(m) === 'government-body')), 'common-noun', ref);
  }
  // "Vallmoor Creamery … the creamery", "Federación de Balonmano … la federación": the noun that
  // heads an organisation's name, in lower case, is that organisation. Not after a place preposition ("in the district"), nor as a possessive
  // ("the district's website"), which names someone else.
  for (const match of body.matchAll(HEAD_REF)) {
    const word = match[2] as string;
    if (PLACE_WORDS.has((match[1] ?? '').toLowerCase())) continue;
    if (/^\s+\p{Lu}/u.test(body.slice((match.index as number) + match[0].length))) continue;
    add(
      latest.find((m) => {
        const actor = index.actors.get(m.actorId);
        if (!actor || actor.kind === 'person' || actor.kind === 'country' || isPlaceName(actor.name)) return false;
        return headNoun(actor.name) === word;
      }),
      'head-noun',
      {
        start: span.start + (match.index as number) + match[0].search(/\p{L}+\s+\p{Ll}{4,}$/u),
        end: span.start + (match.index as number) + match[0].length,
      },
    );
  }
  // "it" stands for the last organisation when the clause names none, by name or by a noun ("the
  // government said it would"), and has no "he" / "she".
  const bodies = inside(index.mentions, span).filter((m) => kindOf(m) !== 'person');
  const noun = [...body.matchAll(GENERIC)].some((m) => /^\p{Ll}/u.test(m[1] as string));
  const it = IT.exec(body);
  if (it && ((bodies.length === 0 && !noun && !PRONOUN.test(body)) || subjectFirst(text, span, it.index, index)))
    add(
      latest.find((m) => kindOf(m) !== 'person' && kindOf(m) !== 'country'),
      'it',
    );
  // "Ambos fueron trasladados", "Both were charged": the last two people named.
  if (BOTH.test(body) && span.start === sentenceStart(text, span.start)) {
    const people = latest.filter((m) => kindOf(m) === 'person');
    for (const m of people.filter((m, i) => people.findIndex((p) => p.actorId === m.actorId) === i).slice(0, 2))
      add(m, 'both');
  }
  // "All three will be arraigned", "Los tres fueron detenidos": the last three (four, five) people named.
  const group = GROUP_OF_PEOPLE.exec(body);
  if (group && span.start === sentenceStart(text, span.start)) {
    const people = latest.filter((m) => kindOf(m) === 'person');
    const distinct = people.filter((m, i) => people.findIndex((p) => p.actorId === m.actorId) === i);
    const n = COUNT[(group[1] ?? group[2] ?? group[3] ?? '').toLowerCase()] ?? 0;
    if (distinct.length >= n) for (const m of distinct.slice(0, n)) add(m, 'group');
  }
  if (TWO.test(body)) {
    const firms = latest.filter((m) => kindOf(m) === 'company' || kindOf(m) === 'organization');
    const two = firms.filter((m, i) => firms.findIndex((f) => f.actorId === m.actorId) === i).slice(0, 2);
    for (const m of two) add(m, 'two-firms');
  }
  // "… and joined the Pilotage Service in 1958", "El Sotavento, fundado en 1923, celebró …": a clause
  // after "and" or a comma that opens with its verb shares the subject the sentence opened with.
  const from = sentenceStart(text, span.start);
  if (COORDINATED.test(text.slice(from, span.start)) && VERB_FIRST.test(body)) {
    const subject = earlier.find((m) => m.start >= from);
    if (subject) add(subject, 'shared-subject');
    else for (const m of impliedActors(text, { start: from, end: span.start }, index, hasPerson)) add(m, m.from, m.ref);
  }
  if (ITS.test(body) && /(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(Math.max(0, span.start - 3), span.start))) {
    add(
      earlier.find((m) => m.start >= previousSentenceStart(text, span.start) && kindOf(m) !== 'person'),
      'its-board',
    );
  }
  return out;
}

/**
 * "On 7 February, she emailed Aske", "By June he had left", "Her last sitting was", "It applied to
 * the SELO": a pronoun within the first six words of the clause, before any name in it, is its subject.
 */
function subjectFirst(text: string, span: TextSpan, at: number, index: ActorIndex): boolean {
  const lead = text.slice(span.start, span.start + at + 1);
  if (lead.trim().split(/\s+/).length > 6) return false;
  return inside(index.mentions, { start: span.start, end: span.start + at + 1 }).length === 0;
}

/** The actor named most often among `mentions` (the latest first on a tie): the body a story is about. */
function mostNamed(mentions: readonly ActorMention[]): ActorMention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
  let best: ActorMention | undefined;
  for (const m of mentions) if (!best || (counts.get(m.actorId) ?? 0) > (counts.get(best.actorId) ?? 0)) best = m;
  return best;
}

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 800), at);
  const ends = [...before.matchAll(/[.!?]["”’]?\s+|\n\s*\n/gu)];
  const last = ends.at(-1);
  return Math.max(0, at - 800) + (last ? (last.index as number) + last[0].length : 0);
}

/** Where the sentence before the one starting at `at` starts. */
function previousSentenceStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 800), at).replace(/[.!?]["”’]?\s*$/u, '');
  const ends = [...before.matchAll(/[.!?]["”’]?\s+|\n\s*\n/gu)];
  const last = ends.at(-1);
  return Math.max(0, at - 800) + (last ? (last.index as number) + last[0].length : 0);
}

/** A Spanish sentence that opens with its verb, after an optional connector ("Detalló que …", "Además, informó que …"). */
const PRO_DROP =
  /^\s*(?:(?:Asimismo|Además|También|Luego|Después|Posteriormente|Por\s+su\s+parte|En\s+tanto|Sin\s+embargo),?\s+)?(?:[Ss]e\s+)?\p{L}\p{Ll}+(?:ó|aron|ió|ieron|uvo|izo|ijo)\s/u;

/**
 * The subject a Spanish sentence leaves out: one that opens with its verb ("Detalló que el 3 de
 * mayo …") and names no one is about the first actor the sentences before it name.
 */
export function droppedSubject(text: string, sentence: TextSpan, index: ActorIndex): ImpliedActor[] {
  if (!PRO_DROP.test(text.slice(sentence.start, sentence.end))) return [];
  // Back through as many as three sentences that leave it out too ("Detalló … Además, precisó …").
  let end = sentence.start;
  for (let back = 0; back < 3 && end > 0; back += 1) {
    const from = previousSentenceStart(text, end);
    const [first] = inside(index.mentions, { start: from, end });
    if (first) return [{ ...first, from: 'dropped-subject', ref: { start: sentence.start, end: sentence.start } }];
    end = from;
  }
  return [];
}
