import { checkLinked as check } from './captureHelpers.ts';

describe('capture: names that take part in an event, and names only mentioned', () => {
  describe('a source cited is not a participant', () => {
    check([
      [
        'Tarvik Mining closed the Orrin shaft on 3 March 2025, according to the Pellam Gazette.',
        '3 March 2025',
        'en',
        ['Tarvik Mining'],
        ['Pellam Gazette'],
      ],
      [
        'The Harlow Water Board raised its tariffs in April 2025, according to minutes seen by The Evening Herald.',
        'April 2025',
        'en',
        ['Harlow Water Board'],
        ['Evening Herald'],
      ],
      [
        'Brisa Logistics paid the fine on 12 May 2025, according to Tax Tribunal records.',
        '12 May 2025',
        'en',
        ['Brisa Logistics'],
        ['Tax Tribunal'],
      ],
      [
        'Según la Procuraduría Ambiental, la empresa Minera Tezal cerró el pozo el 4 de marzo de 2025.',
        '4 de marzo de 2025',
        'es',
        ['Minera Tezal'],
        ['Procuraduría Ambiental'],
      ],
    ]);
  });

  describe('a place named by a preposition of place, or before the noun of a site, is not a participant', () => {
    check([
      [
        'Officials said Pellworth had no cases. The Food Standards Agency found mould at a bakery in Pellworth on 2 May 2025.',
        '2 May 2025',
        'en',
        ['Food Standards Agency'],
        ['Pellworth'],
      ],
      [
        'The trawler Dunmore sank west of Portugal on 9 January 2025, the Coastguard Agency said.',
        '9 January 2025',
        'en',
        ['Coastguard Agency'],
        ['Portugal'],
      ],
      [
        'Residents said Korvel had waited for years. Orvane Chemicals Ltd shut the Korvel plant on 14 February 2025.',
        '14 February 2025',
        'en',
        ['Orvane Chemicals Ltd'],
        ['Korvel'],
      ],
      [
        'The Harbour Trust opened an office in the Netherlands in March 2025.',
        'March 2025',
        'en',
        ['Harbour Trust'],
        ['Netherlands'],
      ],
    ]);
  });

  describe('a country after a preposition of place or direction, or in a list after one, is a place', () => {
    check([
      ['Tarvik Steel imported ore from Brazil on 3 March 2025.', '3 March 2025', 'en', ['Tarvik Steel'], ['Brazil']],
      [
        'A partir de 2026, Lanera del Sur exportará a Chile, Perú y Bolivia.',
        'A partir de 2026',
        'es',
        [],
        ['Chile', 'Perú', 'Bolivia'],
      ],
      [
        'On 9 May 2025 four workers from Nepal and India went to the Labour Ministry.',
        '9 May 2025',
        'en',
        ['Labour Ministry'],
        ['Nepal', 'India'],
      ],
      [
        'On 2 June 2025 the British ambassador to Peru, Ana Ruiz, wrote to the Trade Office.',
        '2 June 2025',
        'en',
        ['Ana Ruiz', 'Trade Office'],
        ['Peru'],
      ],
      ['Chile signed the fishing treaty on 4 May 2025.', '4 May 2025', 'en', ['Chile'], []],
    ]);
  });

  describe('a name after the common noun of a place, or in a list after one, is a place', () => {
    check([
      [
        'Vecinos de los barrios La Ribera y Villa Caoba marcharon el 3 de marzo de 2025, dijo la Policía Municipal.',
        '3 de marzo de 2025',
        'es',
        ['Policía Municipal'],
        ['Ribera', 'Villa Caoba'],
      ],
      [
        'La Agencia Forestal declaró el 2 de abril de 2025 la emergencia en el cantón El Tolmayal.',
        '2 de abril de 2025',
        'es',
        ['Agencia Forestal'],
        ['Tolmayal'],
      ],
      [
        'Los productores del municipio San Julián del Monte bloquearon la ruta el 3 de mayo de 2025.',
        '3 de mayo de 2025',
        'es',
        [],
        ['San Julián del Monte'],
      ],
      [
        'La crecida del arroyo Sabana Perdida inundó 40 casas el 3 de mayo de 2025.',
        '3 de mayo de 2025',
        'es',
        [],
        ['Sabana Perdida'],
      ],
      [
        'El teleférico se detuvo entre las estaciones La Loma y El Prado el 9 de junio de 2025, informó Metrocable.',
        '9 de junio de 2025',
        'es',
        [],
        ['Loma', 'Prado'],
      ],
      [
        'On 4 May 2025 Ana Ruiz and Tom Bell of the villages Carrow Mill and Dunmere Cross met the Water Board.',
        '4 May 2025',
        'en',
        ['Ana Ruiz', 'Tom Bell', 'Water Board'],
        ['Carrow Mill', 'Dunmere Cross'],
      ],
    ]);
  });

  describe('a name that says whose document, affair or hall the clause speaks of is only mentioned', () => {
    check([
      [
        'Pellam Partners audited the fund. On 3 March 2025 the trustees read the Pellam report.',
        '3 March 2025',
        'en',
        [],
        ['Pellam Partners'],
      ],
      [
        'Brisa Mining denied the claims. In May 2025 the Brisa case reached the Westmarch High Court.',
        'May 2025',
        'en',
        ['Westmarch High Court'],
        ['Brisa Mining'],
      ],
      [
        'Harlow Freight Ltd wrote to the port. On 9 June 2025 the Port Authority answered the Harlow letter.',
        '9 June 2025',
        'en',
        ['Port Authority'],
        ['Harlow Freight Ltd'],
      ],
      [
        'The Orrin Institute breeds seed. Officials met growers at the Orrin Institute hall on 2 April 2025.',
        '2 April 2025',
        'en',
        [],
        ['Orrin Institute'],
      ],
      [
        'Halden Associates studied the port. The Halden review was published on 12 September 2025.',
        '12 September 2025',
        'en',
        ['Halden Associates'],
        [],
      ],
    ]);
  });

  describe('a firm a stake is bought in takes part', () => {
    check([
      [
        'Aldo Pinter bought a stake in Corrow United in March 2025.',
        'March 2025',
        'en',
        ['Aldo Pinter', 'Corrow United'],
        [],
      ],
    ]);
  });

  describe('one word between a possessive and a noun modifies the noun and is only mentioned', () => {
    check([
      [
        'The Ampara District Secretariat met the farmers. Its Ampara assistant commissioner, Mr. S. Thavarajah, said on 14 July 2025 that payments would be made.',
        '14 July 2025',
        'en',
        ['S. Thavarajah'],
        ['Ampara District Secretariat'],
      ],
      [
        "Workers voted to join the Atlantic Food and Allied Workers Union. The union's Atlantic director, Raj Malhotra, said on 3 October 2024 that talks would begin.",
        '3 October 2024',
        'en',
        ['Raj Malhotra'],
        ['Atlantic Food and Allied Workers Union'],
      ],
    ]);
  });

  describe('a name of several words after a possessive still takes part', () => {
    check([
      [
        "Inspectors from the agency's Atlanta Flight Standards District Office visited the shop on 9 June 2025.",
        '9 June 2025',
        'en',
        ['Atlanta Flight Standards District Office'],
        [],
      ],
    ]);
  });
});

describe('capture: "he" and "she" as the subject of a clause', () => {
  check([
    [
      'Nora Bell ran the trust for a decade. On 3 March 2025, she wrote to the chairman, Peter Dunne, about the deficit.',
      '3 March 2025',
      'en',
      ['Nora Bell', 'Peter Dunne'],
      [],
    ],
    [
      'Helen Ward chaired the inquiry. Two weeks later, Michael Rowe called her into his office. By June 2025 she had resigned.',
      'June 2025',
      'en',
      ['Helen Ward'],
      ['Michael Rowe'],
    ],
    [
      'Mrs Ada Crane filed the complaint. The next morning Mr Tobias Lund read it. In April 2025 she sued the firm.',
      'April 2025',
      'en',
      ['Ada Crane'],
      ['Tobias Lund'],
    ],
    [
      'George Pike founded the club. His daughter, Laura Pike, sold it. Last year, on 2 May 2024, he returned as chairman.',
      '2 May 2024',
      'en',
      ['George Pike'],
      ['Laura Pike'],
    ],
  ]);
});

describe('capture: organisations named without a word that says so', () => {
  check([
    ['Marsh & Pollard signed the audit on 4 May 2025.', '4 May 2025', 'en', ['Marsh & Pollard'], []],
    ['The shed was built by Corran Timber Works in March 2019.', 'March 2019', 'en', ['Corran Timber Works'], []],
    ['Friends of Calder Marsh filed a complaint on 9 June 2025.', '9 June 2025', 'en', ['Friends of Calder Marsh'], []],
  ]);
});

describe('capture: "it" as the subject of a clause that names another body proposes only that body', () => {
  check([
    [
      'Brannoch Defence Ltd makes radar units. It applied to the Export Licensing Office for a licence in October 2024.',
      'October 2024',
      'en',
      ['Export Licensing Office'],
      ['Brannoch Defence Ltd'],
    ],
    [
      'The Orrin Water Trust runs three reservoirs. In May 2025, it sued the Regional Planning Board over a pipeline.',
      'May 2025',
      'en',
      ['Regional Planning Board'],
      ['Orrin Water Trust'],
    ],
    [
      'Tavish Logistics Ltd lost the contract. On 2 June 2025 it told the Port Authority that it would appeal.',
      '2 June 2025',
      'en',
      ['Port Authority'],
      ['Tavish Logistics Ltd'],
    ],
  ]);
});

describe('capture: an appositive names an institution, and its noun comes back for it', () => {
  check([
    [
      'Corrow United lost again. Corrow United, the League Two club from Aldham, sacked its manager. On 3 May 2025 the club appointed Dan Hale.',
      '3 May 2025',
      'en',
      ['Corrow United'],
      [],
    ],
    [
      'Pellam Infirmary, the county’s largest hospital, lost power. The hospital closed two wards on 2 April 2025.',
      '2 April 2025',
      'en',
      ['Pellam Infirmary'],
      [],
    ],
    [
      'Grey Lantern, the city’s basketball team, lost the final. In June 2025 the team signed a new coach.',
      'June 2025',
      'en',
      ['Grey Lantern'],
      [],
    ],
  ]);
});

describe('capture: a body named only as the possessor of a noun does not take part, save through its board', () => {
  check([
    [
      'Tarrow Cables Ltd lost the tender. On 4 March 2025 Mr Dole wrote to the company’s finance director, Ines Marr.',
      '4 March 2025',
      'en',
      ['Ines Marr'],
      ['Tarrow Cables Ltd'],
    ],
    [
      'The Delven Housing Agency ran the estate. In May 2025 the agency’s lawyers filed the eviction notices.',
      'May 2025',
      'en',
      [],
      ['Delven Housing Agency'],
    ],
    [
      'Orrin Vale Trust keeps the archive. Its chair, Ruth Pabst, resigned on 9 June 2025.',
      '9 June 2025',
      'en',
      ['Ruth Pabst'],
      ['Orrin Vale Trust'],
    ],
    [
      'La Cooperativa Lanera del Sur vende lana. Su gerente, Tomás Ibarra, renunció el 2 de abril de 2025.',
      '2 de abril de 2025',
      'es',
      ['Tomás Ibarra'],
      ['Cooperativa Lanera del Sur'],
    ],
    [
      'The Harlow Port Authority owns the docks. In April 2025 the authority’s board voted to sell them.',
      'April 2025',
      'en',
      ['Harlow Port Authority'],
      [],
    ],
    [
      'Brennan Rail Company runs the line. Its board approved the fare rise on 2 May 2025.',
      '2 May 2025',
      'en',
      ['Brennan Rail Company'],
      [],
    ],
  ]);
});

describe('capture: a clause that names no one does not take the names of a later clause joined by "and", "y", "but"', () => {
  check([
    [
      'La secretaría convocó la licitación en marzo de 2024, y Grupo Tolmer presentó la única oferta.',
      'marzo de 2024',
      'es',
      [],
      ['Grupo Tolmer'],
    ],
    [
      'Within weeks of the flood, residents had filed 40 claims by 3 May 2025, and the Harlan County Council opened an inquiry.',
      '3 May 2025',
      'en',
      [],
      ['Harlan County Council'],
    ],
    [
      'The firm will hire 90 workers next year, but the Pellam Trade Board has not approved the plan.',
      'next year',
      'en',
      [],
      ['Pellam Trade Board'],
    ],
    [
      'In a report published on 4 March 2025, the Delven Water Authority said the pipes were safe.',
      '4 March 2025',
      'en',
      ['Delven Water Authority'],
      [],
    ],
    [
      '"We opened the plant in May 2025," said the director of Tarvik Mining, Ana Solís.',
      'May 2025',
      'en',
      ['Ana Solís'],
      [],
    ],
  ]);
});
