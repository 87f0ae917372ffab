import { describeDateTables, type DateRow } from './dateTables.ts';

/**
 * Which hemisphere a story is told in (docs/design.md, How capture reads dates): its seasons are the
 * Southern Hemisphere's when it names Southern places more often than countries outside the south,
 * every country of the world counted. Short stories of our own, one phrase table per reading.
 */
const TABLES: ReadonlyArray<readonly [string, readonly DateRow[]]> = [
  [
    'a Northern country named again and again outweighs a Southern one named once',
    [
      {
        text: 'The boatyard is the last in Malta. The builder launched his final hull last winter. His cousins emigrated to Australia, but he stayed in Malta.',
        publishedOn: '2026-05-01',
        phrase: 'last winter',
        when: '2025-24',
      },
      {
        text: 'El astillero es el último de Italia. Sus primos emigraron a Australia, pero él se quedó en Italia. Botó su último casco el invierno pasado.',
        publishedOn: '2026-05-01',
        lang: 'es',
        phrase: 'el invierno pasado',
        when: '2025-24',
      },
    ],
  ],
  [
    "a dateline's country counts as much as a Southern one named later",
    [
      {
        text: 'OSAKA, Japan — The lab moved its bees indoors last winter, after a trial in New Zealand failed.',
        publishedOn: '2026-05-01',
        phrase: 'last winter',
        when: '2025-24',
      },
      {
        text: 'LAGOS, Nigeria.- La cooperativa cerró el verano pasado, tras perder un contrato con Sudáfrica.',
        publishedOn: '2026-05-01',
        lang: 'es',
        phrase: 'el verano pasado',
        when: '2025-22',
      },
    ],
  ],
  [
    'a Southern story naming a Northern country once keeps its Southern seasons',
    [
      {
        text: 'Vineyards near Mendoza, Argentina, lost half their grapes last summer. Argentina sells most of that wine to the United States.',
        publishedOn: '2026-03-12',
        phrase: 'last summer',
        when: '2025-30',
      },
      {
        text: 'Los viñedos de Mendoza perdieron la uva el verano pasado. Argentina exporta ese vino a España.',
        publishedOn: '2026-03-12',
        lang: 'es',
        phrase: 'el verano pasado',
        when: '2025-30',
      },
    ],
  ],
  [
    "a Southern country south of the tropics, and a Southern region whose name holds a Northern one, make the seasons the Southern Hemisphere's",
    [
      {
        text: 'Farmers near Cochabamba, Bolivia, lost their potatoes last winter.',
        publishedOn: '2026-01-20',
        phrase: 'last winter',
        when: '2025-32',
      },
      {
        text: 'Los productores de Arequipa, en el sur del Perú, perdieron la cosecha el invierno pasado.',
        publishedOn: '2026-01-20',
        lang: 'es',
        phrase: 'el invierno pasado',
        when: '2025-32',
      },
      {
        text: 'Wheat growers in New South Wales lost their crop last winter.',
        publishedOn: '2026-01-20',
        phrase: 'last winter',
        when: '2025-32',
      },
    ],
  ],
];

describe('capture: which hemisphere a story is told in', () => {
  describeDateTables(TABLES);
});
