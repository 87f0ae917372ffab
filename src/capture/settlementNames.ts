/**
 * Names the text itself calls places: a name before the noun of a settlement or an area ("Mokhotlong town", "Nailaga
 * village", "the Mokhotlong and Thaba-Tseka districts", "Lesotho's Mokhotlong highlands"), or after that noun and
 * "of" / "de" ("the town of Varenholt", "la isla de Arousa", "la ría de Arousa"). Such a name says where, in every
 * mention ("the road up from Mokhotlong"), unless its own words make it a body ("Mokhotlong District Development
 * Fund" is another name).
 */

/** A capitalised name of up to four words; names listed with "and" / "y" before the noun each count. */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*){0,3}";

/** A noun of a settlement or an area, in lower case, after the name ("Nailaga village"). */
const AREA_AFTER = 'towns?|villages?|districts?|regions?|provinces?|highlands|townships?|valleys?|islands?';
/**
 * A noun after the area's noun that makes the words a body, a building or an office of the place ("the Millbrook
 * town board", "Barra Mor village hall", "Peter Mwale, village headman" written without its comma).
 */
const BODY_AFTER =
  'council|board|hall|office|offices|administration|authority|assembly|committee|court|police|government|health|hospital|clinic|school|chiefs?|headm[ae]n|headwom[ae]n|elders?|officials?|commissioner|collector|secretariat|development';

const NAMES_BEFORE_AREA = new RegExp(
  `(${NAME}(?:(?:,[^\\S\\n]+|[^\\S\\n]+(?:and|y)[^\\S\\n]+)${NAME})*)[^\\S\\n]+(?:${AREA_AFTER})(?![\\p{L}'’-])(?![^\\S\\n]+(?:${BODY_AFTER})(?![\\p{L}]))`,
  'gu',
);
/** The area's noun, then "of" / "de" and the name ("the village of Ardmore", "la isla de Arousa"). */
const NAME_AFTER_AREA = new RegExp(
  `(?<![\\p{L}])(?:towns?|villages?|islands?|isla|ría|ciudad|pueblo|localidad|provincia|comarca)[^\\S\\n]+(?:of|de)[^\\S\\n]+(${NAME})`,
  'gu',
);

/** Words that open a sentence, or a possessive ("Lesotho's Mokhotlong highlands"), before the name. */
const OPENING = /^(?:(?:The|In|At|From|To|Near|And|El|La|En|De|Del)\s+|.*['’]s\s+)/u;

/** The names `text` calls places by the noun of a settlement or an area beside them, each as written. */
export function settlementNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(NAMES_BEFORE_AREA))
    for (const name of (m[1] as string).split(/,\s+|\s+(?:and|y)\s+/u)) names.add(name.replace(OPENING, ''));
  for (const m of text.matchAll(NAME_AFTER_AREA)) names.add((m[1] as string).replace(OPENING, ''));
  return names;
}
