/** Acronyms and the names they abbreviate. */

import { nounAfter } from './nameContext.ts';

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
  'a',
  'al',
  'en',
  '&',
  // Linking words of the other languages news quotes names in ("Sindicato dos Trabalhadores", "Banque de France").
  'dos',
  'das',
  'do',
  'da',
  'di',
  'du',
  'des',
  'der',
  'den',
  'van',
  'von',
  'et',
  'und',
]);

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/** The letters a word gives an acronym: its first, or all of them when it is in capitals itself ("HM" of "HM Revenue & Customs"). */
const initialsOf = (word: string): string => plain(/^\p{Lu}{2,3}$/u.test(word) ? word : (word[0] as string));

export const isAcronym = (word: string): boolean => /^[\p{Lu}&]{2,6}$/u.test(word);

/**
 * The capitalised words (with "and", "of", "de" … between them) that end at `end` and whose
 * initials spell `acronym`: "Food and Drug Administration" before "(FDA)".
 */
export function spelledName(text: string, end: number, acronym: string): { start: number; name: string } | null {
  if (!/^[\p{Lu}&]{2,8}$/u.test(acronym)) return null;
  const letters = plain(acronym.replace(/&/g, ''));
  const words = [...text.slice(Math.max(0, end - 160), end).matchAll(/[\p{L}&'’.-]+/gu)];
  const base = Math.max(0, end - 160);
  let initials = '';
  for (let k = words.length - 1; k >= 0; k -= 1) {
    const w = (words[k] as RegExpMatchArray)[0];
    if (/^\p{Lu}/u.test(w)) initials = initialsOf(w) + initials;
    else if (!LINKING_WORDS.has(w.toLowerCase())) return null;
    if (initials.length > letters.length) return null;
    if (initials === letters && /^\p{Lu}/u.test(w)) {
      const start = base + ((words[k] as RegExpMatchArray).index as number);
      return { start, name: text.slice(start, end).trim() };
    }
  }
  return null;
}

/**
 * Whether `acronym` spells the initials of the capitalised words of `name`, leaving out the
 * linking words and accents: "CMB" of "Competition and Markets Board", "OFS" of "Órgano de
 * Fiscalización Superior". Two letters are too few to tell.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const key = acronymKey(acronym);
  return key !== null && key === initialsKey(name);
}

/** What `abbreviates` compares of an acronym: its length and its letters without accents; null for no acronym of 3–6 capitals. */
export function acronymKey(acronym: string): string | null {
  return /^\p{Lu}{3,6}$/u.test(acronym) ? `${acronym.length} ${plain(acronym)}` : null;
}

/** What `abbreviates` compares of a name: the length and letters of its capitalised words' initials, linking words left out. */
export function initialsKey(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && !LINKING_WORDS.has(w.toLowerCase()))
    .map(initialsOf)
    .join('');
  return `${initials.length} ${plain(initials)}`;
}

/** A definite article, alone or joined to a preposition ("del", "al"). */
const DEFINITE = /^(?:the|el|la|los|las|del|al)$/u;

/**
 * Whether an acronym names a thing, a course or an exam ("a GPS unit", "an MBBS student", "cleared NEET"): the text
 * never treats it as a body, which an acronym is where it acts somewhere (`acting`: a verb follows it), where a
 * body's noun follows it ("the GMB union") or where a definite article stands before it ("told the ASX", "ante el
 * SAT").
 */
export function thingAcronyms(
  text: string,
  candidates: readonly { bare: string; before: string; end: number }[],
  acting: ReadonlySet<string>,
): (word: string) => boolean {
  const bodies = new Set(
    candidates
      .filter((c) => isAcronym(c.bare) && (acting.has(c.bare) || nounAfter(text, c.end) || DEFINITE.test(c.before)))
      .map((c) => c.bare),
  );
  return (word) => isAcronym(word) && !bodies.has(word);
}
