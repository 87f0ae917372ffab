import { checkLinked as check } from './captureHelpers.ts';

describe('capture: a chip only where such chips are right more often than wrong', () => {
  describe('a reference back after a preposition or after its clause’s subject proposes no one', () => {
    check([
      [
        'The Kessock Ferry Board met in January. On 9 May 2023 Amir Solak wrote to the board about the timetable.',
        '9 May 2023',
        'en',
        ['Amir Solak'],
        ['Kessock Ferry Board'],
      ],
      [
        'The Orme Valley Water Authority raised its charges. Ada Quist sued the authority on 14 January 2024.',
        '14 January 2024',
        'en',
        ['Ada Quist'],
        ['Orme Valley Water Authority'],
      ],
      [
        'La Secretaría de Turismo abrió el concurso. El 4 de julio de 2023 Ramiro Ochoa demandó a la secretaría.',
        '4 de julio de 2023',
        'es',
        ['Ramiro Ochoa'],
        ['Secretaría de Turismo'],
      ],
    ]);
  });

  describe('a reference back as its clause’s subject still proposes the actor it refers to', () => {
    check([
      [
        'The Kessock Ferry Board met in January. On 9 May 2023 the board cut two sailings.',
        '9 May 2023',
        'en',
        ['Kessock Ferry Board'],
        [],
      ],
    ]);
  });

  describe('"it" proposes no one', () => {
    check([
      [
        'The Dunmore Trust said the roof was unsafe. It collapsed on 2 February 2023.',
        '2 February 2023',
        'en',
        [],
        ['Dunmore Trust'],
      ],
      [
        'Kelso Rail Ltd sold the line to the county. In June 2021 it reopened as a footpath.',
        'June 2021',
        'en',
        [],
        ['Kelso Rail Ltd'],
      ],
      [
        'Varro Motors Ltd designed the van. It failed its safety test on 6 October 2021.',
        '6 October 2021',
        'en',
        [],
        ['Varro Motors Ltd'],
      ],
    ]);
  });

  describe('a noun that heads a name ("the museum") proposes no one', () => {
    check([
      [
        'The Harrow Museum of Transport lent a tram to Leeds. The museum closed on 5 May 2022.',
        '5 May 2022',
        'en',
        [],
        ['Harrow Museum of Transport'],
      ],
      [
        'Brenmoor Health Trust lost the files. The trust wrote to patients on 9 June 2023.',
        '9 June 2023',
        'en',
        [],
        ['Brenmoor Health Trust'],
      ],
      [
        'The Aldous Brewery Cooperative sold its pubs. The cooperative was fined on 2 May 2021.',
        '2 May 2021',
        'en',
        [],
        ['Aldous Brewery Cooperative'],
      ],
    ]);
  });

  describe('a clause that names no one takes no reference back from the rest of its sentence', () => {
    check([
      [
        'Harl Foods closed a plant. In May 2023, shortly before the company sold its stake, the union went on strike.',
        'May 2023',
        'en',
        [],
        ['Harl Foods'],
      ],
      [
        'Ilse Varga ran the clinic. In March 2021, weeks before she resigned, the inspectors arrived.',
        'March 2021',
        'en',
        [],
        ['Ilse Varga'],
      ],
      [
        'Tobin Quarries Ltd dug the pit. In the spring of 2020, after the company had left, the pit flooded.',
        'spring of 2020',
        'en',
        [],
        ['Tobin Quarries Ltd'],
      ],
    ]);
  });
});
