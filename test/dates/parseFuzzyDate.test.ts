import { expect } from 'chai';
import { parseFuzzyDate, type FuzzyDate } from '../../src/dates/index.ts';

/** [earliest, latest, precision] of an input. */
function boundsOf(input: string): [string | null, string | null, FuzzyDate['precision']] {
  const date = parseFuzzyDate(input);
  return [date.earliest, date.latest, date.precision];
}

describe('parseFuzzyDate', () => {
  describe('with the examples of docs/design.md, row by row', () => {
    const rows: [string, string | null, string | null, FuzzyDate['precision']][] = [
      ['2022-04-22', '2022-04-22', '2022-04-22', 'day'],
      ['2022-04', '2022-04-01', '2022-04-30', 'month'],
      ['2022', '2022-01-01', '2022-12-31', 'year'],
      ['2022-04-XX', '2022-04-01', '2022-04-30', 'month'],
      ['2022-04-22~', '2022-04-19', '2022-04-25', 'day'],
      ['2022-04-22?', '2022-04-22', '2022-04-22', 'day'],
      ['?2022-04-22', '2022-04-22', '2022-04-22', 'day'],
      ['2022-04-22/2022-05-02', '2022-04-22', '2022-05-02', 'day'],
      ['../2022-10', null, '2022-10-31', 'month'],
      ['2022-21', '2022-03-01', '2022-05-31', 'season'],
    ];
    for (const [input, earliest, latest, precision] of rows) {
      it(`reads ${input} as ${earliest ?? 'open'} … ${latest ?? 'open'} at ${precision} precision`, () => {
        expect(boundsOf(input)).to.deep.equal([earliest, latest, precision]);
      });
    }

    it('marks 2022-04-22? and ?2022-04-22 uncertain but not approximate', () => {
      for (const input of ['2022-04-22?', '?2022-04-22']) {
        const date = parseFuzzyDate(input);
        expect([date.uncertain, date.approximate], input).to.deep.equal([true, false]);
      }
    });

    it('marks 2022-04-22~ approximate but not uncertain', () => {
      const date = parseFuzzyDate('2022-04-22~');
      expect([date.approximate, date.uncertain]).to.deep.equal([true, false]);
    });
  });

  describe('with the Library of Congress EDTF level 0 examples', () => {
    const rows: [string, string | null, string | null, FuzzyDate['precision']][] = [
      ['1985-04-12', '1985-04-12', '1985-04-12', 'day'],
      ['1985-04', '1985-04-01', '1985-04-30', 'month'],
      ['1985', '1985-01-01', '1985-12-31', 'year'],
      ['1985-04-12T23:20:30', '1985-04-12', '1985-04-12', 'time'],
      ['1985-04-12T23:20:30Z', '1985-04-12', '1985-04-12', 'time'],
      ['1985-04-12T23:20:30-04', '1985-04-12', '1985-04-12', 'time'],
      ['1985-04-12T10:10:10+05:30', '1985-04-12', '1985-04-12', 'time'],
      ['1964/2008', '1964-01-01', '2008-12-31', 'year'],
      ['2004-06/2006-08', '2004-06-01', '2006-08-31', 'month'],
      ['2004-02-01/2005-02-08', '2004-02-01', '2005-02-08', 'day'],
      ['2004-02-01/2005-02', '2004-02-01', '2005-02-28', 'month'],
      ['2004-02-01/2005', '2004-02-01', '2005-12-31', 'year'],
      ['2005/2006-02', '2005-01-01', '2006-02-28', 'year'],
    ];
    for (const [input, earliest, latest, precision] of rows) {
      it(`reads ${input} as ${earliest} … ${latest} at ${precision} precision`, () => {
        expect(boundsOf(input)).to.deep.equal([earliest, latest, precision]);
      });
    }
  });

  describe('with the Library of Congress EDTF level 1 examples', () => {
    const rows: [string, string | null, string | null, FuzzyDate['precision']][] = [
      // The Library of Congress writes Y170000002; years are limited to ±9,999,999 (sorting holds them).
      ['Y9999999', '+9999999-01-01', '+9999999-12-31', 'year'],
      ['Y-9999999', '-9999999-01-01', '-9999999-12-31', 'year'],
      ['2001-21', '2001-03-01', '2001-05-31', 'season'],
      ['1984?', '1984-01-01', '1984-12-31', 'year'],
      ['2004-06~', '2004-05-01', '2004-07-31', 'month'],
      ['2004-06-11%', '2004-06-08', '2004-06-14', 'day'],
      ['201X', '2010-01-01', '2019-12-31', 'decade'],
      ['20XX', '2000-01-01', '2099-12-31', 'century'],
      ['2004-XX', '2004-01-01', '2004-12-31', 'year'],
      ['1985-04-XX', '1985-04-01', '1985-04-30', 'month'],
      ['1985-XX-XX', '1985-01-01', '1985-12-31', 'year'],
      ['1985-04-12/..', '1985-04-12', null, 'day'],
      ['1985-04/..', '1985-04-01', null, 'month'],
      ['../1985-04-12', null, '1985-04-12', 'day'],
      ['/1985-04-12', null, '1985-04-12', 'day'],
      ['1985-04-12/', '1985-04-12', null, 'day'],
      ['1984~/2004-06', '1983-01-01', '2004-06-30', 'year'],
      ['1984?/2004%', '1984-01-01', '2005-12-31', 'year'],
    ];
    for (const [input, earliest, latest, precision] of rows) {
      it(`reads ${input} as ${earliest ?? 'open'} … ${latest ?? 'open'} at ${precision} precision`, () => {
        expect(boundsOf(input)).to.deep.equal([earliest, latest, precision]);
      });
    }

    it('flags 2004-06-11% both approximate and uncertain', () => {
      const date = parseFuzzyDate('2004-06-11%');
      expect([date.approximate, date.uncertain]).to.deep.equal([true, true]);
    });

    it('flags an interval by the qualifiers of either end', () => {
      const date = parseFuzzyDate('1984?/2004-06');
      expect([date.approximate, date.uncertain]).to.deep.equal([false, true]);
    });
  });

  describe('with a date-time', () => {
    it('keeps the calendar date in the stated offset, not in UTC', () => {
      expect(boundsOf('2022-04-22T23:30:00-05:00')).to.deep.equal(['2022-04-22', '2022-04-22', 'time']);
      expect(boundsOf('2022-04-22T00:30:00+14:00')).to.deep.equal(['2022-04-22', '2022-04-22', 'time']);
    });

    it('accepts a time span within one day', () => {
      const date = parseFuzzyDate('2022-04-22T10:00Z/2022-04-22T12:00+01:00');
      expect([date.earliest, date.latest, date.precision]).to.deep.equal(['2022-04-22', '2022-04-22', 'time']);
    });
  });

  describe('with unspecified digits', () => {
    it('takes a non-trailing pattern’s bounds from edtf', () => {
      expect(boundsOf('2022-04-1X')).to.deep.equal(['2022-04-10', '2022-04-19', 'month']);
      expect(boundsOf('2022-XX-22')).to.deep.equal(['2022-01-22', '2022-12-22', 'year']);
      expect(boundsOf('20XX-04')).to.deep.equal(['2000-04-01', '2099-04-30', 'century']);
    });

    it('reads a decade or a century before year 0', () => {
      expect(boundsOf('-019X')).to.deep.equal(['-0199-01-01', '-0190-12-31', 'decade']);
    });

    it('works inside an interval', () => {
      expect(boundsOf('2022-04-XX/2022-06-XX')).to.deep.equal(['2022-04-01', '2022-06-30', 'month']);
    });
  });

  describe('with a decade or century written as digits (EDTF level 2)', () => {
    it('reads 196 as the 1960s and 19 as 1900–1999', () => {
      expect(boundsOf('196')).to.deep.equal(['1960-01-01', '1969-12-31', 'decade']);
      expect(boundsOf('19')).to.deep.equal(['1900-01-01', '1999-12-31', 'century']);
    });
  });

  describe('with a qualifier on one component', () => {
    it('marks ?2022-04-22 uncertain in the year only, keeping the bounds', () => {
      const date = parseFuzzyDate('?2022-04-22');
      expect([date.earliest, date.latest, date.uncertain]).to.deep.equal(['2022-04-22', '2022-04-22', true]);
    });

    it('reads 2022-?04 as April 2022, uncertain', () => {
      const date = parseFuzzyDate('2022-?04');
      expect([date.earliest, date.latest, date.precision, date.uncertain]).to.deep.equal([
        '2022-04-01',
        '2022-04-30',
        'month',
        true,
      ]);
    });
  });

  describe('with an interval', () => {
    it('takes the coarsest precision of the ends that are given', () => {
      expect(parseFuzzyDate('2004-02-01/2005').precision).to.equal('year');
      expect(parseFuzzyDate('2022-04/..').precision).to.equal('month');
    });

    it('accepts an interval of one day', () => {
      expect(boundsOf('2022-04-22/2022-04-22')).to.deep.equal(['2022-04-22', '2022-04-22', 'day']);
    });

    it('accepts a start that falls inside the end’s month', () => {
      expect(boundsOf('2022-04-22/2022-04')).to.deep.equal(['2022-04-22', '2022-04-30', 'month']);
    });
  });

  describe('with surrounding whitespace', () => {
    it('trims it and keeps the user’s own form otherwise', () => {
      expect(parseFuzzyDate('  ?2022-04-22 \n').edtf).to.equal('?2022-04-22');
    });
  });

  describe('with a year before the common era', () => {
    it('reads -0100 as the astronomical year -100', () => {
      expect(boundsOf('-0100')).to.deep.equal(['-0100-01-01', '-0100-12-31', 'year']);
    });

    it('reads 0000 as a year', () => {
      expect(boundsOf('0000')).to.deep.equal(['0000-01-01', '0000-12-31', 'year']);
    });
  });
});
