import { describeDateTables } from './dateTables.ts';

/**
 * Spanish puts "pasado" or "próximo" after a season ("el verano pasado") or, after its article, before it ("el
 * pasado verano", "el próximo invierno"): both are the season before or after the publication. Short stories of
 * our own.
 */
describeDateTables([
  [
    'a season after "el pasado" or "el próximo" is read as after "pasado" or "próximo"',
    [
      {
        text: 'Según el contrato, las obras debían comenzar el pasado verano.',
        publishedOn: '2026-01-20',
        phrase: 'el pasado verano',
        when: '2025-22',
        lang: 'es',
      },
      {
        text: 'La planta de tratamiento se inauguró el pasado otoño.',
        publishedOn: '2026-01-20',
        phrase: 'el pasado otoño',
        when: '2025-23',
        lang: 'es',
      },
      {
        text: 'El ministerio terminará el muro el próximo verano.',
        publishedOn: '2026-01-20',
        phrase: 'el próximo verano',
        when: '2026-22',
        lang: 'es',
      },
    ],
  ],
  [
    'the season so read moves the story to its year',
    [
      {
        text: 'El municipio adjudicó la obra a finales de 2024. Los trabajos debían comenzar el pasado verano, pero la empresa no recibió los planos hasta el 17 de octubre.',
        publishedOn: '2026-01-20',
        phrase: '17 de octubre',
        when: '2025-10-17',
        lang: 'es',
      },
    ],
  ],
]);
