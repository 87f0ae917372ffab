import { expect } from 'chai';
import { parseFuzzyDate } from '../../src/dates/index.ts';

function rangeOf(input: string): [string | null, string | null] {
  const date = parseFuzzyDate(input);
  return [date.earliest, date.latest];
}

describe('parseFuzzyDate', () => {
  describe('with a season', () => {
    it('maps 21 to March–May', () => {
      expect(rangeOf('2022-21')).to.deep.equal(['2022-03-01', '2022-05-31']);
    });

    it('maps 22 to June–August', () => {
      expect(rangeOf('2022-22')).to.deep.equal(['2022-06-01', '2022-08-31']);
    });

    it('maps 23 to September–November', () => {
      expect(rangeOf('2022-23')).to.deep.equal(['2022-09-01', '2022-11-30']);
    });

    it('maps 24 to December of that year until the end of February of the next', () => {
      expect(rangeOf('2022-24')).to.deep.equal(['2022-12-01', '2023-02-28']);
    });

    it('ends a winter before a leap year on 29 February', () => {
      expect(rangeOf('2023-24')).to.deep.equal(['2023-12-01', '2024-02-29']);
      expect(rangeOf('1999-24')).to.deep.equal(['1999-12-01', '2000-02-29']);
      expect(rangeOf('2099-24')).to.deep.equal(['2099-12-01', '2100-02-28']);
    });

    it('has season precision', () => {
      expect(parseFuzzyDate('2022-22').precision).to.equal('season');
    });

    it('is not the calendar quarter edtf would use', () => {
      expect(rangeOf('2022-21')).not.to.deep.equal(['2022-01-01', '2022-03-31']);
    });

    it('keeps the bounds when uncertain', () => {
      const date = parseFuzzyDate('2022-24?');
      expect([date.earliest, date.latest, date.uncertain]).to.deep.equal(['2022-12-01', '2023-02-28', true]);
    });

    it('widens an approximate winter by a month either side, across the leap day', () => {
      expect(rangeOf('2023-24~')).to.deep.equal(['2023-11-01', '2024-03-31']);
    });

    it('widens a season whose year alone is approximate by a year', () => {
      expect(rangeOf('~2022-21')).to.deep.equal(['2021-03-01', '2023-05-31']);
    });

    it('may be an end of an interval', () => {
      expect(rangeOf('2022-24/2023-21')).to.deep.equal(['2022-12-01', '2023-05-31']);
      expect(() => parseFuzzyDate('2022-23/2022-21')).to.throw(/is not a valid interval/);
    });

    it('works before year 0', () => {
      expect(rangeOf('-0001-24')).to.deep.equal(['-0001-12-01', '0000-02-29']);
    });
  });
});
