import { WEEKDAY_PATTERN } from './lexicon.ts';

/**
 * Names of days, which date events and take no part in them: a weekday, alone or after one capitalised word ("Easter
 * Sunday", "Carnival Saturday", "Good Friday"); a holiday named as a day or an eve ("Labor Day", "Christmas Eve",
 * "New Year's Day", "Mother's Day"); the holidays named by one word ("Christmas", "Thanksgiving", "Navidad"); and the
 * Spanish "Día de …" / "Día del …" ("Día de Reyes", "Día del Trabajo").
 */
const HOLIDAY_HEADS =
  "Christmas|Boxing|New\\s+Year['’]s|Labou?r|Memorial|Independence|Election|Polling|Presidents['’]?|Columbus|Veterans['’]?|Remembrance|Armistice|Anzac|Waitangi|Australia|Canada|Victoria|Emancipation|Republic|Heritage|Mother['’]s|Father['’]s|(?:St\\.?\\s+|Saint\\s+)?(?:Valentine|Patrick|Stephen)['’]s|Thanksgiving|Easter";
const WEEKDAY = `(?:${WEEKDAY_PATTERN.en})`;
const ONE_WORD =
  'Christmas|Easter|Thanksgiving|Halloween|Juneteenth|Navidad|Nochebuena|Nochevieja|Semana\\s+Santa|Año\\s+Nuevo';

/** "Día de Reyes", "Día del Niño", "Día de la Madre", "Día de Todos los Santos": one capitalised name, or two joined by an article. */
const SPANISH_DAY =
  'D[ií]a\\s+(?:de|del)\\s+(?:(?:la|los|las)\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+(?:la|los|las)\\s+\\p{Lu}\\p{Ll}+)?';

const DAY_NAME = `(?:(?:\\p{Lu}\\p{Ll}+\\s+)?${WEEKDAY}|(?:${HOLIDAY_HEADS})\\s+(?:Day|Eve)|${ONE_WORD}|${SPANISH_DAY})`;

const WHOLE = new RegExp(`^${DAY_NAME}$`, 'u');
/** A day's name opening a longer run of capitalised words, before a name ("Easter Sunday Salvu painted"). */
const OPENING = new RegExp(
  `^(?:(?:\\p{Lu}\\p{Ll}+\\s+)?${WEEKDAY}|(?:${HOLIDAY_HEADS})\\s+(?:Day|Eve)|${SPANISH_DAY})\\s+(?=\\p{Lu})`,
  'u',
);

/** Whether `name` is a day's name, whole. */
export const isDayName = (name: string): boolean => WHOLE.test(name.trim());

/** The length of a day's name opening `name` with the space after it ("Christmas Eve " of "Christmas Eve Azzopardi"), or 0. */
export const dayNameOpening = (name: string): number => OPENING.exec(name)?.[0].length ?? 0;
