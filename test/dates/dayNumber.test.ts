import { expect } from 'chai';
import { dayNumber, isoDateOfDay, weekdayOf } from '../../src/dates/index.ts';

describe('dayNumber', () => {
  it('counts 1970-01-01 as day 0', () => {
    expect(dayNumber('1970-01-01')).to.equal(0);
  });

  it('counts days before 1970 as negative', () => {
    expect(dayNumber('1969-12-31')).to.equal(-1);
    expect(dayNumber('0000-01-01')).to.equal(-719528);
  });

  it('agrees with Date.UTC where Date works', () => {
    for (const iso of ['2022-04-22', '2000-02-29', '1900-03-01', '1582-10-15', '0001-01-01']) {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      const utc = new Date(0);
      utc.setUTCFullYear(y, m - 1, d);
      expect(dayNumber(iso), iso).to.equal(Math.round(utc.getTime() / 86_400_000));
    }
  });

  it('reads ISO expanded years far beyond the range of Date', () => {
    expect(dayNumber('+170000002-01-01')).to.equal(62090506203);
    expect(dayNumber('-170000002-01-01')).to.be.below(-62000000000);
  });

  it('rejects what is not a calendar day', () => {
    for (const bad of ['2022-02-29', '2022-13-01', '2022-4-1', 'today', '2022-04']) {
      expect(() => dayNumber(bad), bad).to.throw(RangeError);
    }
  });
});

describe('isoDateOfDay', () => {
  it('is the inverse of dayNumber', () => {
    for (const iso of ['1970-01-01', '2022-04-22', '2000-02-29', '0000-03-01', '-0001-12-31', '9999-12-31']) {
      expect(isoDateOfDay(dayNumber(iso))).to.equal(iso);
    }
  });

  it('writes years outside 0000–9999 in ISO expanded form', () => {
    expect(isoDateOfDay(dayNumber('9999-12-31') + 1)).to.equal('+010000-01-01');
    expect(isoDateOfDay(dayNumber('0000-01-01') - 1)).to.equal('-0001-12-31');
    expect(isoDateOfDay(62090506203)).to.equal('+170000002-01-01');
  });

  it('rejects a day that is not a safe integer', () => {
    expect(() => isoDateOfDay(1.5)).to.throw(RangeError);
    expect(() => isoDateOfDay(Number.NaN)).to.throw(RangeError);
  });
});

describe('weekdayOf', () => {
  it('knows 2022-04-22 was a Friday', () => {
    expect(weekdayOf('2022-04-22')).to.equal('Friday');
  });

  it('knows 2000-02-29 was a Tuesday', () => {
    expect(weekdayOf('2000-02-29')).to.equal('Tuesday');
  });

  it('knows 1970-01-01 was a Thursday and the day before a Wednesday', () => {
    expect(weekdayOf('1970-01-01')).to.equal('Thursday');
    expect(weekdayOf('1969-12-31')).to.equal('Wednesday');
  });

  it('works before year 0', () => {
    // 2000 years = 730485 days ≡ 0 (mod 7) in the 400-year-periodic Gregorian calendar.
    expect(weekdayOf('-0400-02-29')).to.equal(weekdayOf('2000-02-29'));
  });
});
