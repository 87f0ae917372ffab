import { OTHER_COUNTRIES, SOUTHERN_COUNTRIES } from './hemisphereCountries.ts';

/**
 * Whether a story is told south of the equator, where the seasons are the Southern Hemisphere's
 * (winter = June–August): the text names Southern places (a Southern country, capital, big city or
 * region) more often than countries outside the south, every other country of the world counted
 * (`hemisphereCountries.ts`), so that where the story happens, named again and again, outweighs a
 * country named once as a destination, a market or a comparison. A nationality is no cue ("the
 * Argentine coach" of a Mexican club), nor a name that is also a common word or a place in the
 * north (Victoria, Perth, Córdoba, Concepción).
 */

const SOUTHERN = [
  ...SOUTHERN_COUNTRIES,
  // Words of the Māori language.
  'Māori',
  'hapū',
  'whānau',
  // Capitals, big cities and regions.
  'Buenos Aires',
  'Montevideo',
  'Asunción',
  'Santiago de Chile',
  'Valparaíso',
  'Los Ríos',
  'Los Lagos',
  'Biobío',
  'Araucanía',
  'Magallanes',
  'Antofagasta',
  'Neuquén',
  'Chubut',
  'Tucumán',
  'Patagonia',
  'Tierra del Fuego',
  'Johannesburg',
  'Cape Town',
  'Durban',
  'Pretoria',
  'Gauteng',
  'KwaZulu-Natal',
  'Western Cape',
  'Eastern Cape',
  'Bloemfontein',
  'Soweto',
  'Northern Cape',
  'Free State',
  'Limpopo',
  'Mpumalanga',
  'Karoo',
  'Gqeberha',
  'Sydney',
  'Melbourne',
  'Brisbane',
  'Canberra',
  'Queensland',
  'New South Wales',
  'Tasmania',
  'Western Australia',
  'South Australia',
  'Northern Territory',
  'Adelaide',
  'Hobart',
  'Auckland',
  'Wellington',
  'Christchurch',
  'Dunedin',
  'Otago',
  'Waikato',
  'Taranaki',
  'Bay of Plenty',
  "Hawke's Bay",
  'Mendoza',
  'Rosario',
  'Mar del Plata',
  'Bariloche',
  'Temuco',
  'Puerto Montt',
  'Punta Arenas',
];

/** The names as written and in capitals, as datelines print them ("BUENOS AIRES.-"), longest first. */
const forms = (list: readonly string[]) =>
  list
    .flatMap((name) => [name, name.toUpperCase()])
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.]/gu, '\\.').replace(/ /gu, '\\s+'));

const SOUTHERN_FORMS = new Set(SOUTHERN.flatMap((name) => [name, name.toUpperCase()]));

/**
 * Every name of either list in the text, the longest at each place, so that "New South Wales" is
 * read as one Southern name and not as Wales.
 */
const PLACE = new RegExp(`(?<![\\p{L}])(?:${forms([...SOUTHERN, ...OTHER_COUNTRIES]).join('|')})(?![\\p{L}])`, 'gu');

/** Whether `text` is told in the Southern Hemisphere (see above). */
export function toldInTheSouth(text: string): boolean {
  let balance = 0;
  for (const m of text.matchAll(PLACE)) balance += SOUTHERN_FORMS.has(m[0].replace(/\s+/gu, ' ')) ? 1 : -1;
  return balance > 0;
}
