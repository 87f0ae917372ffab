import { describeDateTables } from './dateTables.ts';

/**
 * A date without a year that opens a paragraph after background more than six months old is read from the
 * publication, unless so read it would come after the next day or month the text writes with its year while read
 * from the story it would not: the story is still told in order and has not returned to the news
 * (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a paragraph that goes on before the next date written with its year keeps the story’s year',
    [
      {
        text: 'The complaint was filed in October 2024.\n\nMarsh was formally notified on December 11. Four days later, someone deleted the files.\n\nThe inquiry reported on January 24, 2025, that the allegations had substance.',
        publishedOn: '2026-02-09',
        phrase: 'December 11',
        when: '2024-12-11',
      },
      {
        text: 'The complaint was filed in October 2024.\n\nMarsh was formally notified on December 11. Four days later, someone deleted the files.\n\nThe inquiry reported on January 24, 2025, that the allegations had substance.',
        publishedOn: '2026-02-09',
        phrase: 'Four days later',
        when: '2024-12-15',
      },
      {
        text: 'She first played the cello in the spring of 2018.\n\nShe went back to the shop twice, and by the end of September she had decided. She paid the dealer on October 19, 2018, and took the cello home.',
        publishedOn: '2026-04-21',
        phrase: 'by the end of September',
        when: '../2018-09',
      },
      {
        text: 'La denuncia se presentó en octubre de 2024.\n\nEl 11 de diciembre, la universidad notificó a Marsh.\n\nLa comisión presentó su informe el 24 de enero de 2025.',
        publishedOn: '2026-02-09',
        phrase: '11 de diciembre',
        when: '2024-12-11',
        lang: 'es',
      },
    ],
  ],
  [
    'a paragraph that returns to the news keeps the publication’s year',
    [
      {
        text: 'The council bought the site in March 2019.\n\nThe tender opened on 12 April. The site had first been surveyed in May 2018.',
        publishedOn: '2021-06-10',
        phrase: '12 April',
        when: '2021-04-12',
      },
      {
        text: 'The investigation began in the spring of 2019.\n\nThe trial was held between 9 and 18 January. The current mayor, elected in May 2023, said the town still owes money.',
        publishedOn: '2024-02-08',
        phrase: 'between 9 and 18 January',
        when: '2024-01-09/2024-01-18',
      },
      {
        text: 'La investigación comenzó en la primavera de 2019.\n\nEl juicio se celebró entre el 9 y el 18 de enero. Según el alcalde, Javier Molina, elegido en mayo de 2023, el municipio arrastra deudas.',
        publishedOn: '2024-02-08',
        phrase: 'entre el 9 y el 18 de enero',
        when: '2024-01-09/2024-01-18',
        lang: 'es',
      },
      {
        text: 'La auditoría comenzó en la primavera de 2019.\n\nEl informe, culminado a fines de mayo, muestra 486 funcionarios, frente a 212 en marzo de 2022.',
        publishedOn: '2025-07-18',
        phrase: 'a fines de mayo',
        when: '2025-05-21/2025-05-31',
        lang: 'es',
      },
    ],
  ],
]);
