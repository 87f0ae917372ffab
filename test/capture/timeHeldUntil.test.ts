import { describeDateTables } from './dateTables.ts';

/**
 * "tiene hasta el 29 de diciembre para presentar", "has until 29 December to file", "tienen tiempo hasta
 * el 27 de marzo", "have time until 27 March": time held in the present runs from now, so the day it
 * ends is not before the publication (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'time held in the present ends on or after the publication',
    [
      {
        text: 'El juez dictó prisión preventiva el 12 de septiembre de 2024. La Procuraduría tiene hasta el 29 de diciembre para presentar la acusación.',
        publishedOn: '2025-09-30',
        phrase: 'hasta el 29 de diciembre',
        when: '../2025-12-29',
        lang: 'es',
      },
      {
        text: 'The judge refused bail on 12 September 2024. The prosecution has until 29 December to file the indictment.',
        publishedOn: '2025-09-30',
        phrase: 'until 29 December',
        when: '../2025-12-29',
      },
      {
        text: 'La granizada del 21 de febrero arrasó con la uva. Los productores tienen tiempo hasta el 27 de marzo para presentar las declaraciones juradas de daño.',
        publishedOn: '2026-03-12',
        phrase: 'hasta el 27 de marzo',
        when: '../2026-03-27',
        lang: 'es',
      },
      {
        text: 'The hailstorm of 21 February ruined the grapes. Growers have time until 27 March to file their damage claims.',
        publishedOn: '2026-03-12',
        phrase: 'until 27 March',
        when: '../2026-03-27',
      },
    ],
  ],
  [
    'time held in the past ends where the story was',
    [
      {
        text: 'The judge refused bail on 12 September 2024. The prosecution had until 29 December to file the indictment.',
        publishedOn: '2025-09-30',
        phrase: 'until 29 December',
        when: '../2024-12-29',
      },
    ],
  ],
]);
