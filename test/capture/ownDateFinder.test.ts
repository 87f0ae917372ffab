/**
 * The dates sorted once by start (`ownDateFinder`) find, for a relative phrase, the same date
 * inside its named event as filtering every mention of the text and sorting them does, on random
 * mentions that overlap, share starts and are of every kind.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { ownDateFinder } from '../../src/capture/namedEventDates.ts';
import type { Mention } from '../../src/capture/reading.ts';

const SEED = 20_221_210;
const RUNS = 400;
const OWN_DATES = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'deictic', 'holiday', 'weekday']);

/** The first date of its own after `from` inside `m` (or at most 40 after it), by filtering the whole list and sorting. */
function scanned(list: readonly Mention[], m: Mention, from: number): Mention | undefined {
  return list
    .filter((d) => d !== m && OWN_DATES.has(d.reading.kind) && d.start > from && d.end <= m.end + 40 && d.start < m.end)
    .sort((a, b) => a.start - b.start)[0];
}

const mentions = fc.array(
  fc
    .tuple(
      fc.integer({ min: 0, max: 80 }),
      fc.integer({ min: 1, max: 50 }),
      fc.constantFrom('calendar', 'relative', 'open', 'weekday', 'deictic', 'duration'),
    )
    .map(
      ([start, length, kind]) =>
        ({ start, end: start + length, reading: { kind }, source: 'test' }) as never as Mention,
    ),
  { minLength: 1, maxLength: 40 },
);

describe(`dates inside a named event, found by start (properties, fast-check seed ${SEED})`, function () {
  it('are the dates that filtering every mention and sorting them finds, the first of equal starts included', () => {
    fc.assert(
      fc.property(mentions, fc.nat(), fc.integer({ min: -1, max: 90 }), (list, pick, from) => {
        const find = ownDateFinder(list);
        const m = list[pick % list.length] as Mention;
        expect(find(m, from)).to.equal(scanned(list, m, from));
        for (const other of list) expect(find(other, other.start)).to.equal(scanned(list, other, other.start));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
