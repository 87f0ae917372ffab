import { slugify } from './slugify.ts';
import { isPlaceName, kindOfName, TITLE, type ActorKind } from './actorKinds.ts';
import { tagNames } from './compromiseNames.ts';
import type { Lang } from './lexicon.ts';
import { nameCandidates } from './nameCandidates.ts';
import type { TextSpan } from './textSpans.ts';

/** An actor already in the store, matched by its name and aliases. */
export interface KnownActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
}

/** An actor the capture links: one from the store (`known`), or one it proposes. */
export interface ProposedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly known: boolean;
}

export interface ActorMention extends TextSpan {
  readonly actorId: string;
}

export interface ActorIndex {
  readonly actors: ReadonlyMap<string, ProposedActor>;
  /** In text order. */
  readonly mentions: readonly ActorMention[];
}

/** Institutions that one word names. */
const SINGLE_BODIES = /^(?:Parliament|Congress|Senate|Congreso|Senado|Parlamento|Interpol|Europol|Pentagon|Kremlin)$/u;

const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'en', 'desde', 'street', 'avenue']);
const COMPANY_CONTEXT = new Set([
  'firm',
  'company',
  'contractor',
  'supplier',
  'consultancy',
  'empresa',
  'firma',
  'compañía',
]);
const normal = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/, '')
    .trim();

/**
 * The actors a text names: names and aliases of actors in the store first; then runs of
 * capitalised words that read as organisations (by their words), people (a title, compromise's
 * tagger, or two or three capitalised words that are no place) or countries. A single word links
 * to an actor already named whose name it ends or starts ("Okafor", "Brightway"); an acronym in
 * brackets after a name is that actor's alias ("Secretary of National Defense (Sedena)").
 */
export function indexActors(text: string, lang: Lang, known: readonly KnownActor[]): ActorIndex {
  const actors = new Map<string, ProposedActor>();
  const byName = new Map<string, string>();
  const mentions: ActorMention[] = [];
  for (const k of known) {
    actors.set(k.id, { ...k, aliases: [...k.aliases], known: true });
    for (const n of [k.name, ...k.aliases]) if (n.length >= 2) byName.set(normal(n), k.id);
  }
  const candidates = nameCandidates(text, lang).map((c) => {
    const title = TITLE.exec(c.name);
    const rest = title ? c.name.slice(title[0].length) : c.name;
    const personal = title !== null && !/^(?:of|de|del|for|para)\s/iu.test(rest);
    // "Judge Harriet Osei of the Ashby District Court": the person ends where "of" begins.
    const own = personal && lang === 'en' ? rest.replace(/\s+of\s.*$/u, '') : rest;
    return {
      ...c,
      bare: personal ? own : c.name,
      titled: personal,
      apposed:
        /^\s*,/.test(text.slice(c.end, c.end + 2)) || /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)),
    };
  });
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
    actors.set(id, { id, name, kind, aliases: [], known: false });
    byName.set(normal(name), id);
    return id;
  };

  const kindOf = (c: (typeof candidates)[number]): ActorKind | null => {
    const byWords = kindOfName(c.bare);
    if (byWords) return byWords;
    if (COMPANY_CONTEXT.has(c.before)) return 'company';
    if (tags.countries.has(c.name)) return LOCATIVE.has(c.before) ? null : 'country';
    if (c.titled || tags.people.has(c.name)) return 'person';
    if (tags.places.has(c.name) || LOCATIVE.has(c.before) || isPlaceName(c.bare)) return null;
    // An unknown name set off by commas, as news writes people ("its top scorer, Kwame Asante, …").
    const words = c.bare.split(/\s+/);
    const nameLike = words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    return nameLike && c.apposed ? 'person' : null;
  };

  const bracketed = new Set<number>();
  const linked: (ActorMention | null)[] = candidates.map((c) => {
    const id = byName.get(normal(c.bare)) ?? byName.get(normal(c.name)) ?? surnamesOf(c.bare, actors);
    if (id) return { start: c.start, end: c.end, actorId: id };
    if (!c.bare.includes(' ') && !/^[\p{Lu}&]{2,6}$/u.test(c.bare) && !tags.countries.has(c.name)) return null;
    const kind = kindOf(c);
    return kind ? { start: c.start, end: c.end, actorId: propose(c.bare, kind) } : null;
  });

  // Acronyms in brackets name the actor, or the place, just before them.
  candidates.forEach((c, i) => {
    const before = candidates[i - 1];
    if (!before || !/^[\p{Lu}][\p{L}&]{1,9}$/u.test(c.bare) || !/^\s*\($/.test(text.slice(before.end, c.start))) return;
    const spelled = spelledName(text, before.end, c.bare);
    if (spelled && spelled.start < before.start) {
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
  // acronym, or a name that recurs inside sentences ("Nuctech") and is neither a place nor an adjective.
  const recurring = recurringWords(candidates);
  candidates.forEach((c, i) => {
    if (linked[i] || bracketed.has(i) || c.bare.includes(' ')) return;
    const id = byName.get(normal(c.bare)) ?? partOfName(c.bare, actors);
    if (id) linked[i] = { start: c.start, end: c.end, actorId: id };
    else if (c.titled && /^\p{Lu}\p{Ll}{2,}$/u.test(c.bare) && !tags.places.has(c.bare)) {
      // "Mr Okafor", "Dr. Vance": a title before one capitalised word names a person by surname.
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, 'person') };
    } else if (SINGLE_BODIES.test(c.bare)) {
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, 'government-body') };
    } else if (/^[\p{Lu}&]{2,6}$/u.test(c.bare) && kindOfName(c.bare) !== null) {
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, kindOfName(c.bare) as ActorKind) };
    } else if (
      recurring.has(c.bare) &&
      !tags.places.has(c.name) &&
      !tags.adjectives.has(c.name) &&
      !tags.countries.has(c.name)
    ) {
      linked[i] = { start: c.start, end: c.end, actorId: propose(c.bare, 'organization') };
    }
  });

  for (const m of linked) if (m) mentions.push(m);
  // An actor proposed for a name that turned out to be another's alias is no actor of its own.
  const used = new Set(mentions.map((m) => m.actorId));
  for (const [id, actor] of actors) if (!actor.known && !used.has(id)) actors.delete(id);
  return { actors, mentions: mentions.sort((a, b) => a.start - b.start) };
}

const LINKING_WORDS = new Set([
  'and',
  'of',
  'for',
  'the',
  'on',
  'de',
  'del',
  'la',
  'las',
  'los',
  'el',
  'y',
  'para',
  '&',
]);

/**
 * The capitalised words (with "and", "of", "de" … between them) that end at `end` and whose
 * initials spell `acronym`: "Food and Drug Administration" before "(FDA)".
 */
function spelledName(text: string, end: number, acronym: string): { start: number; name: string } | null {
  if (!/^[\p{Lu}&]{2,8}$/u.test(acronym)) return null;
  const letters = acronym.replace(/&/g, '');
  const words = [...text.slice(Math.max(0, end - 160), end).matchAll(/[\p{L}&'’.-]+/gu)];
  const base = Math.max(0, end - 160);
  let initials = '';
  for (let k = words.length - 1; k >= 0; k -= 1) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) initials = (w[0] as string) + initials;
    else if (!LINKING_WORDS.has(w.toLowerCase())) return null;
    if (initials.length > letters.length) return null;
    if (initials === letters && /^\p{Lu}/u.test(w)) {
      const start = base + ((words[k] as RegExpMatchArray).index as number);
      return { start, name: text.slice(start, end).trim() };
    }
  }
  return null;
}

/** Single capitalised words met at least twice inside sentences (after a lowercase word). */
function recurringWords(candidates: readonly { bare: string; before: string }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const c of candidates) {
    if (c.bare.includes(' ') || c.before === '' || (kindOfName(c.bare) === null && /^[\p{Lu}&]+$/u.test(c.bare)))
      continue;
    counts.set(c.bare, (counts.get(c.bare) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([w]) => w));
}

/**
 * A person whose surname is `word` (the last word of the name, or the first of two surnames in a
 * name of three words or more: "Herrera" of "Gonzalo Herrera Medina"), or an organisation whose
 * first word it is (four letters or more, not an acronym).
 */
function partOfName(word: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  const w = normal(word);
  if (w.length < 3 || /^[\p{Lu}&]+$/u.test(word)) return null;
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (parts.length < 2) continue;
    if (actor.kind === 'person' ? parts.at(-1) === w : w.length >= 4 && parts[0] === w) return actor.id;
  }
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (actor.kind === 'person' && parts.length >= 3 && parts.at(-2) === w) return actor.id;
  }
  return null;
}

/** A person named earlier whose name ends with these two or three words ("Soler Garrido" of "Ana Belén Soler Garrido"). */
function surnamesOf(words: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length < 2 || w.length > 3) return null;
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (actor.kind === 'person' && parts.length > w.length && parts.slice(-w.length).join(' ') === w.join(' '))
      return actor.id;
  }
  return null;
}
