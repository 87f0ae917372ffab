/**
 * A word's actor found through the index of name parts is the actor that scanning every actor
 * proposed so far, in the order they were added, finds: on random lists of people and bodies whose
 * names share words, differ only in case or accents, start with "The", repeat an id, or are one
 * word long, for single words (with and without a title before them) and runs of two or three.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import type { ProposedActor } from '../../src/capture/actorTypes.ts';
import { kindOfName, type ActorKind } from '../../src/capture/actorKinds.ts';
import { ActorNameParts } from '../../src/capture/actorNameParts.ts';
import { normal, partOfName, surnamesOf } from '../../src/capture/nameParts.ts';

const SEED = 20_221_211;
const RUNS = 400;

/** `partOfName` as a scan over every actor, in the order they were added. */
function scannedPartOfName(
  word: string,
  actors: ReadonlyMap<string, ProposedActor>,
  personOnly: boolean,
): string | null {
  const w = normal(word);
  if (w.length < 3 || /^[\p{Lu}&]+$/u.test(word)) return null;
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (parts.length < 2 || (personOnly && actor.kind !== 'person')) continue;
    if (actor.kind === 'person' ? parts.at(-1) === w : w.length >= 4 && parts[0] === w) return actor.id;
  }
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (actor.kind === 'person' && parts.length >= 3 && parts.at(-2) === w) return actor.id;
  }
  if (personOnly) return null;
  if (w.length < 4 || kindOfName(word) !== null) return null;
  for (const actor of actors.values()) {
    const words = actor.name.split(/\s+/);
    if (actor.kind === 'person' || words.length < 2 || !/^\p{Lu}/u.test(words.at(-2) ?? '')) continue;
    if (normal(words.at(-1) ?? '') === w) return actor.id;
  }
  return null;
}

/** `surnamesOf` as a scan over every actor, in the order they were added. */
function scannedSurnamesOf(words: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length < 2 || w.length > 3) return null;
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    if (actor.kind === 'person' && parts.length > w.length && parts.slice(-w.length).join(' ') === w.join(' '))
      return actor.id;
  }
  return null;
}

const WORDS = [
  'Soler',
  'soler',
  'Solér',
  'Garrido',
  'Ana',
  'Belén',
  'Herrera',
  'Medina',
  'Atlético',
  'Sotavento',
  'Bay',
  'Harrow',
  'de',
  'The',
  'Ministry',
  'Kim',
  'Okafor',
  'SEDENA',
];
const KINDS: readonly ActorKind[] = ['person', 'person', 'organization', 'company', 'government-body', 'country'];

const actorList = fc.array(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
    name: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
    kind: fc.constantFrom(...KINDS),
  }),
  { maxLength: 30 },
);
const query = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

describe(`actor name parts (properties, fast-check seed ${SEED})`, function () {
  it('answer partOfName and surnamesOf as a scan of the actors in the order they were added', () => {
    fc.assert(
      fc.property(actorList, fc.array(query, { minLength: 1, maxLength: 20 }), (list, queries) => {
        const actors = new Map<string, ProposedActor>();
        const names = new ActorNameParts();
        const check = () => {
          for (const q of queries) {
            for (const personOnly of [false, true])
              expect(partOfName(q, names, personOnly), `${q} (${personOnly})`).to.equal(
                scannedPartOfName(q, actors, personOnly),
              );
            expect(surnamesOf(q, names), q).to.equal(scannedSurnamesOf(q, actors));
          }
        };
        for (const { id, name, kind } of list) {
          const actor: ProposedActor = { id, name, kind, aliases: [], known: false };
          actors.set(id, actor);
          names.add(actor);
          check();
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('finds a surname among thousands of people, the first of two who share it', () => {
    const actors = new Map<string, ProposedActor>();
    const names = new ActorNameParts();
    for (let i = 0; i < 5000; i += 1) {
      const actor: ProposedActor = {
        id: `p${i}`,
        name: `Ana Person${i} Surname${i % 2500}`,
        kind: 'person',
        aliases: [],
        known: false,
      };
      actors.set(actor.id, actor);
      names.add(actor);
    }
    expect(partOfName('Surname17', names)).to.equal('p17');
    expect(partOfName('Person4000', names)).to.equal('p4000');
    expect(surnamesOf('Person4000 Surname1500', names)).to.equal('p4000');
  });
});
