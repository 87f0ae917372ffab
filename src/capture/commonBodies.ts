import type { Lang } from './lexicon.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * Public bodies news names in lower case, with a word that says which, as the subject of a verb:
 * "the parish council is due to vote", "The Millbrook town board approved", "la junta electoral
 * deberá convocar". They are actors named by those words, unless the text names a body with that
 * noun (then "the council" is that body). A bare "the board" or "the government" names none.
 */
export interface CommonBody extends TextSpan {
  /** The words without the article: "parish council", "Millbrook town board", "junta electoral". */
  readonly name: string;
  /** The noun that heads them ("council", "junta"). */
  readonly noun: string;
}

const EN_NOUNS = 'council|board|government|commission|committee|legislature|ministry|department|tribunal';
const EN_BODY = new RegExp(
  `(?<![\\p{L}])(?:the|The)\\s+((?:\\p{Lu}\\p{Ll}+\\s+)?(?:(?:state|county|city|town|parish|district|federal|regional|local|national|provincial|municipal|village|school|planning|licensing|labor|labour|electoral|health|education|water|zoning|appeals|transport)\\s+){1,2}(${EN_NOUNS}))(?=\\s+(?:\\p{Ll}{2,}ed|said|says|will|would|has|had|is\\s+due|was|were|must|plans|voted|met|won|lost|sold|bought|took|gave|paid|sent|held|set|cut|put|chose|began|made|ruled|found)(?![\\p{L}]))`,
  'gu',
);
/** The place a body belongs to, in one or two capitalised words ("de Quilaco", "de Villa Aramendi"). */
const PLACE = '\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?';
const ES_NOUNS = 'junta|comisión|comité|consejo|municipio|ayuntamiento|cabildo';
const ES_BODY = new RegExp(
  `(?<![\\p{L}])(?:la|La|el|El)\\s+((${ES_NOUNS})(?:\\s+(?!de(?![\\p{L}])|del(?![\\p{L}]))\\p{Ll}{4,}(?:\\s+de(?:\\s+la|l)?\\s+${PLACE})?|\\s+de(?:\\s+la|l)?\\s+${PLACE}))(?=\\s+(?:(?:se|le|les|lo|la)\\s+)?(?:\\p{Ll}{2,}(?:ó|aron|ió|ieron|rá|rán)|deberá|deberán|dijo|hizo|tuvo)(?![\\p{L}]))`,
  'gu',
);

/** The lower-case public bodies that are the subjects of verbs in `text`. */
export function commonBodies(text: string, lang: Lang): CommonBody[] {
  const out: CommonBody[] = [];
  for (const m of text.matchAll(lang === 'es' ? ES_BODY : EN_BODY)) {
    const name = m[1] as string;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ start, end: start + name.length, name, noun: (m[2] as string).toLowerCase() });
  }
  return out;
}
