import { MONTH_NAMES } from '../dates/calendar.ts';
import type { Lang } from './lexicon.ts';
import { yearAfter } from './holidayPatterns.ts';
import { calendarReading, type Mention } from './reading.ts';
import { B, E, scan, yearOf } from './scan.ts';

/**
 * Holidays whose name is shared by many countries and whose day is fixed by each country's law
 * ("Independence Day", "el Día de la Independencia", and Northern Ireland's "the Twelfth"): the day of
 * the country the story is told in, the first country of the table below that the text names. A story
 * names its own country before foreign ones, as `hemisphere.ts` reads places; a text that names none
 * of them, or a country whose day is not one fixed day (Panama's two, Paraguay's two, Cuba's), gets no
 * date from the name.
 */
interface Country {
  /** The country's names in English and Spanish, as the text writes them; the first names it in the rule. */
  readonly names: readonly string[];
  /** Independence Day, [month, day], fixed by the country's law. */
  readonly independence?: readonly [number, number];
  /** Other national days of that country with a name of their own, [pattern, name, month, day]. */
  readonly others?: readonly (readonly [string, string, number, number])[];
}

const COUNTRIES: readonly Country[] = [
  { names: ['United States', 'Estados Unidos'], independence: [7, 4] },
  { names: ['Mexico', 'México'], independence: [9, 16] },
  { names: ['Pakistan', 'Pakistán'], independence: [8, 14] },
  { names: ['India'], independence: [8, 15] },
  { names: ['Bangladesh'], independence: [3, 26] },
  { names: ['Indonesia'], independence: [8, 17] },
  { names: ['Philippines', 'Filipinas'], independence: [6, 12] },
  { names: ['Sri Lanka'], independence: [2, 4] },
  { names: ['Ghana'], independence: [3, 6] },
  { names: ['Nigeria'], independence: [10, 1] },
  { names: ['Uganda'], independence: [10, 9] },
  { names: ['Tanzania'], independence: [12, 9] },
  { names: ['Malawi'], independence: [7, 6] },
  { names: ['Zambia'], independence: [10, 24] },
  { names: ['Botswana'], independence: [9, 30] },
  { names: ['Namibia'], independence: [3, 21] },
  { names: ['Mozambique'], independence: [6, 25] },
  { names: ['Zimbabwe'], independence: [4, 18] },
  { names: ['Rwanda', 'Ruanda'], independence: [7, 1] },
  { names: ['Sierra Leone', 'Sierra Leona'], independence: [4, 27] },
  { names: ['Gambia'], independence: [2, 18] },
  { names: ['Mauritius', 'Mauricio'], independence: [3, 12] },
  { names: ['Lesotho'], independence: [10, 4] },
  { names: ['Eswatini', 'Swaziland'], independence: [9, 6] },
  { names: ['Jamaica'], independence: [8, 6] },
  { names: ['Trinidad and Tobago', 'Trinidad y Tobago'], independence: [8, 31] },
  { names: ['Barbados'], independence: [11, 30] },
  { names: ['Bahamas'], independence: [7, 10] },
  { names: ['Belize', 'Belice'], independence: [9, 21] },
  { names: ['Guyana'], independence: [5, 26] },
  { names: ['Fiji', 'Fiyi'], independence: [10, 10] },
  { names: ['Papua New Guinea', 'Papúa Nueva Guinea'], independence: [9, 16] },
  { names: ['Samoa'], independence: [6, 1] },
  { names: ['Solomon Islands', 'Islas Salomón'], independence: [7, 7] },
  { names: ['Vanuatu'], independence: [7, 30] },
  { names: ['Malta'], independence: [9, 21] },
  { names: ['Cyprus', 'Chipre'], independence: [10, 1] },
  { names: ['Ukraine', 'Ucrania'], independence: [8, 24] },
  { names: ['Finland', 'Finlandia'], independence: [12, 6] },
  { names: ['Brazil', 'Brasil'], independence: [9, 7] },
  { names: ['Argentina'], independence: [7, 9] },
  { names: ['Chile'], independence: [9, 18] },
  { names: ['Peru', 'Perú'], independence: [7, 28] },
  { names: ['Colombia'], independence: [7, 20] },
  { names: ['Venezuela'], independence: [7, 5] },
  { names: ['Ecuador'], independence: [8, 10] },
  { names: ['Bolivia'], independence: [8, 6] },
  { names: ['Uruguay'], independence: [8, 25] },
  { names: ['Guatemala'], independence: [9, 15] },
  { names: ['Honduras'], independence: [9, 15] },
  { names: ['El Salvador'], independence: [9, 15] },
  { names: ['Nicaragua'], independence: [9, 15] },
  { names: ['Costa Rica'], independence: [9, 15] },
  { names: ['Dominican Republic', 'República Dominicana'], independence: [2, 27] },
  { names: ['Haiti', 'Haití'], independence: [1, 1] },
  { names: ['Equatorial Guinea', 'Guinea Ecuatorial'], independence: [10, 12] },
  // The Twelfth (of July), a bank holiday of Northern Ireland's by law; "the Twelfth of" is a date of its own, and
  // "the Twelfth Night" a play, in any case.
  {
    names: ['Northern Ireland', 'Irlanda del Norte'],
    others: [['[Tt]he\\s+Twelfth(?!\\s+(?:[Oo]f|[Cc]entury|[Dd]ays?|[Nn]ights?)(?![\\p{L}]))', 'the Twelfth', 7, 12]],
  },
  // Countries that name no Independence Day of their own, or more than one, so that the name dates nothing there.
  {
    names: [
      'Panama',
      'Panamá',
      'Paraguay',
      'Cuba',
      'United Kingdom',
      'England',
      'Scotland',
      'Wales',
      'Spain',
      'España',
      'Canada',
      'Canadá',
      'Australia',
      'New Zealand',
      'South Africa',
      'Kenya',
      'China',
    ],
  },
];

const INDEPENDENCE: Record<Lang, string> = {
  en: 'Independence\\s+Day',
  es: '(?:el\\s+)?[Dd]ía\\s+de\\s+(?:la\\s+)?Independencia',
};

const escape = (name: string) => name.replace(/\./gu, '\\.').replace(/ /gu, '\\s+');
/** A country's name as the end of another place's ("New Mexico", "the Gulf of Mexico", "Nuevo México"): no country. */
const INSIDE_ANOTHER = '(?<!(?:New|Nuevo|Gulf\\s+of|Golfo\\s+de)\\s+)';
const NAMES = new RegExp(
  `${B}${INSIDE_ANOTHER}(?:${COUNTRIES.flatMap((c) => c.names)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})${E}`,
  'gu',
);

/** The country of the table (above) that `text` names first, or null. */
export function storyCountry(text: string): Country | null {
  NAMES.lastIndex = 0;
  const first = NAMES.exec(text);
  if (first === null) return null;
  const name = first[0].replace(/\s+/gu, ' ');
  return COUNTRIES.find((c) => c.names.includes(name)) ?? null;
}

/** The national days of the story's country that `text` names, each its day of the year written beside it or the narrative's. */
export function nationalDayMentions(text: string, lang: Lang): Mention[] {
  const country = storyCountry(text);
  if (country === null) return [];
  const days: (readonly [string, string, number, number])[] = [...(country.others ?? [])];
  if (country.independence) days.push([INDEPENDENCE[lang], 'Independence Day', ...country.independence]);
  return days.flatMap(([words, name, month, day]) =>
    scan(text, new RegExp(`${B}${words}${yearAfter(lang)}${E}`, 'u'), (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      reading: {
        ...calendarReading(yearOf(m[1]), month, day),
        nationalDay: `${name} is ${day} ${MONTH_NAMES[month - 1]} by the law of ${country.names[0]}, the first country the text names`,
      },
      source: 'a national day fixed by the law of the country the story is told in',
    })),
  );
}
