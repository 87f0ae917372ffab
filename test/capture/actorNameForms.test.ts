/**
 * A two-word name's person (its first word and a later one), an organisation's short form and the
 * organisation an acronym spells, found through the index of name parts, are the actors that
 * scanning every actor proposed so far, in the order they were added, finds: on random lists of
 * people, bodies and countries whose names share words, differ in case or accents, hold "de" or
 * "of", end in a word of kind, repeat an id, or are one word long.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { abbreviates } from '../../src/capture/acronyms.ts';
import type { ProposedActor } from '../../src/capture/actorTypes.ts';
import { kindOfName, type ActorKind } from '../../src/capture/actorKinds.ts';
import { ActorNameParts } from '../../src/capture/actorNameParts.ts';
import { firstAndLaterOf, normal, shortFormOf, spelledOutBy } from '../../src/capture/nameParts.ts';

const SEED = 20_221_207;
const RUNS = 300;

/** `firstAndLaterOf` as a scan over every actor, in the order they were added. */
function scannedFirstAndLater(words: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length !== 2) return null;
  for (const actor of actors.values()) {
    const parts = normal(actor.name).split(/\s+/);
    const later = parts.indexOf(w[1] ?? '', 1);
    const beforeOf = /^(?:de|del|of)$/u.test(parts[later + 1] ?? '');
    if (actor.kind !== 'person' || parts.length <= 2 || parts[0] !== w[0] || later < 1 || beforeOf) continue;
    return actor.id;
  }
  return null;
}

/** `shortFormOf` as a scan over every actor, in the order they were added. */
function scannedShortForm(words: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  const w = normal(words).split(/\s+/);
  if (w.length < 2 || !/^\p{Lu}/u.test(words)) return null;
  for (const actor of actors.values()) {
    if (actor.kind === 'person' || actor.kind === 'country') continue;
    const full = actor.name.split(/\s+/);
    const parts = full.map(normal);
    if (parts.length !== w.length + 1) continue;
    if (parts.slice(0, -1).join(' ') === w.join(' ') && kindOfName(full.at(-1) ?? '') !== null) return actor.id;
    if (parts.slice(1).join(' ') === w.join(' ')) return actor.id;
  }
  return null;
}

/** The actor an acronym spells, as a scan over every actor, in the order they were added. */
function scannedSpelledOut(acronym: string, actors: ReadonlyMap<string, ProposedActor>): string | null {
  for (const actor of actors.values()) if (actor.kind !== 'person' && abbreviates(acronym, actor.name)) return actor.id;
  return null;
}

const WORDS = [
  'Ana',
  'ana',
  'Ána',
  'Rafael',
  'San',
  'Soler',
  'Harrow',
  'Bay',
  'Ferries',
  'Ltd',
  'Ministry',
  'Órgano',
  'Board',
  'de',
  'del',
  'of',
  'and',
  'The',
  'HM',
];
const KINDS: readonly ActorKind[] = ['person', 'person', 'organization', 'company', 'government-body', 'country'];

const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
/** Actors whose names are drawn from a few, so that several actors often answer one query. */
const actorList = fc
  .tuple(
    fc.array(name, { minLength: 1, maxLength: 6 }),
    fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
        pick: fc.nat(),
        kind: fc.constantFrom(...KINDS),
      }),
      { maxLength: 30 },
    ),
  )
  .map(([names, actors]) => actors.map(({ id, pick, kind }) => ({ id, name: names[pick % names.length] ?? '', kind })));
const randomWords = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const randomAcronym = fc
  .array(fc.constantFrom('A', 'R', 'S', 'H', 'B', 'F', 'L', 'M', 'O', 'Ó', 'a', '&'), { minLength: 1, maxLength: 7 })
  .map((l) => l.join(''));
/** A query: a random one (`text`), or one made from the name of the listed actor `pick` (modulo their number). */
const query = (random: fc.Arbitrary<string>) =>
  fc.oneof(
    random.map((text) => ({ text, pick: 0, n: 0 })),
    fc.tuple(fc.nat(), fc.nat()).map(([pick, n]) => ({ text: null, pick, n })),
  );

/** Two words of a listed name: its first and a later one ("Alhaji Yakubu" of "Alhaji Issah Dramani Yakubu"). */
const firstAndLater = (name: string, n: number) => {
  const w = name.split(' ');
  return w.length < 2 ? name : `${w[0]} ${w[1 + (n % (w.length - 1))]}`;
};
/** A listed name less its first word or its last. */
const lessOneWord = (name: string, n: number) => {
  const w = name.split(' ');
  return (n % 2 === 0 ? w.slice(1) : w.slice(0, -1)).join(' ');
};
/** The first letters of a listed name's words that are not "de", "of", "and" … (upper case, or lower when `n` is odd). */
const initials = (name: string, n: number) => {
  const letters = name
    .split(' ')
    .filter((w) => !/^(?:de|del|of|and)$/iu.test(w))
    .map((w) => w[0] ?? '')
    .join('');
  return n % 3 === 1 ? letters.toLowerCase() : letters;
};

/** The queries as strings, those made from a listed name made with `form`. */
function queries(
  list: readonly { name: string }[],
  made: readonly { text: string | null; pick: number; n: number }[],
  form: (name: string, n: number) => string,
): string[] {
  return made.map((q) => q.text ?? form(list[q.pick % list.length]?.name ?? 'Ana Soler', q.n));
}

/** Adds the actors one by one, to the map and to the index, calling `check` after each. */
function addEach(
  list: readonly { id: string; name: string; kind: ActorKind }[],
  check: (actors: ReadonlyMap<string, ProposedActor>, names: ActorNameParts) => void,
): void {
  const actors = new Map<string, ProposedActor>();
  const names = new ActorNameParts();
  for (const { id, name, kind } of list) {
    const actor: ProposedActor = { id, name, kind, aliases: [], known: false };
    actors.set(id, actor);
    names.add(actor);
    check(actors, names);
  }
}

describe(`actor name forms (properties, fast-check seed ${SEED})`, function () {
  it('answer firstAndLaterOf as a scan of the actors in the order they were added', () => {
    fc.assert(
      fc.property(actorList, fc.array(query(randomWords), { minLength: 1, maxLength: 20 }), (list, made) =>
        addEach(list, (actors, names) => {
          for (const q of queries(list, made, firstAndLater))
            expect(firstAndLaterOf(q, names), q).to.equal(scannedFirstAndLater(q, actors));
        }),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answer shortFormOf as a scan of the actors in the order they were added', () => {
    fc.assert(
      fc.property(actorList, fc.array(query(randomWords), { minLength: 1, maxLength: 20 }), (list, made) =>
        addEach(list, (actors, names) => {
          for (const q of queries(list, made, lessOneWord))
            expect(shortFormOf(q, names), q).to.equal(scannedShortForm(q, actors));
        }),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('answer the organisation an acronym spells as a scan of the actors in the order they were added', () => {
    fc.assert(
      fc.property(actorList, fc.array(query(randomAcronym), { minLength: 1, maxLength: 20 }), (list, made) =>
        addEach(list, (actors, names) => {
          for (const q of queries(list, made, initials))
            expect(spelledOutBy(q, names)?.id ?? null, q).to.equal(scannedSpelledOut(q, actors));
        }),
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives a person the two-word name found through the index as an alias, once', () => {
    const names = new ActorNameParts();
    const person: ProposedActor = {
      id: 'p',
      name: 'Alhaji Issah Dramani Yakubu',
      kind: 'person',
      aliases: [],
      known: false,
    };
    names.add({ id: 'q', name: 'San Rafael de Quebradas', kind: 'person', aliases: [], known: false });
    names.add(person);
    expect(firstAndLaterOf('Alhaji Yakubu', names)).to.equal('p');
    expect(firstAndLaterOf('Alhaji Yakubu', names)).to.equal('p');
    expect(firstAndLaterOf('San Rafael', names)).to.equal(null);
    expect(person.aliases).to.deep.equal(['Alhaji Yakubu']);
  });
});
