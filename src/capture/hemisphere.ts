/**
 * Whether a story is told south of the equator, where the seasons are the Southern Hemisphere's
 * (winter = June–August): the text names a Southern country or one of its capitals, big cities or
 * regions, and names no Northern country. A nationality is no cue ("the Argentine coach" of a
 * Mexican club), nor is Kenya, on the equator, nor a name that is also a common word or a place in
 * the north (Victoria, Perth, Córdoba, Concepción).
 */

const SOUTHERN = [
  // Countries, and words of the Māori language.
  'Argentina',
  'Chile',
  'Uruguay',
  'Paraguay',
  'South Africa',
  'Sudáfrica',
  'Namibia',
  'Botswana',
  'Lesotho',
  'Eswatini',
  'Zimbabwe',
  'Mozambique',
  'Australia',
  'New Zealand',
  'Nueva Zelanda',
  'Aotearoa',
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

const NORTHERN = [
  'England',
  'Scotland',
  'Wales',
  'Ireland',
  'Britain',
  'United Kingdom',
  'United States',
  'Canada',
  'Mexico',
  'México',
  'Spain',
  'España',
  'France',
  'Francia',
  'Germany',
  'Alemania',
  'Costa Rica',
  'Colombia',
  'Venezuela',
  'Kenya',
  'India',
];

/** The names as written and in capitals, as datelines print them ("BUENOS AIRES.-"). */
const words = (list: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}])(?:${list
      .flatMap((name) => [name, name.toUpperCase()])
      .map((name) => name.replace(/ /gu, '\\s+'))
      .join('|')})(?![\\p{L}])`,
    'u',
  );
const SOUTHERN_NAME = words(SOUTHERN);
const NORTHERN_NAME = words(NORTHERN);

/** Whether `text` is told in the Southern Hemisphere (see above). */
export function toldInTheSouth(text: string): boolean {
  return SOUTHERN_NAME.test(text) && !NORTHERN_NAME.test(text);
}
