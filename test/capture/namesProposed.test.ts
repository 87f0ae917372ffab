import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { linkedAt, proposed } from './captureHelpers.ts';

/** Each row: a text, its date phrase, the language and the names the fact links. */
type Row = readonly [text: string, phrase: string, lang: 'en' | 'es', linked: readonly string[]];

function check(rows: readonly Row[]): void {
  for (const [text, phrase, lang, linked] of rows) {
    it(`"${text.replace(/\n+/g, ' ¶ ')}"`, () => {
      expect(linkedAt(text, phrase, lang, '2025-06-30')).to.include.members([...linked]);
    });
  }
}

/** Each row: a text, a name capture proposes for it, as "name (kind)", and the language (English unless said). */
function proposes(rows: readonly (readonly [text: string, name: string, lang?: 'en' | 'es'])[]): void {
  for (const [text, name, lang] of rows)
    it(`"${text.replace(/\n+/g, ' ¶ ')}"`, () => expect(proposed(text, lang ?? 'en')).to.include(name));
}

/** The aliases capture gives the actor it proposes under `name`. */
function aliasesOf(text: string, lang: 'en' | 'es', name: string): string[] {
  const actor = [...indexActors(text, lang, []).actors.values()].find((a) => a.name === name);
  if (!actor) throw new Error(`no actor ${name}`);
  return actor.aliases;
}

describe('capture: names it proposes', () => {
  describe('the word before a name is on its line: a heading above says nothing of the name', () => {
    proposes([
      [
        'A family firm\n\nOwen Castell, 61, founded the dairy on 3 May 1990 with a loan from his father and two cows.',
        'Owen Castell (person)',
      ],
      ['Trouble at the supplier\n\nHannah Mercer resigned on 4 June 2024.', 'Hannah Mercer (person)'],
      ['Inside the contractor\n\nLiam Porter signed the deal on 2 July 2024.', 'Liam Porter (person)'],
    ]);
  });

  describe('a title before a surname makes it a person, never the company of that name', () => {
    check([
      [
        'Lowe Holdings was founded in 1988 by Gareth Lowe. On 3 May 2024 Mr Lowe sold his shares.',
        '3 May 2024',
        'en',
        ['Gareth Lowe'],
      ],
      [
        'Ardent Haulage Ltd hired Priya Ardent, 44, as finance chief. On 9 April 2024 Ms Ardent resigned.',
        '9 April 2024',
        'en',
        ['Priya Ardent'],
      ],
      [
        'Salcedo Hermanos, S.A. contrató a Lucía Salcedo Vera. El 3 de mayo de 2024 la Sra. Salcedo renunció.',
        '3 de mayo de 2024',
        'es',
        ['Lucía Salcedo Vera'],
      ],
    ]);

    it('gives the person the titled surname as an alias ("Ms Hoyle" of "Sandra Hoyle")', () => {
      const text = 'Sandra Hoyle, the finance director, warned the board. On 4 June 2024 Ms Hoyle resigned.';
      expect(aliasesOf(text, 'en', 'Sandra Hoyle')).to.deep.equal(['Ms Hoyle']);
      const es = 'Marta Ruiz Peña dirigió la obra. El 2 de mayo de 2024 la Sra. Ruiz presentó su informe.';
      expect(aliasesOf(es, 'es', 'Marta Ruiz Peña')).to.deep.equal(['Sra. Ruiz']);
    });
  });

  describe('words that make a name a company', () => {
    check([
      [
        'On 3 March 2025 the council sold the depot to Marrow Developments for £2 million.',
        '3 March 2025',
        'en',
        ['Marrow Developments'],
      ],
      [
        'In May 2024 the court appointed Hale Finch Restructuring as administrator.',
        'May 2024',
        'en',
        ['Hale Finch Restructuring'],
      ],
      [
        'The fund put money into Brightmoor Therapeutics on 2 June 2024.',
        '2 June 2024',
        'en',
        ['Brightmoor Therapeutics'],
      ],
      [
        'El 5 de abril de 2024 la alcaldía otorgó el contrato a Inversiones Tolú.',
        '5 de abril de 2024',
        'es',
        ['Inversiones Tolú'],
      ],
    ]);
  });

  describe("an initial is a word of a person's name", () => {
    check([
      [
        'The founder, K. Arumugam Pillai, 63, was arrested on 2 March 2025.',
        '2 March 2025',
        'en',
        ['K. Arumugam Pillai'],
      ],
      ["The firm's lawyer, T. Okonjo, said on 4 April 2025 that it would appeal.", '4 April 2025', 'en', ['T. Okonjo']],
      ['Its chairman, S. Raghavan, resigned on 12 May 2025.', '12 May 2025', 'en', ['S. Raghavan']],
    ]);
  });

  describe('legislatures are bodies', () => {
    check([
      [
        'On 4 March 2025 the minister told the House of Commons that the plan was dead.',
        '4 March 2025',
        'en',
        ['House of Commons'],
      ],
      [
        'The bill passed the House of Representatives on 12 June 2025.',
        '12 June 2025',
        'en',
        ['House of Representatives'],
      ],
      ['Lena Voss told the Commons on 5 May 2025 that no licence had been granted.', '5 May 2025', 'en', ['Commons']],
      ['The Lords rejected the amendment on 2 April 2025.', '2 April 2025', 'en', ['Lords']],
    ]);
  });

  describe('a preposition opening a sentence is no part of the name after it', () => {
    for (const [text, name] of [
      ['Without Marden Rail, the town lost its last train on 3 June 2025.', 'Marden Rail'],
      ['Following Pellow Quarry Ltd, the council acted on 3 June 2025.', 'Pellow Quarry Ltd'],
      ['Alongside Tessa Marlow, the board voted on 3 June 2025.', 'Tessa Marlow'],
    ] as const)
      it(`"${text}"`, () => {
        const names = proposed(text, 'en').map((n) => n.replace(/ \(.*$/u, ''));
        expect(names).to.include(name);
        expect(names.join(' | ')).to.not.match(/Without|Following|Alongside/u);
      });
  });

  describe('"Person of Organisation" is two names, and "of" a place names no body', () => {
    check([
      [
        'Marta Ilves of Corvane Capital said on 3 May 2025 that the fund would sell.',
        '3 May 2025',
        'en',
        ['Marta Ilves', 'Corvane Capital'],
      ],
      [
        'Aisha Karimi of Westbrook University published the study on 4 April 2025.',
        '4 April 2025',
        'en',
        ['Aisha Karimi', 'Westbrook University'],
      ],
      [
        'Peter Haldane of the Fenmoor Tenants group filed the complaint on 2 June 2025.',
        '2 June 2025',
        'en',
        ['Peter Haldane', 'Fenmoor Tenants'],
      ],
    ]);
    it('"Tom Hale of Leeds won the prize on 3 May 2025."', () => {
      expect(proposed('Tom Hale of Leeds won the prize on 3 May 2025.', 'en')).to.deep.equal(['Tom Hale (person)']);
    });
  });

  describe('a noun of a company or a group after a name makes it an organisation', () => {
    check([
      ['The Calder Marsh campaign lodged an appeal on 5 May 2025.', '5 May 2025', 'en', ['Calder Marsh']],
      ['The Harlow Tenants union voted to strike on 2 July 2025.', '2 July 2025', 'en', ['Harlow Tenants']],
      [
        'On 4 March 2025 the Brenmoor Dairy cooperative wound up the Selby Road charity.',
        '4 March 2025',
        'en',
        ['Selby Road'],
      ],
    ]);
  });

  describe('a public body named in lower case, with a word that says which, as the subject of a verb', () => {
    check([
      [
        'The Dunmore parish council voted on 3 March 2025 to close the library.',
        '3 March 2025',
        'en',
        ['Dunmore parish council'],
      ],
      ['The county planning board approved the depot on 12 May 2025.', '12 May 2025', 'en', ['county planning board']],
      [
        'On 4 June 2025 the state licensing commission suspended the clinic.',
        '4 June 2025',
        'en',
        ['state licensing commission'],
      ],
      [
        'La junta electoral anulará la votación el 4 de abril de 2025.',
        '4 de abril de 2025',
        'es',
        ['junta electoral'],
      ],
      [
        'El consejo universitario aprobó la reforma el 2 de mayo de 2025.',
        '2 de mayo de 2025',
        'es',
        ['consejo universitario'],
      ],
      [
        'La comisión investigadora de la Cámara sesionará el 5 de junio de 2025.',
        '5 de junio de 2025',
        'es',
        ['comisión investigadora de la Cámara'],
      ],
    ]);
    it('but not a bare "the board", nor a noun a body named before holds', () => {
      const bare = 'Halvorsen Foods said the board approved the deal on 3 May 2025.';
      expect(proposed(bare, 'en')).to.deep.equal(['Halvorsen Foods (company)']);
      const named =
        'Harlow District Council met in March. On 2 April 2025 the district council voted to sell the depot.';
      expect(proposed(named, 'en')).to.deep.equal(['Harlow District Council (government-body)']);
    });
  });

  describe('a body met again by its noun after a word that says which ("the state commission")', () => {
    check([
      [
        'The Oregon Public Utility Commission fined the carrier. The state commission opened an inquiry on 2 May 2025.',
        '2 May 2025',
        'en',
        ['Oregon Public Utility Commission'],
      ],
      [
        'Harlow County Council owns the depot. On 3 May 2025 the county council voted to sell it.',
        '3 May 2025',
        'en',
        ['Harlow County Council'],
      ],
      [
        'The Federal Aviation Agency grounded the fleet. The federal agency lifted the ban on 9 June 2025.',
        '9 June 2025',
        'en',
        ['Federal Aviation Agency'],
      ],
    ]);
  });

  describe('legal forms and currencies written with a full stop', () => {
    proposes([
      [
        'Police arrested the director of Kaveri Finance Pvt. Ltd. on 3 March 2025.',
        'Kaveri Finance Pvt. Ltd (company)',
      ],
      ['Arjun Traders Pvt. Ltd., a textile firm, shut its mills in May 2025.', 'Arjun Traders Pvt. Ltd (company)'],
    ]);
    it('"Rs.", "Rp" and "Ksh" are no names', () => {
      const text =
        'Ramesh Gupta lost Rs. 40,000 in March 2025. He got Rs. 10,000 back, Rp 5,000 and Ksh 300 in April 2025. Rs. 2,000 went missing.';
      expect(proposed(text, 'en').join(' | ')).to.not.match(/\b(?:Rs|Rp|Ksh)\b/u);
    });
  });

  describe('"All three", "Los tres" opening a sentence are the last three people named', () => {
    check([
      [
        'Ana Ruiz, Tom Hale and Li Wei were charged. All three will appear in court on 4 May 2025.',
        '4 May 2025',
        'en',
        ['Ana Ruiz', 'Tom Hale', 'Li Wei'],
      ],
      [
        'Police named Omar Said, Jane Cole and Piotr Nowak. The three were released on 2 June 2025.',
        '2 June 2025',
        'en',
        ['Omar Said', 'Jane Cole', 'Piotr Nowak'],
      ],
      [
        'La fiscalía acusó a Laura Gil, Pedro Mena y Rosa Vidal. Los tres fueron detenidos el 3 de marzo de 2025.',
        '3 de marzo de 2025',
        'es',
        ['Laura Gil', 'Pedro Mena', 'Rosa Vidal'],
      ],
    ]);
  });

  describe('a plural word before "de" / "of" is a body’s people only when it names people, not a word of the name', () => {
    proposes([
      ['El presidente de Bosques del Este S.A., Gustavo Ferrés, fue imputado.', 'Bosques del Este S.A (company)', 'es'],
      ['Pinares del Sur S.A. despidió a 40 empleados.', 'Pinares del Sur S.A (company)', 'es'],
      ['The board of Woods of Arden Ltd met on Monday.', 'Woods of Arden Ltd (company)'],
      ['Agentes de la Policía Municipal llegaron al lugar.', 'Policía Municipal (government-body)', 'es'],
      ['Inspectors of the Fire Bureau arrived at dawn.', 'Fire Bureau (government-body)'],
    ]);
  });

  describe('an article after "and" / "y" opens a second name when the words after it name a body or a person', () => {
    check([
      [
        'On 3 May 2024, Dana Pike and the Orrin Ferry Company signed the lease.',
        '3 May 2024',
        'en',
        ['Dana Pike', 'Orrin Ferry Company'],
      ],
      [
        'On 3 May 2024 the Maritime and Coastguard Agency and the Port of Wendle Authority closed the channel.',
        '3 May 2024',
        'en',
        ['Maritime and Coastguard Agency', 'Port of Wendle Authority'],
      ],
      [
        'El 3 de mayo de 2024, Ana Peña y la Cooperativa Agrícola del Sur firmaron el convenio.',
        '3 de mayo de 2024',
        'es',
        ['Ana Peña', 'Cooperativa Agrícola del Sur'],
      ],
    ]);
    proposes([
      [
        'El Ministerio de Tecnologías de la Información y las Comunicaciones abrió la subasta.',
        'Ministerio de Tecnologías de la Información y las Comunicaciones (government-body)',
        'es',
      ],
    ]);
  });

  describe('a name of one word is an actor only where it acts once: a verb follows it with no preposition before', () => {
    const notProposed: readonly (readonly [text: string, word: string, lang: 'en' | 'es'])[] = [
      [
        'Maran recorded the Elgar concerto on 3 March 2021. The Elgar recording was shortlisted for a prize, and the label rewrote the Elgar sleeve notes.',
        'Elgar',
        'en',
      ],
      [
        'The board voted on 11 March 2023 to license Sentinel, a fair-play program. The company pushed an update to Sentinel in June. The board suspended its use of Sentinel on 6 February 2024.',
        'Sentinel',
        'en',
      ],
      [
        'La minera opera en Quilaco desde 2010. El derrame llegó a Quilaco el 3 de mayo de 2024, y los vecinos de Quilaco protestaron.',
        'Quilaco',
        'es',
      ],
      [
        'Los músicos grabaron con Tordesalas en 2023. El contrato con Tordesalas venció el 3 de mayo de 2024, y la deuda con Tordesalas sigue.',
        'Tordesalas',
        'es',
      ],
    ];
    for (const [text, word, lang] of notProposed)
      it(`"${text}" names no actor "${word}"`, () => {
        expect(proposed(text, lang).map((n) => n.replace(/ \([a-z-]+\)$/u, ''))).to.not.include(word);
      });
    proposes([
      [
        'Nuctech won the contract on 3 May 2023. The ministry paid Nuctech in June, and Nuctech said the scanners worked.',
        'Nuctech (organization)',
      ],
      [
        'The council wrote to the Ledger in May. The Ledger first reported the gap on Jan. 9, and the mayor called the Ledger.',
        'Ledger (organization)',
      ],
      [
        'La ruta de Cetsa perdió pasajeros. Según Cetsa, la línea cerrará el 3 de mayo de 2025, y Cetsa informó el cambio a los usuarios.',
        'Cetsa (organization)',
        'es',
      ],
    ]);
  });

  describe('a person named again by the first word of the name and a later one is that person, under that alias', () => {
    check([
      [
        'The fares were announced on 3 July 2025 by the chairman, Alhaji Issah Dramani Yakubu. Alhaji Yakubu said on 5 July 2025 that the drivers would strike.',
        '5 July 2025',
        'en',
        ['Alhaji Issah Dramani Yakubu'],
      ],
      [
        'PC Aaron Tembo reported the searches to his sergeant. PC Tembo went to the watchdog in August 2023.',
        'August 2023',
        'en',
        ['PC Aaron Tembo'],
      ],
      [
        'Javier Huanca Apaza dirige la gerencia regional. Javier Huanca aseguró el 3 de junio de 2025 que los kits llegarán.',
        '3 de junio de 2025',
        'es',
        ['Javier Huanca Apaza'],
      ],
    ]);
    it('gives the person the shorter name as an alias ("PC Tembo")', () => {
      const text =
        'PC Aaron Tembo reported the searches to his sergeant. PC Tembo went to the watchdog in August 2023.';
      expect(aliasesOf(text, 'en', 'PC Aaron Tembo')).to.include('PC Tembo');
    });
  });

  describe('a word set off by commas after a noun of a firm or a body names that firm or body, though it never acts', () => {
    proposes([
      ['The exams regulator, Ofqual, was told of the problem on 28 August 2025.', 'Ofqual (government-body)'],
      ['The county bought the sirens in 2018 from a vendor, AlertPoint, for $310,000.', 'AlertPoint (company)'],
      ['La distribuidora, Gasvial, cortó el suministro el 3 de mayo de 2024.', 'Gasvial (company)', 'es'],
    ]);
    check([
      ['The county bought the sirens in 2018 from a vendor, AlertPoint, for $310,000.', '2018', 'en', ['AlertPoint']],
    ]);
  });
});
