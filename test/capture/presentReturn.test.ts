import { describeDateTables } from './dateTables.ts';

/**
 * A date without a year read after background more than six months old is read from the publication when the
 * words between that background's date and the phrase's own clause tell something in the present ("is", "are",
 * "has", "have"; "es", "está", "ha", …) outside quotation marks and relative clauses: the telling has come back to
 * the news (docs/design.md, How capture reads dates); a present in the phrase's own clause ("have risen since
 * March") is the date's own tense. Short stories of our own.
 */
describeDateTables([
  [
    'a date told after words in the present is read from the publication',
    [
      {
        text: 'The mine last shut down on 21 March 2024. Water is the other critical input, and the company said it had renewed its water contract with the utility in February.',
        publishedOn: '2026-05-19',
        phrase: 'February',
        when: '2026-02',
      },
      {
        text: 'The mine last shut down on 21 March 2024. The pipeline has carried its water from the coast since 2013, and the regulator renewed its licence on April 30.',
        publishedOn: '2026-05-19',
        phrase: 'April 30',
        when: '2026-04-30',
      },
      {
        text: 'La planta ya había fallado en el verano de 2024. La ampliación no ha empezado. El consorcio presentó un nuevo calendario en marzo.',
        publishedOn: '2026-08-27',
        phrase: 'marzo',
        when: '2026-03',
        lang: 'es',
      },
    ],
  ],
  [
    'a date told after words in the past, in quotation marks or in a relative clause goes on from the background',
    [
      {
        text: 'The clinic shut on 2 March 2025. Rents in the street have risen since March.',
        publishedOn: '2026-03-10',
        phrase: 'since March',
        when: '2025-03/..',
      },
      {
        text: 'The mine last shut down on 21 March 2024. Workers were sent home, and the company renewed its water contract with the utility in February.',
        publishedOn: '2026-05-19',
        phrase: 'February',
        when: '2025-02',
      },
      {
        text: 'The mine last shut down on 21 March 2024. "It is a hard place to work," a foreman said, and the company renewed its water contract in February.',
        publishedOn: '2026-05-19',
        phrase: 'February',
        when: '2025-02',
      },
      {
        text: 'The mine last shut down on 21 March 2024. Its manager, who is now retired, renewed the water contract in February.',
        publishedOn: '2026-05-19',
        phrase: 'February',
        when: '2025-02',
      },
      {
        text: 'La planta ya había fallado en el verano de 2024. Los cortes duraron un mes, y el consorcio presentó un calendario en marzo.',
        publishedOn: '2026-08-27',
        phrase: 'marzo',
        when: '2025-03',
        lang: 'es',
      },
    ],
  ],
]);
