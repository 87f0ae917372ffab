import type { Lang } from './lexicon.ts';
import { NORTHERN } from './northernPlaces.ts';
import { SOUTHERN, SOUTHERN_IN_SPANISH } from './southernPlaces.ts';

/**
 * Whether a story is told south of the equator, where the seasons are the Southern Hemisphere's
 * (winter = June–August): the first place it names, of the countries, regions and big cities of
 * both hemispheres (`southernPlaces.ts`, `northernPlaces.ts`), lies in the south. A story names its
 * own place first, in its dateline or its opening ("Villa Arenal, Yoro", "Malta's emblem"), and
 * foreign places later, as destinations, markets or comparisons; a text that names no such place
 * is told in the north. A season's own clause that names a place ("toured England in the summer
 * of 2023") is read in that place's hemisphere (`periodPatterns.ts`).
 */

/** The names as written and in capitals, as datelines print them ("BUENOS AIRES.-"), the longest first. */
const words = (list: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${list
      .flatMap((name) => [name, name.toUpperCase()])
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/\./gu, '\\.').replace(/ /gu, '\\s+'))
      .join('|')})(?![\\p{L}])`,
    'u',
  );
const SOUTHERN_NAME: Record<Lang, RegExp> = {
  en: words(SOUTHERN),
  es: words([...SOUTHERN, ...SOUTHERN_IN_SPANISH]),
};
const NORTHERN_NAME = words(NORTHERN);

/** The hemisphere of the first place `text` names (see above), or `null` when it names none. */
export function firstPlace(text: string, lang: Lang): 'south' | 'north' | null {
  const south = SOUTHERN_NAME[lang].exec(text);
  const north = NORTHERN_NAME.exec(text);
  if (south === null) return north === null ? null : 'north';
  // The first name at a place, the longest there: "New South Wales" before its "Wales".
  return north === null ||
    south.index < north.index ||
    (south.index === north.index && south[0].length > north[0].length)
    ? 'south'
    : 'north';
}
