import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import { headNoun } from '../../src/capture/nameParts.ts';
import { capture, factAt } from './captureHelpers.ts';

/** The names of the actors the fact dated by `phrase` links. */
function linkedAt(text: string, phrase: string, lang: 'en' | 'es', publishedOn = '2025-04-10'): string[] {
  const draft = capture(text, { lang, publishedOn });
  const names = new Map(draft.actors.map((a) => [a.id, a.name]));
  return factAt(draft, phrase).fact.actors.map((a) => names.get(a.id) ?? a.id);
}

const proposed = (text: string, lang: 'en' | 'es') =>
  [...indexActors(text, lang, []).actors.values()].map((a) => `${a.name} (${a.kind})`);

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

    it('reads "the district", "la federación" as the organisation that noun heads', () => {
      const en =
        'An audit of the Pellham Unified School District was published. The district sold the buses on 2 May 2024.';
      expect(linkedAt(en, '2 May 2024', 'en')).to.deep.equal(['Pellham Unified School District']);
      const es =
        'La Federación de Remo del Sur convocó a elecciones. El 3 de mayo de 2024 la federación suspendió la asamblea.';
      expect(linkedAt(es, '3 de mayo de 2024', 'es')).to.deep.equal(['Federación de Remo del Sur']);
    });

    it('does not read it after a place preposition ("in the district") or as a possessive ("the district’s website")', () => {
      const text =
        'Parents wrote to the Pellham Unified School District. On 2 May 2024 Marta Ruiz opened a shop in the district. On 3 May 2024 the district’s website went down.';
      expect(linkedAt(text, '2 May 2024', 'en')).to.deep.equal(['Marta Ruiz']);
      expect(linkedAt(text, '3 May 2024', 'en')).to.deep.equal([]);
    });
  });
});
