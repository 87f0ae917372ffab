/**
 * The facts sorted by date (`FactsByDate`) find exactly the facts from which an offset reaches a
 * stated date that moving every fact by the offset finds, on random facts (days, whole months,
 * spans, open and reversed bounds, repeated ids) and random offsets of every kind and unit, either
 * way; and they look ids up as `find` and `findIndex` over the facts do.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { dayOf, lastOfMonth } from '../../src/capture/calendarDays.ts';
import type { CapturedDate } from '../../src/capture/capturedDate.ts';
import { FactsByDate } from '../../src/capture/factsByDate.ts';
import type { PriorFact } from '../../src/capture/narrative.ts';
import { offsetBounds } from '../../src/capture/offsetArithmetic.ts';
import type { Offset } from '../../src/capture/reading.ts';
import { reachesStated } from '../../src/capture/statedAnchor.ts';

const SEED = 20_221_208;
const RUNS = 400;

const span = (earliest: number | null, latest: number | null): CapturedDate => ({
  edtf: 'x',
  earliest,
  latest,
  uncertain: false,
});

const day = fc.integer({ min: dayOf(2018, 1, 1), max: dayOf(2023, 12, 31) });
const dates = fc.oneof(
  day.map((d) => span(d, d)),
  fc
    .tuple(fc.integer({ min: 2018, max: 2023 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2 }))
    .map(([y, m, more]) =>
      span(dayOf(y, m, 1), lastOfMonth(y + Math.floor((m - 1 + more) / 12), ((m - 1 + more) % 12) + 1)),
    ),
  fc.tuple(day, fc.integer({ min: 0, max: 400 })).map(([d, n]) => span(d, d + n)),
  fc.tuple(day, fc.integer({ min: 1, max: 40 })).map(([d, n]) => span(d + n, d)),
  fc.constantFrom(span(null, null), span(dayOf(2020, 1, 1), null), span(null, dayOf(2020, 1, 1))),
);
const unit = fc.constantFrom('D' as const, 'W' as const, 'M' as const, 'Y' as const);
const offsets: fc.Arbitrary<Offset> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('exact' as const, 'about' as const, 'at-most' as const, 'at-least' as const),
      fc.nat(40),
      unit,
    )
    .map(([kind, count, u]) => ({ kind, count, unit: u })),
  fc
    .tuple(fc.nat(20), fc.nat(20), unit)
    .map(([count, more, u]) => ({ kind: 'between' as const, count, upTo: count + more, unit: u })),
);
const facts = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), dates), { maxLength: 40 }).map((rows) =>
  rows.map(([id, date], order): PriorFact => ({
    id: `f${id}`,
    date,
    stems: new Set<string>(),
    summary: `fact ${id}`,
    order,
  })),
);

describe(`facts sorted by date for a stated date's anchor (properties, fast-check seed ${SEED})`, function () {
  it('reach exactly the facts that moving every fact by the offset reaches, in text order', () => {
    fc.assert(
      fc.property(
        facts,
        offsets,
        fc.constantFrom(1 as const, -1 as const),
        dates,
        fc.boolean(),
        fc.option(fc.nat(), { nil: undefined }),
        (all, offset, sign, drawn, precise, onFact) => {
          // Half the time the stated date is where the offset takes one of the facts, the bounds exactly met.
          const target = onFact === undefined ? undefined : all[onFact % Math.max(1, all.length)];
          const moved = target && offsetBounds(target.date.earliest, target.date.latest, offset, sign);
          const stated =
            moved && moved.earliest !== null && moved.latest !== null ? span(moved.earliest, moved.latest) : drawn;
          const byDate = new FactsByDate(all);
          const candidates = byDate.reaching(offset, sign, stated, precise);
          expect(candidates).to.deep.equal([...candidates].sort((a, b) => a - b));
          const scanned = all.flatMap((f, i) => (reachesStated(f, offset, sign, stated, precise) ? [i] : []));
          const found = candidates.filter((i) => reachesStated(all[i] as PriorFact, offset, sign, stated, precise));
          expect(found).to.deep.equal(scanned);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('look an id up as find and findIndex over the facts do, the first of repeated ids included', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 0, max: 32 }), (all, n) => {
        const byDate = new FactsByDate(all);
        const id = `f${n}`;
        expect(byDate.indexOf(id)).to.equal(all.findIndex((f) => f.id === id));
        expect(byDate.byId(id)).to.equal(all.find((f) => f.id === id));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
