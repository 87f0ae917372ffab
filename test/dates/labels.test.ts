import { expect } from 'chai';
import { parseFuzzyDate } from '../../src/dates/index.ts';

function labelOf(input: string): string {
  return parseFuzzyDate(input).label;
}

function expectLabels(rows: [string, string][]): void {
  for (const [input, label] of rows) {
    it(`labels ${input} "${label}"`, () => {
      expect(labelOf(input)).to.equal(label);
    });
  }
}

describe('parseFuzzyDate', () => {
  describe('labels a single date', () => {
    expectLabels([
      ['2022-04-22', '22 April 2022'],
      ['2022-04-02', '2 April 2022'],
      ['2022-04', 'April 2022'],
      ['2022', '2022'],
      ['2022-04-XX', 'April 2022'],
      ['2022-XX-XX', '2022'],
      ['Y170000002', '170000002'],
      ['0822-06-01', '1 June 822'],
    ]);
  });

  describe('labels a season', () => {
    expectLabels([
      ['2022-21', 'spring 2022'],
      ['2022-22', 'summer 2022'],
      ['2022-23', 'autumn 2022'],
      ['2022-24', 'winter 2022–23'],
      ['1999-24', 'winter 1999–2000'],
      ['2009-24', 'winter 2009–10'],
    ]);
  });

  describe('labels a decade or a century', () => {
    expectLabels([
      ['201X', '2010s'],
      ['196', '1960s'],
      ['19XX', '1900s'],
      ['19', '1900s'],
    ]);
  });

  describe('labels a year before the common era as BC, counting 0000 as 1 BC', () => {
    expectLabels([
      ['0000', '1 BC'],
      ['-0001', '2 BC'],
      ['-0100', '101 BC'],
      ['-0100-03-15', '15 March 101 BC'],
      ['Y-170000002', '170000003 BC'],
      ['-019X', '200 BC – 191 BC'],
    ]);
  });

  describe('labels a qualifier on the whole date', () => {
    expectLabels([
      ['2022-04-22~', 'c. 22 April 2022'],
      ['2022-04~', 'c. April 2022'],
      ['2022~', 'c. 2022'],
      ['2022-04-22?', '22 April 2022?'],
      ['1984?', '1984?'],
      ['2004-06-11%', 'c. 11 June 2004?'],
      ['2022-21~', 'c. spring 2022'],
      ['2022-24?', 'winter 2022–23?'],
      ['196~', 'c. 1960s'],
      ['?2022-?04-?22', '22 April 2022?'],
    ]);
  });

  describe('labels a qualifier on some components with a note naming them', () => {
    expectLabels([
      ['?2022-04-22', '22 April 2022 (year uncertain)'],
      ['2022?-04-22', '22 April 2022 (year uncertain)'],
      ['2022-~04-22', '22 April 2022 (month approximate)'],
      ['2022-04-~22', '22 April 2022 (day approximate)'],
      ['2022-?04', 'April 2022 (month uncertain)'],
      ['2022-04?-22', '22 April 2022 (year and month uncertain)'],
      ['2022-%04-22', '22 April 2022 (month approximate and uncertain)'],
      ['2022?-~04-22', '22 April 2022 (month approximate; year uncertain)'],
      ['2022?-04-22~', 'c. 22 April 2022 (year uncertain)'],
      ['?2022-21', 'spring 2022 (year uncertain)'],
    ]);
  });

  describe('labels an interval', () => {
    expectLabels([
      ['2022-04-22/2022-05-02', '22 April – 2 May 2022'],
      ['2022-04-22/2022-04-30', '22–30 April 2022'],
      ['2022-04/2022-06', 'April – June 2022'],
      ['2022-04-22/2023-01-03', '22 April 2022 – 3 January 2023'],
      ['2022-11/2023-02', 'November 2022 – February 2023'],
      ['1964/2008', '1964–2008'],
      ['2022-04-22/2022-04-22', '22 April 2022'],
      ['2004-02-01/2005', '1 February 2004 – 2005'],
      ['1984~/2004-06', 'c. 1984 – June 2004'],
      ['1984?/2004%', '1984? – c. 2004?'],
      ['2022-21/2022-23', 'spring 2022 – autumn 2022'],
      ['-0100/-0050', '101 BC – 51 BC'],
      ['2022-04-XX/2022-06-XX', 'April – June 2022'],
    ]);
  });

  describe('labels an open or unknown end', () => {
    expectLabels([
      ['../2022-10', 'by October 2022'],
      ['/2022-10', 'by October 2022'],
      ['2022-04/..', 'from April 2022'],
      ['2022-04/', 'from April 2022'],
      ['../2022-10~', 'by c. October 2022'],
    ]);
  });

  describe('labels a date-time in its stated offset', () => {
    expectLabels([
      ['2022-04-22T10:00:00+02:00', '22 April 2022, 10:00 (UTC+02:00)'],
      ['2022-04-22T23:30:00-05:00', '22 April 2022, 23:30 (UTC-05:00)'],
      ['1985-04-12T23:20:30Z', '12 April 1985, 23:20:30 (UTC)'],
      ['1985-04-12T23:20:30-04', '12 April 1985, 23:20:30 (UTC-04:00)'],
      ['1985-04-12T23:20:30', '12 April 1985, 23:20:30'],
      ['2022-04-22T10:00', '22 April 2022, 10:00'],
      ['2022-04-22T10:00:00.250Z', '22 April 2022, 10:00:00.250 (UTC)'],
      ['2022-04-22T10:00Z/2022-04-22T12:00Z', '22 April 2022, 10:00 (UTC) – 22 April 2022, 12:00 (UTC)'],
    ]);
  });

  describe('labels unspecified digits that do not make a whole unit as a range', () => {
    expectLabels([
      ['2022-04-1X', 'between 10 and 19 April 2022'],
      ['2022-1X', 'between 1 October and 31 December 2022'],
      ['2022-XX-22', 'between 22 January and 22 December 2022'],
      ['20XX-04', 'between 1 April 2000 and 30 April 2099'],
    ]);
  });
});
