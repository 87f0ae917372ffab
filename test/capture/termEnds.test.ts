import { describeDateTables } from './dateTables.ts';

/**
 * A term that runs up to a date ends there ("the lease runs until 30 September 2027", "a contract which
 * runs until 2027", "que funcionó hasta 1996"): the event is the end, at that date; an end after the
 * publication leaves the time the story has reached where it was (docs/design.md, How capture reads
 * dates). Short stories of our own.
 */
describeDateTables([
  [
    'a term that runs until a date ends at that date',
    [
      {
        text: "The couple's lease runs until 30 September 2027. Council staff will report back at the council's 24 June meeting.",
        publishedOn: '2026-05-15',
        phrase: 'until 30 September 2027',
        when: '2027-09-30',
      },
      {
        text: 'The board will meet again on September 26 to decide whether to end its contract with Quillstone, which runs until 2027.',
        publishedOn: '2024-09-12',
        phrase: 'until 2027',
        when: '2027',
      },
      {
        text: 'El espectáculo trata del cierre del viejo frigorífico de la ciudad, que funcionó hasta 1996.',
        publishedOn: '2026-02-24',
        phrase: 'hasta 1996',
        when: '1996',
        lang: 'es',
      },
    ],
  ],
  [
    'an end after the publication leaves the story where it was',
    [
      {
        text: "The couple's lease runs until 30 September 2027. Council staff will report back at the council's 24 June meeting.",
        publishedOn: '2026-05-15',
        phrase: '24 June',
        when: '2026-06-24',
      },
    ],
  ],
  [
    'a state held until a date stays open up to it',
    [
      {
        text: 'Price, 33, has a contract until June 2025.',
        publishedOn: '2024-05-02',
        phrase: 'until June 2025',
        when: '../2025-06',
      },
    ],
  ],
]);
