import type { Lang } from './lexicon.ts';

const EN = new Set(
  'the and of to was were is are that for with said has have had this from by his her their which will not'.split(' '),
);
const ES = new Set(
  'el la los las del que y por con para una un se fue según su sus como pero más ha han lo al este esta'.split(' '),
);

/**
 * English or Spanish: the language whose commonest words ("the", "and", "of" … / "el", "la",
 * "que" …) occur more often in the text; English on a tie.
 */
export function detectLanguage(text: string): Lang {
  let en = 0;
  let es = 0;
  for (const word of text
    .slice(0, 200_000)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    if (EN.has(word)) en += 1;
    if (ES.has(word)) es += 1;
  }
  return es > en ? 'es' : 'en';
}
