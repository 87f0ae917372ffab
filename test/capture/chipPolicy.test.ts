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

  describe('a name after "in", "at", "on" or "en" says where, and is proposed only when it is a company', () => {
    check([
      [
        'Delby Foods sued the council in the Westmarch High Court on 6 May 2025.',
        '6 May 2025',
        'en',
        ['Delby Foods'],
        ['Westmarch High Court'],
      ],
      [
        'Paul Mabry was sentenced in the Harrow Crown Court on 2 June 2025.',
        '2 June 2025',
        'en',
        ['Paul Mabry'],
        ['Harrow Crown Court'],
      ],
      [
        'Nadia Ferris gave a talk at the Ormsby Public Library on 4 March 2024.',
        '4 March 2024',
        'en',
        ['Nadia Ferris'],
        ['Ormsby Public Library'],
      ],
      [
        'El 3 de mayo de 2024 Lucía Ferrán dio una charla en la Universidad de Tarma.',
        '3 de mayo de 2024',
        'es',
        ['Lucía Ferrán'],
        ['Universidad de Tarma'],
      ],
      [
        'Irene Stokes joined the board at Halden Logistics Ltd on 1 April 2024.',
        '1 April 2024',
        'en',
        ['Irene Stokes', 'Halden Logistics Ltd'],
        [],
      ],
      [
        'El 3 de mayo de 2024 Lucía Ferrán compró acciones en Minera Tarma.',
        '3 de mayo de 2024',
        'es',
        ['Lucía Ferrán', 'Minera Tarma'],
        [],
      ],
    ]);
  });

  describe('a clause that names no one takes no passive’s agent from its sentence', () => {
    check([
      [
        'The plan was drawn up by the Ostry Transport Board in 2023, and the depot will close in June 2026.',
        'June 2026',
        'en',
        [],
        ['Ostry Transport Board'],
      ],
      [
        'The survey, paid for by the Harle Valley Council in 2022, found cracks; the bridge reopened in March 2025.',
        'March 2025',
        'en',
        [],
        ['Harle Valley Council'],
      ],
      [
        'El plan fue aprobado por la Fiscalía de Tarma en 2023, y la obra terminará en marzo de 2026.',
        'marzo de 2026',
        'es',
        [],
        ['Fiscalía de Tarma'],
      ],
    ]);
  });

  describe('a clause that names no one takes no name after "of" / "de" from its sentence', () => {
    check([
      [
        'The chair of the Pelton Rowing Club took office in 2021, and the regatta was cancelled on 4 August 2024.',
        '4 August 2024',
        'en',
        [],
        ['Pelton Rowing Club'],
      ],
      [
        'The archive of the Wexley Arts Trust opened in 2015; the roof fell in on 14 February 2022.',
        '14 February 2022',
        'en',
        [],
        ['Wexley Arts Trust'],
      ],
      [
        'El presidente de la Cooperativa Agraria del Sur asumió en 2021, y la cosecha empezó el 8 de junio de 2024.',
        '8 de junio de 2024',
        'es',
        [],
        ['Cooperativa Agraria del Sur'],
      ],
    ]);
  });

  describe('a clause that names no one takes its sentence’s subject only when no other name stands before it', () => {
    check([
      [
        'Harlow Bank’s chief economist, Ines Marr, joined in 2019; rates fell in March 2025.',
        'March 2025',
        'en',
        [],
        ['Ines Marr'],
      ],
      [
        'After talks with the Kelby Angling Society in 2022, Tessa Lund left; the lake closed on 3 June 2024.',
        '3 June 2024',
        'en',
        [],
        ['Tessa Lund'],
      ],
      [
        'Tras reunirse con la Cooperativa Agraria del Sur en 2022, Lucía Ferrán dimitió; la planta cerró el 3 de junio de 2024.',
        '3 de junio de 2024',
        'es',
        [],
        ['Lucía Ferrán'],
      ],
      [
        'The Ostry Transport Board drew up the plan in 2023, and the depot will close in June 2026.',
        'June 2026',
        'en',
        ['Ostry Transport Board'],
        [],
      ],
    ]);
  });

  describe('of a sentence whose event clause names no one, a speaker whose reported words name someone else proposes no one', () => {
    check([
      [
        'Kofi Mensah said the Drivers Union wrote to the Ministry of Roads on May 26, 2025 asking for a meeting, and again on June 18, but received no reply until last Friday.',
        'June 18',
        'en',
        ['Drivers Union', 'Ministry of Roads'],
        ['Kofi Mensah'],
      ],
      [
        'Kofi Mensah said the Drivers Union wrote to the Ministry of Roads on May 26, 2025 asking for a meeting, and again on June 18, but received no reply until last Friday.',
        'last Friday',
        'en',
        ['Drivers Union'],
        ['Kofi Mensah'],
      ],
      [
        'Dr Ama Brady told the Heritage Committee that the panels flake when damp, and that no one had opened the crates since an inspection two years ago.',
        'two years ago',
        'en',
        ['Heritage Committee'],
        ['Ama Brady'],
      ],
      [
        'Hugo Tejeda informó que el Ministerio de Hacienda liberó el 27 de agosto de 2025 una partida de fondos y que la obra se reanudará en la primera quincena de octubre.',
        'la primera quincena de octubre',
        'es',
        ['Ministerio de Hacienda'],
        ['Hugo Tejeda'],
      ],
    ]);
  });

  describe('a speaker stays when the event’s clause names it, or its reported words name no one else or may name it again', () => {
    check([
      [
        'Kofi Mensah said the Drivers Union wrote to the Ministry of Roads on May 26, 2025 asking for a meeting.',
        'May 26, 2025',
        'en',
        ['Kofi Mensah', 'Drivers Union'],
        [],
      ],
      [
        'Kofi Mensah said he had written to the Ministry of Roads on May 26, 2025, and again on June 18.',
        'June 18',
        'en',
        ['Kofi Mensah'],
        [],
      ],
      [
        'Hugo Tejeda informó que la obra se reanudará en la primera quincena de octubre.',
        'la primera quincena de octubre',
        'es',
        ['Hugo Tejeda'],
        [],
      ],
    ]);
  });
});
