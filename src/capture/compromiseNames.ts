import type nlp from 'compromise';
import { compromise } from './libraries.ts';
import { presumedGender } from './presumedGender.ts';

/** What compromise's lexicon and tagger make of candidate names, read one name per line. */
export interface NameTags {
  readonly people: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  /** Words that are adjectives or demonyms ("Chinese", "Mexican"), not names. */
  readonly adjectives: ReadonlySet<string>;
  /** The gender compromise presumes from a person's first name ("Sandra Obi" → female). */
  readonly genders: ReadonlyMap<string, Gender>;
}

export type Gender = 'male' | 'female';

type Doc = ReturnType<typeof nlp>;
type Pointer = Doc['fullPointer'][number];
/** A view of the same document at other pointers (compromise's `update`, which `eq` calls). */
interface Updatable {
  update(pointers: Pointer[]): Doc;
}

const clean = (s: string) => s.replace(/[.,;:]+$/u, '').trim();

/**
 * Tags the names with compromise in one pass over a short text (a name per sentence), not over
 * the article: the tagger costs about a second per 2,000 words of running text, a few tens of
 * milliseconds for the names alone.
 */
export function tagNames(names: readonly string[]): NameTags {
  if (names.length === 0)
    return { people: new Set(), countries: new Set(), places: new Set(), adjectives: new Set(), genders: new Map() };
  // One sentence per name: what ends a sentence inside a name ("St. Luke's", "U.S.", "Yahoo!", a
  // line break) would split it and shift every later name off its sentence, so it goes; a name
  // without a letter would make no sentence at all, so it is not sent.
  const plain = names.map((n) => (/\p{L}/u.test(n) ? n.replace(/[.!?…]/gu, '').replace(/\s+/gu, ' ') : ''));
  const sent = plain.flatMap((n, i) => (n ? [i] : []));
  const doc = compromise()(sent.map((i) => `${plain[i]}.`).join('\n'));
  // A view of each sentence, from the document's own pointers: `doc.sentences()` holds the same
  // pointers but gathers them by concatenating one array per sentence, which costs sentences².
  const sentences = doc.out('array') as string[];
  const pointers = doc.fullPointer;
  const sentenceView = (i: number) => (doc as unknown as Updatable).update([pointers[i] as Pointer]);
  const people = new Set<string>();
  const countries = new Set<string>();
  const places = new Set<string>();
  const adjectives = new Set<string>();
  const genders = new Map<string, Gender>();
  for (let k = 0; k < pointers.length; k += 1) {
    const i = sent[k] as number;
    const name = names[i];
    if (name === undefined || clean(sentences[k] ?? '') !== clean(`${plain[i]}.`)) continue;
    const s = sentenceView(k);
    // A person's name ends the run ("Transport Minister Alan Pryce").
    const person = clean(s.people().text());
    const words = clean(plain[i] ?? '').split(/\s+/);
    if (person && words.length >= 2 && person.endsWith(words.slice(-2).join(' '))) {
      people.add(name);
      const gender = presumedGender(s.people(), doc.document);
      if (gender === 'male' || gender === 'female') genders.set(name, gender);
    }
    if (s.match('#Country').found && clean(s.match('#Country+').text()) === clean(plain[i] ?? '')) countries.add(name);
    else if (s.places().found && clean(s.places().text()) === clean(plain[i] ?? '')) places.add(name);
    if (!name.includes(' ') && s.match('(#Adjective|#Demonym|#Verb)').found) adjectives.add(name);
  }
  return { people, countries, places, adjectives, genders };
}
