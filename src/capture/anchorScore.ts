import type { FactIndex } from './factIndex.ts';
import type { PriorFact } from './narrative.ts';
import { stemsOf, wordKeysOf } from './stems.ts';

/**
 * The words of a phrase's named anchor, each with its keys, how many of them name the event and
 * which of those are its verb (see {@link namedWords}).
 */
export type NamedWords = readonly (readonly string[])[] & {
  readonly head?: number;
  readonly verbs?: ReadonlySet<number>;
};

/** "by", "por": who did it; "to", "para" before a verb: what for. */
const AGENT = /^(?:by|por)$/iu;
const PURPOSE = /^(?:to|para)$/iu;
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|that|el|la|los|las|un|una|su|sus|este|esta)$/iu;

/**
 * The words of a phrase's named anchor ("the administrators' appointment"), each with its keys, its
 * own stem first; `head`: how many of them name the event, before the words that say who did it
 * ("la asamblea por la Liga de Natación") or what for ("the visit to review every account");
 * `verbs`: the places of its verbs in the past ("the petition was received", "se firmó el
 * contrato"), which say what happened to the thing its other words name.
 */
export const namedWords = (words: string): NamedWords => {
  const all = words.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const cut = all.findIndex(
    (w, i) =>
      i > 1 &&
      (AGENT.test(w) || (PURPOSE.test(w) && !DETERMINER.test(all[i + 1] ?? '') && !/^\p{Lu}/u.test(all[i + 1] ?? ''))),
  );
  const keys = wordKeysOf(words);
  const verbs = new Set<number>();
  let place = 0;
  all.forEach((word, i) => {
    if (wordKeysOf(word).length === 0) return;
    const lower = word.toLowerCase();
    if (PAST.test(lower) && !NOT_BEFORE_A_VERB.test((all[i - 1] ?? '').toLowerCase())) verbs.add(place);
    place += 1;
  });
  return Object.assign(keys, { head: cut < 0 ? keys.length : wordKeysOf(all.slice(0, cut).join(' ')).length, verbs });
};

/** Words before a noun, or "to" before a verb: the word after them is no finite verb ("the fire", "to appoint"). */
const NOT_BEFORE_A_VERB =
  /^(?:the|a|an|its|his|her|their|this|that|our|to|el|la|los|las|un|una|su|sus|del|al|lo|para)$/u;

/** A verb of the past or a participle: "recalled", "detuvo", "registraron", "el contrato, firmado el". */
const PAST = /(?:[^e]ed|ó|ió|aron|ieron|\p{L}{3}(?:ad|id)[oa]s?)$/u;

/** Verbs of an event taking place, after the noun that names it: "the fire started", "la subasta, realizada". */
const TAKES_PLACE =
  /^(?:started|starts|began|begins|broke|erupted|happened|occurred|took|spread|held|ended|realizad[oa]s?|celebrad[oa]s?|ocurri[óo]|ocurrieron|comenz[óo]|empez[óo]|inici[óo]|tuvo|produjo|estall[óo])$/u;
const AUXILIARY = /^(?:was|were|had|has|is|fue|fueron|se|había|ha)$/u;

/**
 * The keys of the words that state a clause's own event: a verb in the past ("Veltra recalled every
 * bottle", "the court appointed", "agentes detuvieron") and a noun followed by a verb of taking
 * place ("The fire started", "En la subasta, realizada el viernes"); not a noun after a determiner,
 * a modifier ("the fire chief") or an infinitive ("asked the court to appoint").
 */
export function eventStemsOf(clause: string): Set<string> {
  const words = (clause.match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
  const verbs = words.map((word, i) => PAST.test(word) && !NOT_BEFORE_A_VERB.test(words[i - 1] ?? ''));
  const pluperfect = (i: number): boolean => PLUPERFECT.test(words[i - 1] ?? '');
  // "Crews declared the fire contained on Sept. 3, after it had burned 41,000 acres": beside a verb in
  // the simple past, a verb in the pluperfect tells what came before the clause's event, not that event.
  const simple = verbs.some((verb, i) => verb && !pluperfect(i));
  const out = new Set<string>();
  words.forEach((word, i) => {
    const next = words[i + 1] ?? '';
    const verb = verbs[i] === true && !(simple && pluperfect(i));
    const takesPlace = TAKES_PLACE.test(next) || (AUXILIARY.test(next) && TAKES_PLACE.test(words[i + 2] ?? ''));
    if (verb || takesPlace) for (const key of wordKeysOf(word).flat()) out.add(key);
  });
  return out;
}

/** The auxiliary of the pluperfect: "it had burned", "había firmado". */
const PLUPERFECT = /^(?:had|había|habían)$/u;

/** What a word of the sentences told on after a fact's clause counts: less than a word of the clause. */
const TOLD_ON = 0.5;

/** What a word counts that a clause holds only about something else (see {@link asideStemsOf}). */
const ASIDE = 0.25;

const SPACE = /^\s+$/u;
const LOWERCASE_WORD = /^\p{Ll}[\p{L}-]*$/u;

/**
 * The keys of the words a clause holds only about something other than an event it tells: a
 * possessive before a noun ("a printout of the fireball’s projected path") or a verb after "to" ("a
 * warrant to seize the bronzes", "expects the FDA to reinspect the plant"). A word the clause
 * also holds in another place is not among them. (A Spanish infinitive, "volverá a inspeccionar",
 * shares no stem with its noun, "la inspección", so it needs no such reading.)
 */
export function asideStemsOf(text: string): Set<string> {
  const words = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ word: m[0], at: m.index }));
  const aside = new Set<string>();
  const told = new Set<string>();
  words.forEach(({ word, at }, i) => {
    const before = words[i - 1];
    const next = words[i + 1];
    const gapBefore = before ? text.slice(before.at + before.word.length, at) : '';
    const gapAfter = next ? text.slice(at + word.length, next.at) : '';
    const possessive = /['’]s?$/u.test(word) && SPACE.test(gapAfter) && LOWERCASE_WORD.test(next?.word ?? '');
    const infinitive = SPACE.test(gapBefore) && LOWERCASE_WORD.test(word) && /^to$/iu.test(before?.word ?? '');
    for (const key of wordKeysOf(word).flat()) (possessive || infinitive ? aside : told).add(key);
  });
  for (const key of told) aside.delete(key);
  return aside;
}

/**
 * How well a fact's clause matches the event a phrase names: each word of the phrase that names
 * the event (see {@link namedWords}) the clause holds counts 1 (0.75 through a word of its group or without a prefix), and 1 more when the clause
 * states that event itself (see {@link eventStemsOf}) rather than mentioning it; a word only the
 * sentences without a date after it hold, itself, counts 0.5 (see `toldOn.ts`). A word the clause
 * holds only about something else (see {@link asideStemsOf}) counts 0.25 and states nothing; the
 * phrase's verb in a clause that holds none of its other words ("the petition was received" and
 * "received no reply") counts as a word but does not state the event: the clause did that to
 * something else.
 */
export function anchorScore(named: NamedWords, fact: PriorFact): { score: number; shared: string[] } {
  let score = 0;
  let itself = false;
  const shared: string[] = [];
  const head = named.slice(0, named.head ?? named.length);
  const verbs = named.verbs ?? new Set<number>();
  const holds = (keys: readonly string[]) => keys.some((k) => fact.stems.has(k));
  const verbAlone = head.some((_, i) => !verbs.has(i)) && !head.some((keys, i) => !verbs.has(i) && holds(keys));
  for (const [i, keys] of head.entries()) {
    const hit = keys.filter((k) => fact.stems.has(k));
    if (hit.length > 0 && hit.every((k) => fact.asideStems?.has(k))) {
      score += ASIDE;
      shared.push(...hit);
      continue;
    }
    if (hit.length === 0) {
      // A word the sentences told on after the clause hold, itself and not a word of its group.
      const own = keys[0] as string;
      if (fact.toldOn?.has(own)) {
        score += TOLD_ON;
        shared.push(own);
      }
      continue;
    }
    score += fact.stems.has(keys[0] as string) ? 1 : 0.75;
    shared.push(...hit);
    if (hit.some((k) => fact.eventStems?.has(k)) && !(verbAlone && verbs.has(i))) itself = true;
  }
  return { score: score + (itself && score > 0 ? 1 : 0), shared };
}

/** The fact of `index` the named words fit best, the latest told on a tie; `null` when none shares a word. */
export function bestNamed(
  index: FactIndex,
  named: NamedWords,
  /** Whether a fact may be the anchor at all (a past telling counts from no event after the publication). */
  fits: (fact: PriorFact) => boolean = () => true,
): { fact: PriorFact; shared: string[]; score: number } | null {
  let best: { fact: PriorFact; shared: string[]; score: number; seq: number } | null = null;
  for (const { fact, seq } of index.sharing(new Set(named.flat()))) {
    if (!fits(fact)) continue;
    const { score, shared } = anchorScore(named, fact);
    if (score > 0 && (!best || score > best.score || (score === best.score && seq > best.seq))) {
      best = { fact, shared, score, seq };
    }
  }
  return best && { fact: best.fact, shared: best.shared, score: best.score };
}

/** A noun that names an event told just before it: "the incident", "los hechos", "lo ocurrido". */
const GENERIC_EVENT =
  /(?:^|[^\p{L}])(?:the\s+(?:incident|events|episode)|(?:el|los)\s+(?:hechos?|incidentes?|sucesos?|episodios?)|lo\s+ocurrido)(?![\p{L}])/iu;

/**
 * The stems of a fact's clause and of the words `beyond` it in its sentence, and of the words that
 * state its event (see {@link eventStemsOf}), which only its own clause does: "They voted 7-4 to
 * pay, and to launch in March" mentions a vote and states a launch. "Los hechos ocurrieron el
 * domingo 9 de junio", "The incident happened on 3 May": a clause that names its event only so
 * states the event of the sentence before it, whose words it takes too.
 */
export function clauseStems(
  clause: string,
  lead: string,
  beyond = '',
): { stems: Set<string>; eventStems: Set<string>; asideStems: Set<string> } {
  const all = beyond ? `${clause} ${beyond}` : clause;
  const stems = stemsOf(all);
  const eventStems = eventStemsOf(clause);
  const asideStems = asideStemsOf(all);
  if (lead && GENERIC_EVENT.test(all)) {
    for (const key of stemsOf(lead)) {
      stems.add(key);
      eventStems.add(key);
      asideStems.delete(key);
    }
  }
  return { stems, eventStems, asideStems };
}

/**
 * ", who had taken over as chief executive in …", "an engineer who had left the firm in …": a relative
 * clause in the pluperfect, background to its sentence.
 */
const BACKGROUND_ASIDE = /(?:,\s*|\s)(?:who|which|que|quien|quienes)\s+(?:had|había|habían)\s[^,;.]*$/iu;

/** Whether the words of a sentence before a date put it in an aside in the pluperfect. */
export const toldAsBackground = (before: string): boolean => BACKGROUND_ASIDE.test(before);
