/**
 * Names of vessels: a ship, a ferry or a yacht is a thing an event happens to, not an actor that takes part. News
 * names one right after the noun of its kind ("the yacht Curlew", "el ferri Santa Marta II"), in an appositive after
 * that noun ("his prawn trawler, the Mary Ellen", "un segundo ferri, el Che Guevara II"), or with that noun in an
 * appositive after it ("the Harrow Star, a Harrow Bay Ferries vessel").
 */

/** Nouns of a kind of vessel, English and Spanish ("carrier" and "launch" are left out: an airline, an event). */
const VESSEL =
  'ships?|vessels?|boats?|yachts?|trawlers?|ferry|ferries|tankers?|dredgers?|barges?|tugs?|tugboats?|freighters?|liners?|schooners?|steamers?|catamarans?|ferris?|buques?|barcos?|lanchas?|yates?|pesqueros?|veleros?|cargueros?|remolcadores?|catamar[áa]n|catamaranes|embarcaci[óo]n|embarcaciones|dragas?|petroleros?';

/** A capitalised name of up to four words, a numeral or a Roman number among them ("Che Guevara II", "Tromsø Star"). */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’-]*|\\d+)){0,3}";

/** The vessel's noun, then its name, directly or past a comma and an article. */
const NAME_AFTER_NOUN = new RegExp(
  `(?<![\\p{L}])(?:${VESSEL})(?:,[^\\S\\n]+(?:the|el|la)[^\\S\\n]+|[^\\S\\n]+)(${NAME})`,
  'gu',
);
/**
 * A word of an appositive before its noun: no preposition, which would make the noun another thing's ("Tom Harris,
 * the skipper of the trawler" names a skipper; "Juan Pérez, el dueño del barco", an owner).
 */
const MODIFIER =
  "(?!(?:of|on|in|at|aboard|for|from|with|to|by|de|del|en|a|al|por|para|con|sobre)[^\\S\\n])[\\p{L}'’-]+[^\\S\\n]+";
/** A noun after the vessel's that makes the phrase a person or a business ("a boat builder", "the ferry operator"). */
const NOT_THE_VESSEL =
  'builders?|owners?|operators?|captains?|skippers?|crews?|makers?|dealers?|workers?|repairers?|brokers?|agents?|firms?|company|companies|services?|industry';

/** A name, then an appositive that says it is a vessel: a comma, an article, up to four words and the noun. */
const NAME_BEFORE_NOUN = new RegExp(
  `(${NAME}),[^\\S\\n]+(?:a|an|the|its|un|una|el|la|su)[^\\S\\n]+(?:${MODIFIER}){0,4}?(?:${VESSEL})(?![\\p{L}])(?![^\\S\\n]+(?:${NOT_THE_VESSEL})(?![\\p{L}]))`,
  'gu',
);

/** An article opening a sentence before the name ("The Marisol Bay, a feeder ship"): no word of the name. */
const ARTICLE = /^(?:The|El|La)\s+/u;

/** The names `text` gives vessels, as written, without an article opening a sentence. */
export function vesselNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const re of [NAME_AFTER_NOUN, NAME_BEFORE_NOUN])
    for (const m of text.matchAll(re)) names.add((m[1] as string).replace(ARTICLE, ''));
  return names;
}
