import type { OffsetUnit } from './calendarDays.ts';

/** Words capture reads, in English and Spanish, as regular-expression sources and lookups. */

export type Lang = 'en' | 'es';

const EN_MONTHS: readonly string[][] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];
/** Spanish month names, January first; a month's other spellings after `|`. */
export const ES_MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre|setiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

/** Month names as a pattern: English capitalised (abbreviations with an optional dot), Spanish either case. */
export const MONTH_PATTERN: Record<Lang, string> = {
  en: EN_MONTHS.map(([full, ...abbr]) => [full, ...abbr.map((a) => `${a}\\.?`)].join('|')).join('|'),
  es: ES_MONTHS.join('|'),
};

/** 1–12 for a month name, or `null`. */
export function monthNumber(word: string): number | null {
  const w = word.replace(/\.$/, '').toLowerCase();
  const en = EN_MONTHS.findIndex((names) => names.some((n) => n.toLowerCase() === w));
  if (en >= 0) return en + 1;
  const es = ES_MONTHS.findIndex((names) => names.split('|').includes(w));
  return es >= 0 ? es + 1 : null;
}

const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ES_WEEKDAYS = ['lunes', 'martes', 'miércoles|miercoles', 'jueves', 'viernes', 'sábado|sabado', 'domingo'];

export const WEEKDAY_PATTERN: Record<Lang, string> = {
  en: EN_WEEKDAYS.join('|'),
  es: ES_WEEKDAYS.join('|'),
};

export const WEEKDAY_NAMES = EN_WEEKDAYS as readonly string[];

/** 0 = Monday … 6 = Sunday, or `null`. */
export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase();
  const en = EN_WEEKDAYS.findIndex((d) => d.toLowerCase() === w);
  if (en >= 0) return en;
  const es = ES_WEEKDAYS.findIndex((d) => d.split('|').includes(w));
  return es >= 0 ? es : null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  seventy: 70,
  eighty: 80,
  un: 1,
  una: 1,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  sesenta: 60,
  noventa: 90,
  dieciséis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veintiún: 21,
  veintiuno: 21,
  veintidós: 22,
  veintitrés: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  cincuenta: 50,
  setenta: 70,
  ochenta: 80,
};

// "twenty-four", "forty-eight": a ten and a unit joined by a hyphen.
for (const ten of ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']) {
  for (const unit of ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']) {
    NUMBER_WORDS[`${ten}-${unit}`] = (NUMBER_WORDS[ten] as number) + (NUMBER_WORDS[unit] as number);
  }
}

/** A count written in digits or words ("ten", "diez", "a"): as a pattern, and read back. */
export const COUNT_PATTERN = `\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

const UNITS: Record<string, OffsetUnit> = {
  day: 'D',
  days: 'D',
  week: 'W',
  weeks: 'W',
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
  día: 'D',
  días: 'D',
  dia: 'D',
  dias: 'D',
  semana: 'W',
  semanas: 'W',
  mes: 'M',
  meses: 'M',
  año: 'Y',
  años: 'Y',
};

export const UNIT_PATTERN = [...Object.keys(UNITS), 'decades', 'decade', 'décadas', 'década', 'fortnights', 'fortnight']
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Decades count as ten years, fortnights as two weeks. */
const DECADES = new Set(['decade', 'decades', 'década', 'décadas']);
const FORTNIGHTS = new Set(['fortnight', 'fortnights']);

export const unitOf = (word: string): OffsetUnit | null =>
  UNITS[word.toLowerCase()] ??
  (DECADES.has(word.toLowerCase()) ? 'Y' : FORTNIGHTS.has(word.toLowerCase()) ? 'W' : null);

/** The unit of "days", "weeks", "semanas" … counted without a number ("hours", "horas" count days). */
export const countedIn = (word: string | undefined): OffsetUnit | undefined =>
  word === undefined ? undefined : /^horas?$|^hours?$/iu.test(word) ? 'D' : (unitOf(word) ?? undefined);

/** How many of its unit one named unit is: 10 for a decade, 2 for a fortnight, else 1. */
export const unitFactor = (word: string): number =>
  DECADES.has(word.toLowerCase()) ? 10 : FORTNIGHTS.has(word.toLowerCase()) ? 2 : 1;

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const SEASONS: Record<string, Season> = {
  spring: 'spring',
  summer: 'summer',
  autumn: 'autumn',
  fall: 'autumn',
  winter: 'winter',
  primavera: 'spring',
  verano: 'summer',
  otoño: 'autumn',
  invierno: 'winter',
};

export const SEASON_PATTERN = Object.keys(SEASONS).join('|');

export const seasonOf = (word: string): Season | null => SEASONS[word.toLowerCase()] ?? null;

/** The EDTF code of a Northern meteorological season (docs/design.md, Fuzzy dates). */
export const SEASON_CODE: Record<Season, number> = { spring: 21, summer: 22, autumn: 23, winter: 24 };

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  primer: 1,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
};

export const ORDINAL_PATTERN = Object.keys(ORDINALS).join('|');

export const ordinalOf = (word: string): number | null => ORDINALS[word.toLowerCase()] ?? null;

/** "that November", "in that March": "that" as a determiner, not a conjunction after a verb of saying or knowing. */
export const THAT_MONTH =
  /(?:^|\s)(?<!(?:said|say|says|told|tell|tells|show|shows|showed|shown|announced|noted|found|added|reported|confirmed|stated|believe|believed|believes|think|thinks|thought|hope|hoped|hopes|expect|expected|expects|know|knew|knows|so|now|such|and|but)\s+)(that)\s+$/iu;
