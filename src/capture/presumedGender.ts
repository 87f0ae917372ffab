import type nlp from 'compromise';

type View = ReturnType<typeof nlp>;
type Document = View['document'];
type Pointer = View['fullPointer'][number];

interface PeopleView {
  readonly found: boolean;
  readonly fullPointer: Pointer[];
  json(): { person?: { presumed_gender?: string | null } }[];
}
type PeopleClass = new (document: Document, pointer: Pointer[]) => PeopleView;

/**
 * The gender compromise's `People.json` presumes for the first person of `people`, read from a
 * document of two sentences of `document` (the person's and the one before it, or after it for the
 * first sentence) instead of the whole document. `json` copies its view's whole document to strip
 * possessives from the copy, once per person: on the whole document, the reads of a text that
 * names a person per sentence cost people × sentences.
 *
 * What `json` reads for the gender lies in the person's sentence: the tags of its words, the
 * honorific's normal text and the words after the person. The neighbouring sentence keeps one
 * answer the same: compromise's `text()` keeps a view's outer spaces only when the view is its
 * whole document, and a view in a document's first sentence is measured against the whole
 * document. In a document of one sentence the two sentences are that one.
 */
export function presumedGender(people: { eq(n: number): unknown }, document: Document): string | null | undefined {
  const person = people.eq(0) as unknown as PeopleView;
  const [pointer] = person.fullPointer;
  if (!person.found || pointer === undefined) return undefined;
  const [n = 0, start, end, id, endId] = pointer;
  const from = n === 0 ? 0 : n - 1;
  const People = person.constructor as PeopleClass;
  const near = new People(document.slice(from, from + 2), [[n - from, start, end, id, endId]]);
  const [found] = near.json();
  return found?.person?.presumed_gender;
}
