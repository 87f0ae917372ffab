import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { headNoun } from '../../src/capture/nameParts.ts';
import { capture, factAt, linkedAt, proposed } from './captureHelpers.ts';

describe('capture: how news names actors again', () => {
  describe('the noun that heads an organisation’s name', () => {
    it('is the word before "of" / "de", or else the last word', () => {
      expect(headNoun('Department of Education')).to.equal('department');
      expect(headNoun('Federación de Remo del Sur')).to.equal('federación');
      expect(headNoun('Pellham Unified School District')).to.equal('district');
      expect(headNoun('Brightline Metering LLC')).to.equal(null);
    });

    it('makes a name an organisation when the text later uses it in lower case ("Dunmore Bakery … the bakery")', () => {
      const text = 'Dunmore Bakery supplied the schools. Inspectors closed the bakery on 4 March 2024.';
      expect(proposed(text, 'en')).to.include('Dunmore Bakery (organization)');
      expect(proposed('Dunmore Bakery supplied the schools.', 'en')).to.not.include('Dunmore Bakery (organization)');
    });

    it('proposes no one for "the district", "la federación", the noun that heads a name (such chips are right less often than wrong)', () => {
      const en =
        'An audit of the Pellham Unified School District was published. The district sold the buses on 2 May 2024.';
      expect(linkedAt(en, '2 May 2024', 'en')).to.deep.equal([]);
      const es =
        'La Federación de Remo del Sur convocó a elecciones. El 3 de mayo de 2024 la federación suspendió la asamblea.';
      expect(linkedAt(es, '3 de mayo de 2024', 'es')).to.deep.equal([]);
    });

    it('does not read it after a place preposition ("in the district") or as a possessive ("the district’s website")', () => {
      const text =
        'Parents wrote to the Pellham Unified School District. On 2 May 2024 Marta Ruiz opened a shop in the district. On 3 May 2024 the district’s website went down.';
      expect(linkedAt(text, '2 May 2024', 'en')).to.deep.equal(['Marta Ruiz']);
      expect(linkedAt(text, '3 May 2024', 'en')).to.deep.equal([]);
    });
  });

  describe('the speaker of quoted words', () => {
    it('is the person the attribution after the quotation names', () => {
      const en =
        'The mill closed last year. "We sold the last sack on 3 March 2024. Then we shut the doors," said Tomas Berg, the miller.';
      expect(linkedAt(en, '3 March 2024', 'en')).to.deep.equal(['Tomas Berg']);
      const es =
        'El molino cerró. "Vendimos el último saco el 3 de marzo de 2024. Luego cerramos", dijo Tomás Berganza a este diario.';
      expect(linkedAt(es, '3 de marzo de 2024', 'es')).to.deep.equal(['Tomás Berganza']);
    });

    it('is the first person the paragraph names, after a pronoun or a bare verb of saying', () => {
      const en = 'Harriet Lomax runs the ferry. "The engine failed on 4 June 2024," she said, "and nobody came."';
      expect(linkedAt(en, '4 June 2024', 'en')).to.deep.equal(['Harriet Lomax']);
      const es =
        'La directora, Inés Garrido Pons, defendió el cierre. "El 5 de junio de 2024 ya no había agua", afirmó.';
      expect(linkedAt(es, '5 de junio de 2024', 'es')).to.deep.equal(['Inés Garrido Pons']);
    });

    it('is the speaker of the quotation before, when a second quotation continues it unattributed', () => {
      const text = '"We warned them twice," Harriet Lomax told reporters. "On 6 June 2024 they finally listened."';
      expect(linkedAt(text, '6 June 2024', 'en')).to.deep.equal(['Harriet Lomax']);
    });

    it('is no one when the quotation has no attribution and continues none', () => {
      const text = 'Harriet Lomax runs the ferry.\n\nA sign on the door read "Closed on 7 June 2024" all week.';
      expect(linkedAt(text, '7 June 2024', 'en')).to.deep.equal([]);
    });
  });

  describe('names met again in short', () => {
    it('reads a name followed by a legal form past a comma as a company’s', () => {
      expect(proposed('Alimentos Serranos del Bajío, S.A. de C.V. abrió una planta en Celaya.', 'es')).to.include(
        'Alimentos Serranos del Bajío (company)',
      );
      expect(proposed('Quillon Brothers, Inc. filed for bankruptcy.', 'en')).to.include('Quillon Brothers (company)');
    });

    it('links a name without its legal form or its word of kind to the organisation named in full', () => {
      const text =
        'Tarnby Bay Ferries Ltd ran the crossing, and the Public Works Department owned the pier. Tarnby Bay Ferries was charged on 2 May 2024. On 9 May 2024 Public Works repaired it.';
      expect(linkedAt(text, '2 May 2024', 'en')).to.deep.equal(['Tarnby Bay Ferries Ltd']);
      expect(linkedAt(text, '9 May 2024', 'en')).to.deep.equal(['Public Works Department']);
    });

    it('links a name without its first word to the organisation named in full', () => {
      const text =
        'Laboratorios Biomédica del Caribe, S.A. de C.V. compró el terreno. Biomédica del Caribe abrirá la planta el 3 de marzo de 2025.';
      expect(linkedAt(text, '3 de marzo de 2025', 'es', '2024-10-16')).to.deep.equal([
        'Laboratorios Biomédica del Caribe',
      ]);
    });
  });

  describe('acronyms', () => {
    it('reads an acronym that spells a name written before it as that name, a word in capitals giving all its letters', () => {
      const text = 'The club owes HM Revenue & Customs £2m. HMRC filed the petition on 3 March 2025.';
      const draft = capture(text, { lang: 'en', publishedOn: '2025-03-10' });
      const actor = draft.actors.find((a) => a.name === 'HM Revenue & Customs');
      expect(actor?.aliases).to.deep.equal(['HMRC']);
      expect(factAt(draft, '3 March 2025').fact.actors.map((a) => a.id)).to.deep.equal([actor?.id]);
    });

    it('spells a bracketed acronym over the linking words of other languages ("dos", "des")', () => {
      expect(
        proposed('The Sindicato dos Trabalhadores de Handling (STH) called a strike.', 'en').some((a) =>
          a.startsWith('Sindicato dos Trabalhadores de Handling'),
        ),
      ).to.equal(true);
    });
  });

  describe('people named before', () => {
    it('reads a sentence that opens with "He" / "She" as the last person named, even when it names another after its verb', () => {
      const text = 'Owen Tarrant ran the depot. He paid £900 to the mayor, Gwen Ellis, on 4 April 2024.';
      expect(linkedAt(text, '4 April 2024', 'en')).to.have.members(['Gwen Ellis', 'Owen Tarrant']);
    });

    it('reads a sentence that opens with "Ambos" / "Both" as the last two people named', () => {
      const es =
        'La policía detuvo a Ramiro Téllez Osuna y a Lidia Fuentes Mora. Ambos serán presentados ante un juez el 12 de mayo de 2025.';
      expect(linkedAt(es, '12 de mayo de 2025', 'es', '2025-05-08')).to.have.members([
        'Ramiro Téllez Osuna',
        'Lidia Fuentes Mora',
      ]);
      const en = 'Police arrested Colm Adair and Rhea Voss. Both were charged on 9 May 2025.';
      expect(linkedAt(en, '9 May 2025', 'en', '2025-05-10')).to.have.members(['Colm Adair', 'Rhea Voss']);
    });
  });

  describe('datelines', () => {
    it('reads the place of a dateline written in small letters as no actor', () => {
      const text =
        'Por Ana Ruiz Soto\nTulancingo, Hidalgo, 22 de mayo de 2024\n\nEl rector fue detenido el lunes. Ambos serán trasladados al penal de Tulancingo.';
      expect(proposed(text, 'es')).to.deep.equal([]);
    });

    it('still reads a name that opens a paragraph and is followed by a comma and a year as a name', () => {
      const text =
        'Brenton Chemicals ran the works.\n\nBrenton Chemicals, which opened the works in 1987, was fined twice for leaks at the start of the decade.';
      expect(
        indexActors(text, 'en', []).mentions.filter((m) => text.slice(m.start, m.end) === 'Brenton Chemicals'),
      ).to.have.length(2);
    });
  });
});
