import { abbreviates, isAcronym, spelledName, thingAcronyms } from './acronyms.ts';
import { slugify } from './slugify.ts';
import { actorCandidates } from './actorCandidates.ts';
import { ActorNameParts } from './actorNameParts.ts';
import { commonBodies } from './commonBodies.ts';
import { isPlaceName, kindOfName, namesPlace, type ActorKind } from './actorKinds.ts';
import { tagNames } from './compromiseNames.ts';
import { genderOfTitle } from './genders.ts';
import type { Lang } from './lexicon.ts';
import {
  afterArticle,
  afterPluralArticle,
  normal,
  headEchoes,
  partOfName,
  PLACE_WORDS,
  recurringWords,
  firstAndLaterOf,
  shortFormOf,
  spelledOutBy,
  surnamesOf,
} from './nameParts.ts';
import type { ActorIndex, ActorMention, KnownActor, ProposedActor } from './actorTypes.ts';
import { actingWords, actsAfter, appositiveOf, hasPersonCue, nounAfter, hasSayingVerb } from './nameContext.ts';
import { introducedAs } from './introducedNames.ts';
import { vesselNames } from './vesselNames.ts';
import { settlementNames } from './settlementNames.ts';
import { featureNames } from './featureNames.ts';
import { QuoteMarks } from './quoteMarks.ts';
import { AGENT_BEFORE, COMPANY_CONTEXT, FIRM, LEGAL_FORM_AFTER, LOCATIVE, SINGLE_BODIES } from './actorCues.ts';

/**
 * The actors a text names: names and aliases of actors in the store first; then runs of
 * capitalised words that read as organisations (by their words), people (a title, compromise's
 * tagger, or two or three capitalised words that are no place) or countries. A single word links
 * to an actor already named whose name it ends or starts ("Okafor", "Brightway"); an acronym in
 * brackets after a name is that actor's alias ("Secretary of National Defense (Sedena)").
 */
export function indexActors(text: string, lang: Lang, known: readonly KnownActor[]): ActorIndex {
  const actors = new Map<string, ProposedActor>();
  /** The actors' name parts, for a later word that may be one of them: every actor set is added. */
  const names = new ActorNameParts();
  const byName = new Map<string, string>();
  const mentions: ActorMention[] = [];
  const quotes = new QuoteMarks(text);
  for (const k of known) {
    const actor = { ...k, aliases: [...k.aliases], known: true };
    actors.set(k.id, actor);
    names.add(actor);
    for (const n of [k.name, ...k.aliases]) if (n.length >= 2) byName.set(normal(n), k.id);
  }
  const read = actorCandidates(text, lang, quotes);
  // A vessel's name ("the yacht Curlew", "his trawler, the Mary Ellen") names a thing, in every mention; a name the
  // text calls a settlement or an area ("Mokhotlong town", "la isla de Arousa"), or writes elsewhere with a feature's
  // noun ("Manchar Lake" … "Manchar held"), a place; either unless its words make a body ("two boats, the Coast
  // Guard said") or the actors given hold it, and a place unless a title makes it a person or the tagger a country
  // ("Lake Malawi" … "Malawi signed", "la ciudad de México" … "México pidió").
  const vessels = vesselNames(text);
  const named = [...new Set([...settlementNames(text), ...featureNames(read.candidates)])];
  const countries = tagNames(named).countries;
  const places = new Set(named.filter((name) => !countries.has(name)));
  const candidates = read.candidates.filter(
    (c) =>
      kindOfName(c.bare) !== null ||
      byName.has(normal(c.bare)) ||
      (!vessels.has(c.bare) && !vessels.has(c.name) && !(places.has(c.bare) && !c.titled)),
  );
  const { bodies } = read;
  const unknownMulti = [
    ...new Set(candidates.filter((c) => !byName.has(normal(c.bare)) && c.bare.includes(' ')).map((c) => c.name)),
  ];
  const singles = [
    ...new Set(candidates.filter((c) => !byName.has(normal(c.bare)) && !c.bare.includes(' ')).map((c) => c.name)),
  ];
  const tags = tagNames([...unknownMulti, ...singles]);

  const propose = (name: string, kind: ActorKind): string => {
    const existing = byName.get(normal(name));
    if (existing) return existing;
    let id = slugify(name) || 'actor';
    for (let n = 2; actors.has(id); n += 1) id = `${slugify(name)}-${n}`;
    const actor = { id, name, kind, aliases: [], known: false };
    actors.set(id, actor);
    names.add(actor);
    byName.set(normal(name), id);
    return id;
  };

  /** Gives a person the gender a title or compromise's reading of the first name says, once. */
  const gendered = (id: string, name: string) => {
    const actor = actors.get(id);
    if (actor && !actor.known && !actor.gender) {
      const gender = genderOfTitle(name) ?? tags.genders.get(name);
      if (gender) actor.gender = gender;
    }
  };

  const nouns = new Map<string, Set<string>>();
  const headEchoed = headEchoes(text);
  let lastPerson = -1;
  const kindOf = (c: (typeof candidates)[number], i: number): ActorKind | null => {
    const byWords = kindOfName(c.bare);
    if (byWords) return byWords;
    if (COMPANY_CONTEXT.has(c.before) || LEGAL_FORM_AFTER.test(text.slice(c.end, c.end + 16))) return 'company';
    const noun = nounAfter(text, c.end);
    if (noun) return noun;
    if (bodies.has(c.start) && !tags.places.has(c.name)) return 'organization';
    const appositive = c.titled ? null : appositiveOf(text, c.end);
    if (appositive) return appositive.kind;
    const words = c.bare.split(/\s+/);
    const capitalised = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
    const shaped = capitalised >= 2 && capitalised <= 5 && words.length <= 6;
    // "los diputados Martha Vázquez y Jorge Cuéllar del Río": a role word, or a person next to it in a list.
    const next = candidates[i + 1];
    const listed = (a: { end: number }, b: { start: number }) =>
      /^\s*(?:,|,?\s+(?:and|y|e))\s+$/u.test(text.slice(a.end, b.start));
    if (
      shaped &&
      (hasPersonCue(text, c.start) ||
        (i > 0 && i - 1 === lastPerson && listed(candidates[i - 1] as { end: number }, c)) ||
        (next !== undefined &&
          (next.titled || tags.people.has(next.name)) &&
          /^\s+(?:and|y|e)\s+$/u.test(text.slice(c.end, next.start))))
    )
      return 'person';
    if (tags.countries.has(c.name)) return LOCATIVE.has(c.before) ? null : 'country';
    if (c.titled || tags.people.has(c.name)) return 'person';
    // "Kwame Asante told the inquiry", "said Tomasz Wilk": a name beside a verb of saying is a person's.
    if (shaped && capitalised <= 4 && hasSayingVerb(text, c.start, c.end) && !isPlaceName(c.bare)) return 'person';
    if (tags.places.has(c.name) || LOCATIVE.has(c.before) || isPlaceName(c.bare)) return null;
    // Spanish puts an article before a club's or a body's name, never before a person's ("ante el Real Pinar").
    if (lang === 'es' && afterArticle(text, c.start)) return 'organization';
    // An unknown name set off by commas, as news writes people ("its top scorer, Kwame Asante, …"),
    // or the subject of a verb in the past tense ("Oluwaseun Adeyemi joined", "Marta Quiroga presentó").
    // "Vallmoor Creamery … the creamery": a name whose head noun the text later uses in lower case is an organisation's.
    if (words.length >= 2 && words.length <= 5 && headEchoed(c.end, c.bare)) return 'organization';
    // An initial counts as a word of a person's name ("R. Venkatesh Iyer", "P. Mohandas").
    const nameLike =
      words.length >= 2 &&
      words.length <= 4 &&
      words.every((w) => /^\p{Lu}(?:\p{Ll}|\.$)/u.test(w)) &&
      /\p{Ll}/u.test(c.bare);
    const subject = words.length <= 3 && !PLACE_WORDS.has(c.before) && actsAfter(text, c.end, lang);
    if (nameLike && (c.apposed || subject)) return 'person';
    // "Cullen & Pike", "land owned by Hollis Ranch", "Westgate Capital Partners bought": a firm's name, an
    // agent after a passive verb, or the subject of a verb in the past tense, that is no place, is an organisation's.
    if (words.length > 5 || tags.places.has(c.name) || isPlaceName(c.bare)) return null;
    if (FIRM.test(c.bare)) return 'company';
    const agent = AGENT_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
    return agent || (!PLACE_WORDS.has(c.before) && actsAfter(text, c.end, lang)) ? 'organization' : null;
  };

  // "owes HM Revenue & Customs … HMRC filed": an acronym that spells a name written before it is that name.
  const longForms = new Map<number, string>();
  candidates.forEach((c, i) => {
    if (!isAcronym(c.bare) || byName.has(normal(c.bare))) return;
    const j = candidates.findIndex((d, k) => k < i && d.bare.includes(' ') && abbreviates(c.bare, d.bare));
    if (j >= 0 && !longForms.has(j)) longForms.set(j, c.bare);
  });

  // An acronym the text never treats as a body names a thing ("a GPS unit").
  const acting = actingWords(text, candidates, lang);
  const idleAcronym = thingAcronyms(text, candidates, acting);

  const bracketed = new Set<number>();
  const linked: (ActorMention | null)[] = candidates.map((c, i) => {
    const id =
      byName.get(normal(c.bare)) ??
      byName.get(normal(c.name)) ??
      surnamesOf(c.bare, names) ??
      firstAndLaterOf(c.bare, names) ??
      spelledOut(c.bare) ??
      shortFormOf(c.bare, names);
    if (id) {
      // "Kestrel Athletic, the League One club": an appositive after a name met before gives its noun too.
      const appositive = appositiveOf(text, c.end);
      if (appositive && actors.get(id)?.kind !== 'person')
        nouns.set(id, (nouns.get(id) ?? new Set()).add(appositive.noun));
      return { start: c.start, end: c.end, actorId: id };
    }
    if (!c.bare.includes(' ') && !/^[\p{Lu}&]{2,6}$/u.test(c.bare) && !tags.countries.has(c.name)) return null;
    const acronym = longForms.get(i);
    if (!acronym && idleAcronym(c.bare)) return null;
    const kind = kindOf(c, i) ?? (acronym ? (kindOfName(c.bare) ?? 'organization') : null);
    if (!kind || (kind === 'person' && namesPlace(c.bare))) return null;
    if (kind === 'person') lastPerson = i;
    const actorId = propose(c.bare, kind);
    if (kind === 'person') gendered(actorId, c.name);
    if (acronym && kind !== 'person') {
      const actor = actors.get(actorId);
      if (actor && !actor.known && !actor.aliases.includes(acronym)) actor.aliases.push(acronym);
      byName.set(normal(acronym), actorId);
    }
    const appositive = appositiveOf(text, c.end);
    if (appositive && kind !== 'person') nouns.set(actorId, (nouns.get(actorId) ?? new Set()).add(appositive.noun));
    return { start: c.start, end: c.end, actorId };
  });

  // Acronyms in brackets name the actor, or the place, just before them.
  candidates.forEach((c, i) => {
    const before = candidates[i - 1];
    if (!before || !/^[\p{Lu}][\p{L}&]{1,9}$/u.test(c.bare) || !/^\s*\($/.test(text.slice(before.end, c.start))) return;
    const spelled = spelledName(text, before.end, c.bare);
    if (spelled && (spelled.start < before.start || (spelled.start === before.start && !linked[i - 1]))) {
      const id = propose(spelled.name, kindOfName(spelled.name) ?? 'organization');
      const actor = actors.get(id);
      if (actor && !actor.known && !actor.aliases.includes(c.bare)) actor.aliases.push(c.bare);
      byName.set(normal(c.bare), id);
      candidates.forEach((d, j) => {
        if (d.start >= spelled.start && d.end <= before.end) linked[j] = null;
      });
      linked[i - 1] = { start: spelled.start, end: before.end, actorId: id };
      linked[i] = { start: c.start, end: c.end, actorId: id };
      return;
    }
    const previous = linked[i - 1];
    if (!previous) {
      linked[i] = null;
      bracketed.add(i);
      return;
    }
    const actor = actors.get(previous.actorId);
    if (!actor) return;
    if (!actor.known && !actor.aliases.includes(c.bare)) actor.aliases.push(c.bare);
    byName.set(normal(c.bare), actor.id);
    linked[i] = { start: c.start, end: c.end, actorId: actor.id };
  });

  // A mention of an acronym read before its bracket made it an alias ("the HTA's") is that actor's.
  candidates.forEach((c, i) => {
    const m = linked[i];
    const id = byName.get(normal(c.bare));
    if (m && id && id !== m.actorId && /^[\p{Lu}&]{2,6}$/u.test(c.bare)) linked[i] = { ...m, actorId: id };
  });

  // Single words: a known name or alias, a surname or the first word of a name already met, an
  // acronym, or a name that recurs inside sentences, acts in one of them (a verb follows it where no
  // preposition stands before it: "Nuctech won", "Cetsa dijo") and is neither a place nor an adjective;
  // a word that never acts names a thing or a place ("the Elgar concerto", "travelled to Varenholt").
  const recurring = recurringWords(candidates);
  candidates.forEach((c, i) => {
    if (linked[i] || bracketed.has(i) || c.bare.includes(' ')) return;
    // "Mr Pellam" after "Gareth Pellam" and "Pellam Homes": a title makes the word a person's surname.
    const id = byName.get(normal(c.bare)) ?? partOfName(c.bare, names, c.titled);
    if (id) {
      linked[i] = { start: c.start, end: c.end, actorId: id };
      const actor = actors.get(id);
      // "Ms Hoyle" of "Sandra Hoyle": the titled surname is a name the text gives the person.
      if (c.titled && actor?.kind === 'person' && !actor.known && normal(actor.name) !== normal(c.name))
        if (!actor.aliases.includes(c.name)) actor.aliases.push(c.name);
    } else if (c.titled && /^\p{Lu}\p{Ll}{2,}$/u.test(c.bare) && !tags.places.has(c.bare)) {
      // "Mr Okafor", "Dr. Vance": a title before one capitalised word names a person by surname.
      const actorId = propose(c.bare, 'person');
      gendered(actorId, c.name);
      linked[i] = { start: c.start, end: c.end, actorId };
    } else if (SINGLE_BODIES.test(c.bare) || introducedAs(text, c.start, c.end)) {
      const kind = introducedAs(text, c.start, c.end) ?? 'government-body';
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, kind) };
    } else if (/^[\p{Lu}&]{2,6}$/u.test(c.bare) && kindOfName(c.bare) !== null && !idleAcronym(c.bare)) {
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, kindOfName(c.bare) as ActorKind) };
    } else if (
      ((recurring.has(c.bare) && acting.has(c.bare)) ||
        (lang === 'es' && afterArticle(text, c.start) && c.bare.length >= 4)) &&
      !tags.places.has(c.name) &&
      !tags.adjectives.has(c.name) &&
      !tags.countries.has(c.name) &&
      !afterPluralArticle(text, c.start)
    ) {
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, 'organization') };
    }
  });

  /** An acronym whose letters are the initials of an organisation named before it ("the CMB" after "Competition and Markets Board"). */
  function spelledOut(word: string): string | null {
    const actor = isAcronym(word) ? spelledOutBy(word, names) : null;
    if (!actor) return null;
    if (!actor.known && !actor.aliases.includes(word)) actor.aliases.push(word);
    byName.set(normal(word), actor.id);
    return actor.id;
  }

  for (const m of linked) if (m) mentions.push(m);
  // "the parish council is due to vote": a body named in lower case, when no name holds its noun.
  for (const body of commonBodies(text, lang)) {
    const named = [...actors.values()].some((a) => normal(a.name).split(/\s+/).includes(body.noun));
    if (!named) mentions.push({ start: body.start, end: body.end, actorId: propose(body.name, 'government-body') });
  }
  // An actor proposed for a name that turned out to be another's alias is no actor of its own.
  const used = new Set(mentions.map((m) => m.actorId));
  for (const [id, actor] of actors) if (!actor.known && !used.has(id)) actors.delete(id);
  return { actors, mentions: mentions.sort((a, b) => a.start - b.start), nouns, quotes };
}
