import { expect } from 'chai';
import fc from 'fast-check';
import { parse } from 'edtf';
import { plainDate } from '../../src/dates/parseFuzzyDate.ts';
import { findCalendarError } from '../../src/dates/findCalendarError.ts';

const SEED = 7;

/** Text that looks like a year, month or day, perhaps qualified: digits and dashes, often out of range. */
const partLike = fc
  .tuple(
    fc.stringMatching(/^\d{3,5}$/),
    fc.option(fc.integer({ min: 0, max: 39 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 39 }), { nil: undefined }),
    fc.boolean(),
    fc.constantFrom('', '', '', '~', '?', '%', '?~', 'X'),
    fc.constantFrom('', '', '', '?', '~', '%'),
  )
  .map(([year, month, day, padded, after, before]) => {
    const two = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
    const date =
      month === undefined ? year : day === undefined ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(day)}`;
    return `${before}${date}${after}`;
  });

/** A part, or an interval of parts and open (`..`) or unknown ends. */
const dateLike = fc.oneof(
  partLike,
  fc
    .tuple(fc.oneof(partLike, fc.constantFrom('..', '')), fc.oneof(partLike, fc.constantFrom('..', '')))
    .map(([a, b]) => `${a}/${b}`),
);

const grammar = (text: string) => {
  try {
    return parse(text, { seasonUncertainty: true, seasonIntervals: false });
  } catch {
    return null;
  }
};

describe('plain dates read without the EDTF grammar', () => {
  it('reads a year, month or day, qualified or in an interval, exactly as edtf.js does, and leaves everything else to the grammar', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const fast = plainDate(text);
        if (fast === null) return;
        // The fast path runs only after the calendar check, as in parseFuzzyDate.
        if (findCalendarError(text) !== null) return;
        expect(fast, text).to.deep.equal(grammar(text));
      }),
      { seed: SEED, numRuns: 10000 },
    );
  });

  it('takes plain forms, whole-date qualifiers and intervals of them, and nothing with a season, time, leading qualifier or other digit count', () => {
    expect(plainDate('2022-04-22')).to.deep.equal({ type: 'Date', level: 0, values: [2022, 3, 22] });
    expect(plainDate('2022-04')).to.deep.equal({ type: 'Date', level: 0, values: [2022, 3] });
    expect(plainDate('0999')).to.deep.equal({ type: 'Date', level: 0, values: [999] });
    expect(plainDate('2022-04-22~')).to.deep.equal({
      type: 'Date',
      level: 1,
      values: [2022, 3, 22],
      approximate: true,
    });
    expect(plainDate('/2022-10')).to.deep.equal({
      type: 'Interval',
      level: 1,
      values: [null, { type: 'Date', level: 0, values: [2022, 9] }],
    });
    for (const other of [
      '2022-21',
      '2022-04-22~?',
      '?2022',
      '2022-21/2022-23',
      '2022/2023/2024',
      '2022-04-22T10:00/..',
      '2022-04-2X',
      '202',
      '12022',
      '2022-13',
      '2022-04-22T10:00',
      '2022-4-2',
      '2022-00',
      '2022-04-00',
    ]) {
      expect(plainDate(other), other).to.equal(null);
    }
  });
});
