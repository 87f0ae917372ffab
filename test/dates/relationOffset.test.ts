import { expect } from 'chai';
import {
  dayNumber,
  isoDateOfDay,
  OffsetError,
  parseRelationOffset,
  shiftDay,
  spanRange,
} from '../../src/dates/index.ts';

const day = dayNumber;
const months = (count: number) => ({ months: count, days: 0 });

describe('parseRelationOffset', () => {
  const cases: [string, string, string, [number, number], [number, number] | null][] = [
    ['P10D', 'exact', '10 days', [0, 10], [0, 10]],
    ['P2W', 'exact', '2 weeks', [0, 14], [0, 14]],
    ['P1W3D', 'exact', '1 week and 3 days', [0, 10], [0, 10]],
    ['P5M', 'exact', '5 months', [5, 0], [5, 0]],
    ['P1Y', 'exact', '1 year', [12, 0], [12, 0]],
    ['P1Y2M', 'exact', '1 year and 2 months', [14, 0], [14, 0]],
    ['P3Y~', 'about', 'about 3 years', [24, 0], [48, 0]],
    ['P20M~', 'about', 'about 20 months', [19, 0], [21, 0]],
    ['P10D~', 'about', 'about 10 days', [0, 7], [0, 13]],
    ['P2D~', 'about', 'about 2 days', [0, 0], [0, 5]],
    ['P4M/P5M', 'between', '4 to 5 months', [4, 0], [5, 0]],
    ['P10D/P1M', 'between', '10 days to 1 month', [0, 10], [1, 0]],
    ['../P5M', 'at-most', 'less than 5 months', [0, 0], [5, 0]],
    ['P5M/..', 'at-least', 'more than 5 months', [5, 0], null],
  ];
  for (const [text, kind, words, lower, upper] of cases) {
    it(`reads ${text} as ${kind}: "${words}"`, () => {
      const offset = parseRelationOffset(text);
      expect(offset.kind).to.equal(kind);
      expect(offset.text).to.equal(words);
      expect(offset.lower).to.deep.equal({ months: lower[0], days: lower[1] });
      expect(offset.upper).to.deep.equal(upper === null ? null : { months: upper[0], days: upper[1] });
    });
  }

  it('refuses what is not an offset, saying what is expected', () => {
    for (const bad of ['P', 'P10', '10D', 'p10d', 'P1D2M', 'P5M~/P6M', '../..', 'P1234567D', '-P1D', 'P1.5M']) {
      expect(() => parseRelationOffset(bad), bad).to.throw(OffsetError, /expected an ISO 8601 duration such as P10D/);
    }
  });

  it('refuses a range whose lower end is, or can be, longer than its upper end', () => {
    expect(() => parseRelationOffset('P5M/P4M')).to.throw(
      OffsetError,
      'P5M/P4M is not a valid range: its lower end, 5 months, is longer than its upper end, 4 months',
    );
    expect(() => parseRelationOffset('P30D/P1M')).to.throw(
      OffsetError,
      'P30D/P1M is not a valid range: its lower end, 30 days, can be longer than its upper end, 1 month',
    );
    expect(parseRelationOffset('P28D/P1M').kind).to.equal('between');
  });
});

describe('shiftDay', () => {
  const shift = (iso: string, duration: { months: number; days: number }, direction: 1 | -1) =>
    isoDateOfDay(shiftDay(day(iso), duration, direction));

  it('adds months by the calendar: 29 October 2018 + 5 months is 29 March 2019', () => {
    expect(shift('2018-10-29', months(5), 1)).to.equal('2019-03-29');
  });

  it('clamps to the end of a shorter month: 31 January + 1 month is 28 February, 29 in a leap year', () => {
    expect(shift('2019-01-31', months(1), 1)).to.equal('2019-02-28');
    expect(shift('2020-01-31', months(1), 1)).to.equal('2020-02-29');
    expect(shift('2020-02-29', months(12), 1)).to.equal('2021-02-28');
  });

  it('applies the months before the days, and counts back for before', () => {
    expect(shift('2019-01-31', { months: 1, days: 1 }, 1)).to.equal('2019-03-01');
    expect(shift('2022-03-31', months(1), -1)).to.equal('2022-02-28');
    expect(shift('2022-03-01', { months: 1, days: 1 }, -1)).to.equal('2022-01-31');
  });
});

describe('spanRange', () => {
  it('gives the shortest and longest month, year and five months from any day', () => {
    expect(spanRange(months(1), 1, null, null)).to.deep.equal({ min: 28, max: 31 });
    expect(spanRange(months(12), 1, null, null)).to.deep.equal({ min: 365, max: 366 });
    expect(spanRange(months(5), 1, null, null)).to.deep.equal({ min: 150, max: 153 });
    expect(spanRange(months(1), -1, null, null)).to.deep.equal({ min: -31, max: -28 });
  });

  it('is exact over the days given: one day, or the days of a month', () => {
    expect(spanRange(months(5), 1, day('2018-10-29'), day('2018-10-29'))).to.deep.equal({ min: 151, max: 151 });
    // 1–28 January + 1 month = 31 days; 29, 30, 31 January all go to 28 February.
    expect(spanRange(months(1), 1, day('2022-01-01'), day('2022-01-31'))).to.deep.equal({ min: 28, max: 31 });
    expect(spanRange(months(1), 1, day('2022-01-01'), day('2022-01-28'))).to.deep.equal({ min: 31, max: 31 });
  });

  it('adds the days part as it is, and is constant for days alone', () => {
    expect(spanRange({ months: 0, days: 10 }, -1, null, null)).to.deep.equal({ min: -10, max: -10 });
    expect(spanRange({ months: 1, days: 2 }, 1, day('2022-02-01'), day('2022-02-28'))).to.deep.equal({
      min: 30,
      max: 30,
    });
  });
});
