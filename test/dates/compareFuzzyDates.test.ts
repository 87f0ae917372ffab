import { expect } from 'chai';
import { compareFuzzyDates, parseFuzzyDate, sortKeyOf } from '../../src/dates/index.ts';

function sorted(inputs: readonly string[]): string[] {
  return inputs
    .map((input) => parseFuzzyDate(input))
    .sort(compareFuzzyDates)
    .map((date) => date.edtf);
}

describe('sortKeyOf', () => {
  it('counts days since 1970-01-01 and ranks the precision', () => {
    expect(sortKeyOf(parseFuzzyDate('2022-04'))).to.deep.equal({
      earliestDay: 19083,
      latestDay: 19112,
      precisionRank: 2,
    });
  });

  it('uses the smallest safe integer for an open start and the largest for an open end', () => {
    expect(sortKeyOf(parseFuzzyDate('../2022-04-22'))).to.deep.equal({
      earliestDay: Number.MIN_SAFE_INTEGER,
      latestDay: 19104,
      precisionRank: 1,
    });
    expect(sortKeyOf(parseFuzzyDate('2022-04-22/..')).latestDay).to.equal(Number.MAX_SAFE_INTEGER);
  });

  it('ranks finer precisions lower', () => {
    const inputs = ['2022-04-22T10:00Z', '2022-04-22', '2022-04', '2022-21', '2022-34', '2022-40', '2022', '201X'];
    const ranks = [...inputs, '20XX', '1XXX'].map((input) => sortKeyOf(parseFuzzyDate(input)).precisionRank);
    expect(ranks).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('works for long years, up to ±9,999,999', () => {
    expect(sortKeyOf(parseFuzzyDate('Y9999999')).latestDay).to.be.below(Number.MAX_SAFE_INTEGER);
    expect(sortKeyOf(parseFuzzyDate('Y-9999999')).earliestDay).to.be.below(
      sortKeyOf(parseFuzzyDate('-9999')).earliestDay,
    );
  });
});

describe('compareFuzzyDates', () => {
  it('orders by earliest day first', () => {
    expect(sorted(['2022-05-01', '2022-04-22', '2021'])).to.deep.equal(['2021', '2022-04-22', '2022-05-01']);
  });

  it('orders by latest day when the earliest days are equal', () => {
    expect(sorted(['2022-04', '2022-04-01/2022-04-03', '2022-04-01'])).to.deep.equal([
      '2022-04-01',
      '2022-04-01/2022-04-03',
      '2022-04',
    ]);
  });

  it('puts the finer precision first when both bounds are equal', () => {
    expect(sorted(['2022-04', '2022-04-01/2022-04-30', '2022-04-XX'])).to.deep.equal([
      '2022-04-01/2022-04-30',
      '2022-04',
      '2022-04-XX',
    ]);
    expect(sorted(['2022-04-22', '2022-04-22T10:00Z'])).to.deep.equal(['2022-04-22T10:00Z', '2022-04-22']);
  });

  it('puts an open start before any date', () => {
    expect(sorted(['Y-9999999', '../2022-10', '-9999'])).to.deep.equal(['../2022-10', 'Y-9999999', '-9999']);
  });

  it('puts an open end after any date with the same earliest day', () => {
    expect(sorted(['2022-04/..', '2022-04', '2022-04-01/2099'])).to.deep.equal([
      '2022-04',
      '2022-04-01/2099',
      '2022-04/..',
    ]);
  });

  it('orders by the widened bounds of an approximate date', () => {
    expect(sorted(['2022-04-20', '2022-04-22~'])).to.deep.equal(['2022-04-22~', '2022-04-20']);
  });

  it('orders a winter after the autumn and before the next spring', () => {
    expect(sorted(['2023-21', '2022-24', '2022-23'])).to.deep.equal(['2022-23', '2022-24', '2023-21']);
  });

  it('returns 0 for equal keys so callers can break the tie by position', () => {
    expect(compareFuzzyDates(parseFuzzyDate('2022-04-22'), parseFuzzyDate('2022-04-22?'))).to.equal(0);
  });

  it('is antisymmetric', () => {
    const a = parseFuzzyDate('../2022');
    const b = parseFuzzyDate('2022/..');
    expect(Math.sign(compareFuzzyDates(a, b))).to.equal(-Math.sign(compareFuzzyDates(b, a)));
  });
});
