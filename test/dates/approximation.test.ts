import { expect } from 'chai';
import { APPROXIMATION_RULE, parseFuzzyDate } from '../../src/dates/index.ts';

function rangeOf(input: string): [string | null, string | null] {
  const date = parseFuzzyDate(input);
  return [date.earliest, date.latest];
}

describe('APPROXIMATION_RULE', () => {
  it('documents the widening per unit', () => {
    expect(APPROXIMATION_RULE).to.deep.equal({
      day: 3,
      month: 1,
      season: 1,
      quarter: 1,
      half: 1,
      year: 1,
      decade: 1,
      century: 10,
      millennium: 100,
    });
  });
});

describe('parseFuzzyDate', () => {
  describe('with ~ on the whole date', () => {
    it('widens a day by 3 days either side', () => {
      expect(rangeOf('2022-04-22~')).to.deep.equal(['2022-04-19', '2022-04-25']);
    });

    it('widens a day across a month and a year boundary', () => {
      expect(rangeOf('2022-01-01~')).to.deep.equal(['2021-12-29', '2022-01-04']);
      expect(rangeOf('2024-02-27~')).to.deep.equal(['2024-02-24', '2024-03-01']);
    });

    it('widens a month by a calendar month either side', () => {
      expect(rangeOf('2022-04~')).to.deep.equal(['2022-03-01', '2022-05-31']);
      expect(rangeOf('2024-03~')).to.deep.equal(['2024-02-01', '2024-04-30']);
      expect(rangeOf('2022-01~')).to.deep.equal(['2021-12-01', '2022-02-28']);
    });

    it('widens a year by a year either side', () => {
      expect(rangeOf('2022~')).to.deep.equal(['2021-01-01', '2023-12-31']);
    });

    it('widens a season by a calendar month either side', () => {
      expect(rangeOf('2022-21~')).to.deep.equal(['2022-02-01', '2022-06-30']);
    });

    it('widens a decade by a year and a century by ten years either side', () => {
      expect(rangeOf('196~')).to.deep.equal(['1959-01-01', '1970-12-31']);
      expect(rangeOf('19~')).to.deep.equal(['1890-01-01', '2009-12-31']);
    });

    it('widens for % as for ~', () => {
      expect(rangeOf('2004-06-11%')).to.deep.equal(rangeOf('2004-06-11~'));
    });
  });

  describe('with ~ on one component', () => {
    it('widens by a year for the year', () => {
      expect(rangeOf('2022~-04-22')).to.deep.equal(['2021-04-22', '2023-04-22']);
      expect(rangeOf('~2022-04-22')).to.deep.equal(['2021-04-22', '2023-04-22']);
    });

    it('widens by a month for the month', () => {
      expect(rangeOf('2022-~04-22')).to.deep.equal(['2022-03-22', '2022-05-22']);
    });

    it('widens by 3 days for the day', () => {
      expect(rangeOf('2022-04-~22')).to.deep.equal(['2022-04-19', '2022-04-25']);
    });

    it('widens by the finest component a qualifier covers from the year on', () => {
      // 2022-04~-22: year and month approximate, the day as given.
      expect(rangeOf('2022-04~-22')).to.deep.equal(['2022-03-22', '2022-05-22']);
    });

    it('widens by the widest of several qualifiers', () => {
      expect(rangeOf('2022-~04-~22')).to.deep.equal(['2022-03-22', '2022-05-22']);
      expect(rangeOf('~2022-04-~22')).to.deep.equal(['2021-04-22', '2023-04-22']);
    });

    it('clamps to the end of a shorter month', () => {
      expect(rangeOf('2022-~03-31')).to.deep.equal(['2022-02-28', '2022-04-30']);
      expect(rangeOf('~2024-02-29')).to.deep.equal(['2023-02-28', '2025-02-28']);
    });

    it('widens a month whose year alone is approximate by a year', () => {
      expect(rangeOf('2022~-04')).to.deep.equal(['2021-04-01', '2023-04-30']);
    });
  });

  describe('with ? only', () => {
    it('keeps the bounds', () => {
      expect(rangeOf('2022-04-22?')).to.deep.equal(['2022-04-22', '2022-04-22']);
      expect(rangeOf('2022-04?')).to.deep.equal(['2022-04-01', '2022-04-30']);
      expect(rangeOf('2022-?04-22')).to.deep.equal(['2022-04-22', '2022-04-22']);
    });
  });

  describe('with ~ on an interval end', () => {
    it('widens only the outer bound of that end', () => {
      expect(rangeOf('2022-04-22~/2022-05-02')).to.deep.equal(['2022-04-19', '2022-05-02']);
      expect(rangeOf('2022-04-22/2022-05~')).to.deep.equal(['2022-04-22', '2022-06-30']);
      expect(rangeOf('../2022-10~')).to.deep.equal([null, '2022-11-30']);
    });

    it('checks the order of the ends as written, before widening', () => {
      expect(() => parseFuzzyDate('2022-04-22~/2022-04-20~')).to.throw(/is not a valid interval/);
    });
  });
});
