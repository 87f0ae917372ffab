import { expect } from 'chai';
import fc from 'fast-check';
import { dayNumber, isoDateOfDay, parseFuzzyDate } from '../../src/dates/index.ts';

const SEED = 42;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid YYYY-MM-DD in 0000–9999, any day of any month (leap days included). */
const isoDate = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, days), 2)}`;
  });

describe('parseFuzzyDate (properties, fast-check seed 42)', () => {
  it('reads any valid YYYY-MM-DD as exactly that day', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const date = parseFuzzyDate(iso);
        expect([date.earliest, date.latest, date.precision]).to.deep.equal([iso, iso, 'day']);
        expect(isoDateOfDay(dayNumber(iso))).to.equal(iso);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('round-trips any day number through isoDateOfDay, including huge years', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (day) => {
        expect(dayNumber(isoDateOfDay(day))).to.equal(day);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('moves one day forward at a time', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const next = isoDateOfDay(dayNumber(iso) + 1);
        expect(next > iso || next.startsWith('+')).to.equal(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
