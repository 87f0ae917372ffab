import { expect } from 'chai';
import fc from 'fast-check';
import { parse } from 'edtf';
import { plainDate } from '../../src/dates/plainDate.ts';
import { findCalendarError } from '../../src/dates/findCalendarError.ts';

const SEED = 7;

/**
 * Text that looks like a year, month or day, perhaps qualified: digits and dashes, often out of
 * range (months up to 43 are seasons, quarters and halves, and past them), digits written `X`.
 */
const partLike = fc
  .tuple(
    fc.stringMatching(/^\d{3,5}$/),
    fc.option(fc.integer({ min: 0, max: 43 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 39 }), { nil: undefined }),
    fc.constantFrom('padded', 'padded', 'as is', 'X', 'XX'),
    fc.constantFrom('', '', '', '~', '?', '%', '?~', 'X'),
    fc.constantFrom('', '', '', '?', '~', '%'),
  )
  .map(([year, month, day, written, after, before]) => {
    const two = (n: number) =>
      written === 'as is'
        ? String(n)
        : written === 'padded' || n % 3 !== 0
          ? String(n).padStart(2, '0')
          : written === 'XX'
            ? 'XX'
            : `${String(n).padStart(2, '0')[0]}X`;
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

  it('agrees with edtf.js on every month, season, quarter and half number of a year, in every form it reads', () => {
    const forms = (mm: string) => [`2024-${mm}`, `2024-${mm}-XX`, `2024-${mm}-29`, `?2024-${mm}`, `%2024-${mm}-01`];
    for (let n = 0; n <= 45; n++) {
      for (const text of forms(String(n).padStart(2, '0'))) {
        const fast = plainDate(text);
        if (fast !== null && findCalendarError(text) === null) expect(fast, text).to.deep.equal(grammar(text));
      }
    }
  });

  it('takes plain forms, qualified, with an unspecified month or day, a season, and intervals of plain forms; nothing with a time or other digit count', () => {
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
    expect(plainDate('?2022-04')).to.deep.equal({
      type: 'Date',
      level: 2,
      values: [2022, 3],
      uncertain: 15,
      approximate: 0,
    });
    expect(plainDate('2022-04-XX')).to.deep.equal({ type: 'Date', level: 1, values: [2022, 3, 1], unspecified: 192 });
    expect(plainDate('2022-XX-XX')).to.deep.equal({ type: 'Date', level: 1, values: [2022, 0, 1], unspecified: 240 });
    expect(plainDate('2022-21')).to.deep.equal({ type: 'Season', level: 1, values: [2022, 21] });
    expect(plainDate('2022-33')).to.deep.equal({ type: 'Season', level: 2, values: [2022, 33] });
    for (const other of [
      '2022-21~',
      '2022-42',
      '2022-04-22~?',
      '?2022~',
      '2022-XX-22',
      '2022-04-XX/2023',
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
