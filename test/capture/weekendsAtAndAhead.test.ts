import { describeDateTables } from './dateTables.ts';

/**
 * "at the weekend" is British for "over the weekend": told as past, the last weekend before the
 * publication; "at the weekend", "over the weekend", "el fin de semana" told as future are the first
 * weekend not over at the publication (docs/design.md, How capture reads dates). Short stories of our
 * own, published on Wednesday 8 October 2025.
 */
describeDateTables([
  [
    '"at the weekend" told as past is the last weekend before the publication',
    [
      {
        text: '"Nobody wins from what happened at the weekend," he said.',
        publishedOn: '2025-10-08',
        phrase: 'at the weekend',
        when: '2025-10-04/2025-10-05',
      },
      {
        text: 'The athletes’ representative told our correspondent at the weekend that many had gone home.',
        publishedOn: '2025-10-08',
        phrase: 'at the weekend',
        when: '2025-10-04/2025-10-05',
      },
    ],
  ],
  [
    'a weekend told as future is the first one not over at the publication',
    [
      {
        text: 'The minister will visit the flooded streets at the weekend.',
        publishedOn: '2025-10-08',
        phrase: 'at the weekend',
        when: '2025-10-11/2025-10-12',
      },
      {
        text: 'The minister will visit the flooded streets over the weekend.',
        publishedOn: '2025-10-08',
        phrase: 'over the weekend',
        when: '2025-10-11/2025-10-12',
      },
      {
        text: 'El ministro visitará las calles inundadas el fin de semana.',
        publishedOn: '2025-10-08',
        phrase: 'fin de semana',
        when: '2025-10-11/2025-10-12',
        lang: 'es',
      },
    ],
  ],
  [
    'a weekend told as past stays the last one',
    [
      {
        text: 'Los vecinos protestaron frente al municipio el fin de semana.',
        publishedOn: '2025-10-08',
        phrase: 'fin de semana',
        when: '2025-10-04/2025-10-05',
        lang: 'es',
      },
    ],
  ],
]);
