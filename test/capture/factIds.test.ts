/**
 * A fact's id numbered on from where the last one of its base stopped gives exactly the id that
 * trying every number from 2 gives, on random runs of summaries that repeat, share their first
 * words, or read as another's numbered id ("Vote 2" beside "Vote"), with ids the store already holds.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { uniqueId } from '../../src/capture/factIds.ts';
import { slugify } from '../../src/capture/slugify.ts';

const SEED = 20_221_209;
const RUNS = 300;

/** The id by trying the base, then the base numbered 2, 3, … until one is free. */
function scannedId(summary: string, has: (id: string) => boolean, add: (id: string) => void): string {
  const words = summary
    .replace(/[“”"'‘’()]/g, '')
    .split(/\s+/)
    .slice(0, 7)
    .join(' ');
  const base = slugify(words, 50) || 'fact';
  let id = base;
  for (let n = 2; has(id); n += 1) id = `${base}-${n}`;
  add(id);
  return id;
}

const summaries = fc.array(
  fc.constantFrom(
    'Vote',
    'Vote 2',
    'Vote 3',
    'vote-2',
    '“Vote”',
    'The council voted',
    'The council voted again',
    '',
    '(…)',
  ),
  { maxLength: 60 },
);
const stored = fc.subarray(['vote', 'vote-2', 'vote-4', 'fact', 'the-council-voted-2']);

describe(`fact ids numbered on (properties, fast-check seed ${SEED})`, function () {
  it('are the ids that trying every number from 2 gives', () => {
    fc.assert(
      fc.property(summaries, stored, (run, inStore) => {
        const store = new Set(inStore);
        const fast = new Set<string>();
        const scanned = new Set<string>();
        const taken = {
          has: (id: string) => fast.has(id) || store.has(id),
          add: (id: string) => void fast.add(id),
          numbered: new Map<string, number>(),
        };
        for (const summary of run) {
          const expected = scannedId(
            summary,
            (id) => scanned.has(id) || store.has(id),
            (id) => void scanned.add(id),
          );
          expect(uniqueId(summary, taken), JSON.stringify(run)).to.equal(expected);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
