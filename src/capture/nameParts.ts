import { acronymKey } from './acronyms.ts';
import { isPlaceName, kindOfName, TITLE } from './actorKinds.ts';
import type { ActorNameParts, NamedEntry } from './actorNameParts.ts';
import { tagNames } from './compromiseNames.ts';
import type { ProposedActor } from './actorTypes.ts';
import type { Lang } from './lexicon.ts';
import type { NameCandidate } from './nameCandidates.ts';

/** How the parts of names relate: surnames, first words, recurring single words, places, bodies after a name. */

/** A name as compared: lowercase, without accents or a leading "the". */
export const normal = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^the\s+/, '')
    .trim();

/** Whether a Spanish article, not after a place preposition, stands just before `start` ("ante el", "El"). */
export function afterArticle(text: string, start: number): boolean {
  const lead = /(?:^|[^\p{L}])(?:(\p{L}+)\s+)?(?:el|la|al)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start));
  return lead !== null && !PLACE_WORDS.has((lead[1] ?? '').toLowerCase());
}

/** A capitalised plural article just before a word names a place with it ("de Los Pinos", "Las Brisas"). */
export function afterPluralArticle(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])L(?:os|as)\s+$/u.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * The body after a titled person's name ("Detective Inspector Kwame Osei of the Northfield Police
 * Cyber Crime Unit"): a name of its own, beside the person's.
 */
export function bodyAfterPerson(c: NameCandidate, lang: Lang): NameCandidate[] {
  if (lang !== 'en' || !TITLE.test(c.name)) return [];
  const of = /\s+of\s+(?:the\s+)?(?=\p{Lu})/u.exec(c.name);
  if (!of) return [];
  const name = c.name.slice(of.index + of[0].length);
  if (kindOfName(name) === null) return [];
  return [{ start: c.end - name.length, end: c.end, name, before: 'of' }];
}

/**
 * "Lydia Brandt of Northgate Ventures", "Tom Hale of Leeds": a name of two or three words that
 * compromise reads as a person's, then "of" and another name, are two names. The one after "of" is
 * the person's organisation when it has two words or more, or "the", and is no place ("Nadia Rahman
 * of the Wyndham Stop Watch group"). Returns the candidates with such runs split, and the starts of
 * those organisations.
 */
export function splitAffiliations(
  candidates: readonly NameCandidate[],
  lang: Lang,
): { candidates: NameCandidate[]; bodies: Set<number> } {
  const bodies = new Set<number>();
  if (lang !== 'en') return { candidates: [...candidates], bodies };
  const splits = candidates.map((c) => {
    const m = TITLE.test(c.name) ? null : AFFILIATION.exec(c.name);
    return m && kindOfName(m[1] as string) === null
      ? { person: m[1] as string, the: m[2] !== undefined, body: m[3] as string }
      : null;
  });
  const tags = tagNames(splits.flatMap((s) => (s ? [s.person, s.body] : [])));
  const out: NameCandidate[] = [];
  candidates.forEach((c, i) => {
    const s = splits[i];
    if (!s || !tags.people.has(s.person)) {
      out.push(c);
      return;
    }
    const start = c.end - s.body.length;
    out.push(
      { ...c, end: c.start + s.person.length, name: s.person },
      { start, end: c.end, name: s.body, before: 'of' },
    );
    const place = tags.places.has(s.body) || tags.countries.has(s.body) || isPlaceName(s.body);
    if (!place && (s.the || s.body.includes(' ') || kindOfName(s.body) !== null)) bodies.add(start);
  });
  return { candidates: out, bodies };
}

const AFFILIATION = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})\s+of\s+(the\s+)?(\p{Lu}.*)$/u;

export const PLACE_WORDS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'of',
  'en',
  'de',
  'desde',
  'hacia',
  'across',
  'throughout',
]);

/**
 * Single capitalised words met at least twice inside sentences (after a lowercase word), and not
 * only ever after "in", "of", "de" …: those are places ("hogares de Tamarindo", "in Carver").
 */
export function recurringWords(candidates: readonly { bare: string; before: string }[]): Set<string> {
  const counts = new Map<string, number>();
  const elsewhere = new Set<string>();
  for (const c of candidates) {
    if (c.bare.includes(' ') || (kindOfName(c.bare) === null && /^[\p{Lu}&]+$/u.test(c.bare))) continue;
    if (!PLACE_WORDS.has(c.before)) elsewhere.add(c.bare);
    if (c.before !== '') counts.set(c.bare, (counts.get(c.bare) ?? 0) + 1);
  }
  return new Set([...counts].filter(([w, n]) => n >= 2 && elsewhere.has(w)).map(([w]) => w));
}

/**
 * A person whose surname is `word` (the last word of the name, or the first of two surnames in a
 * name of three words or more: "Herrera" of "Gonzalo Herrera Medina"), or an organisation whose
 * first word it is (four letters or more, not an acronym), or the one person whose known first name
 * it is ("Walt" of "Walt Dankworth"), or else an organisation whose last word it is; only a person
 * when `personOnly` (a title stood before the word). Of several, the one proposed first.
 */
export function partOfName(word: string, names: ActorNameParts, personOnly = false): string | null {
  const w = normal(word);
  if (w.length < 3 || /^[\p{Lu}&]+$/u.test(word)) return null;
  const first = earliest(
    names.personLast.first(w),
    !personOnly && w.length >= 4 ? names.bodyFirst.first(w) : undefined,
  );
  if (first) return first.actor.id;
  const second = names.personSecondLast.first(w);
  if (second) return second.actor.id;
  // "Walt" of "Walt Dankworth", "Julian" of "Julian Cray": the first name of the one person named with it, when it is
  // known as a first name (the person's gender is known); "Nocturne" of "Nocturne Rail", a firm read as a person, is not.
  const given = names.personFirst.only(w);
  if (given?.actor.gender) return given.actor.id;
  if (personOnly) return null;
  // "Sotavento" of "Atlético Sotavento": the last word of an organisation's name, after another
  // capitalised word (after "de" it is a place: "Congreso de Yucatán"), and naming no kind itself.
  if (w.length < 4 || kindOfName(word) !== null) return null;
  return names.bodyLast.first(w)?.actor.id ?? null;
}

/** The first-added of two entries that may be missing. */
function earliest(a: NamedEntry | undefined, b: NamedEntry | undefined): NamedEntry | undefined {
  if (!a || !b) return a ?? b;
  return a.order < b.order ? a : b;
}

/** A person named earlier whose name ends with these two or three words ("Soler Garrido" of "Ana Belén Soler Garrido"). */
export function surnamesOf(words: string, names: ActorNameParts): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length < 2 || w.length > 3) return null;
  return names.personEnding.first(w.join(' '))?.actor.id ?? null;
}

/**
 * A person named earlier whose first word and one later word these two are ("Alhaji Yakubu" of "Alhaji Issah Dramani
 * Yakubu", "PC Tembo" of "PC Aaron Tembo", "Javier Huanca" of "Javier Huanca Apaza"); the shorter name becomes an
 * alias of the person's.
 */
export function firstAndLaterOf(words: string, names: ActorNameParts): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length !== 2) return null;
  const actor = names.personFirstAndLater.first(w.join(' '))?.actor;
  if (!actor) return null;
  if (!actor.known && !actor.aliases.includes(words)) actor.aliases.push(words);
  return actor.id;
}

/**
 * The noun that heads an organisation's name, as news writes it again in lower case: the word
 * before "de" / "del" in a Spanish name ("Federación de Balonmano …" → federación), the word
 * before "of" in an English one ("Department of Education" → department), else its last word
 * ("Vallmoor Creamery" → creamery). Null when that word is too short to tell.
 */
export function headNoun(name: string): string | null {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|de|del|for|para)$/u.test(w));
  const head = (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
  return /^\p{Lu}\p{Ll}{3,}$/u.test(head) ? head.toLowerCase() : null;
}

/**
 * Whether the text after `from` speaks of "the <head noun>" of a name ("… the creamery", "la
 * federación"), for the names of one text: one scan of the text finds where each lower-case word
 * last follows an article, so asking for every name of a long text costs one scan.
 */
export function headEchoes(text: string): (from: number, name: string) => boolean {
  let last: Map<string, number> | undefined;
  return (from, name) => {
    const head = headNoun(name);
    if (!head) return false;
    if (!last) {
      last = new Map();
      for (const m of text.matchAll(ARTICLE_BEFORE_WORD)) last.set(m[1] as string, m.index);
    }
    if ((last.get(head) ?? -1) >= from) return true;
    // The text after `from` may open with the article itself, whatever stands before it.
    const sticky = new RegExp(`${ARTICLE}\\s+${head}(?!\\p{L})`, 'uy');
    sticky.lastIndex = from;
    return sticky.test(text);
  };
}

const ARTICLE = '(?:[Tt]he|[Ll]a|[Ee]l|del|al)';
/** An article and the lower-case word after it, the article alone consumed ("the la creamery" gives two). */
const ARTICLE_BEFORE_WORD = new RegExp(`(?<!\\p{L})${ARTICLE}(?=\\s+(\\p{Ll}+)(?!\\p{L}))`, 'gu');

/**
 * An organisation named before whose name is `words` with one more word: a legal form or a word
 * of kind at the end ("Harrow Bay Ferries" of "Harrow Bay Ferries Ltd", "Public Works" of "Public
 * Works Department"), or a first word before them ("Biomédica del Pacífico" of "Laboratorios
 * Biomédica del Pacífico").
 */
export function shortFormOf(words: string, names: ActorNameParts): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length < 2 || !/^\p{Lu}/u.test(words)) return null;
  return names.bodyShortForm.first(`${w.length} ${w.join(' ')}`)?.actor.id ?? null;
}

/** The first actor named before, not a person, whose initials `acronym` spells (`abbreviates`). */
export function spelledOutBy(acronym: string, names: ActorNameParts): ProposedActor | null {
  const key = acronymKey(acronym);
  return key === null ? null : (names.bodyInitials.first(key)?.actor ?? null);
}
