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
      ['Y9999999', '9999999'],
      ['0822-06-01', '1 June AD 822'],
      ['0009', 'AD 9'],
      ['1000', '1000'],
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

  describe('labels a decade or a century, and some year in one', () => {
    expectLabels([
      ['196', '1960s'],
      ['200', '2000s'],
      ['19', '20th century'],
      ['20', '21st century'],
      ['009', 'AD 90–99'],
      ['000', '1 BC – AD 9'],
      ['201X', 'some year in the 2010s'],
      ['200X', 'some year in the 2000s'],
      ['19XX', 'some year in the 20th century'],
      ['20XX', 'some year in the 21st century'],
      ['1XXX', 'some year from 1000 to 1999'],
      ['1X01', 'some year matching 1X01 (1001 to 1901)'],
      ['X999', 'some year matching X999 (AD 999 to 9999)'],
      ['156X-12-25', '25 December, some year in the 1560s'],
      ['156X-12', 'December, some year in the 1560s'],
      ['20XX-04', 'April, some year in the 21st century'],
    ]);
  });

  describe('labels a quarter, a half and the seasons of both hemispheres', () => {
    expectLabels([
      ['2022-33', 'Q1 2022'],
      ['2022-34', 'Q2 2022'],
      ['2022-36', 'Q4 2022'],
      ['2022-40', 'first half of 2022'],
      ['2022-41', 'second half of 2022'],
      ['2022-25', 'spring 2022 (Northern)'],
      ['2022-28', 'winter 2022–23 (Northern)'],
      ['2022-29', 'spring 2022 (Southern)'],
      ['2022-30', 'summer 2022–23 (Southern)'],
      ['2022-31', 'autumn 2022 (Southern)'],
      ['2022-32', 'winter 2022 (Southern)'],
      ['2022-34?', 'Q2 2022?'],
      ['2022-21/..', 'from spring 2022'],
      ['../2022-36', 'by Q4 2022'],
    ]);
  });

  describe('labels one of a set', () => {
    expectLabels([
      ['[2019,2021]', '2019 or 2021'],
      ['[2019-03..2019-05]', 'March, April or May 2019'],
      ['[1667,1668,1670..1672]', '1667, 1668, 1670, 1671 or 1672'],
      ['[2019-03-01..2019-03-03]', '1, 2 or 3 March 2019'],
      ['[2019, 2021-03]', '2019 or March 2021'],
      ['[1990..2020]', 'one of the years 1990 to 2020'],
      ['[..1760-12-03]', '3 December 1760 or earlier'],
      ['[1760-12..]', 'December 1760 or later'],
      ['[..1760-12-03, 1762]', '3 December 1760 or earlier, or 1762'],
    ]);
  });

  describe('labels a year before the common era as BC, counting 0000 as 1 BC', () => {
    expectLabels([
      ['0000', '1 BC'],
      ['-0001', '2 BC'],
      ['-0100', '101 BC'],
      ['-0100-03-15', '15 March 101 BC'],
      ['Y-9999999', '10000000 BC'],
      ['-019X', 'some year from 200 BC to 191 BC'],
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

  describe('labels unspecified digits that do not make a whole unit by what they leave open', () => {
    expectLabels([
      ['2022-04-1X', 'between 10 and 19 April 2022'],
      ['2022-1X', 'between 1 October and 31 December 2022'],
      ['2022-XX-22', 'the 22nd of some month in 2022'],
      ['2022-X2-X1', 'some day matching 2022-X2-X1 (1 February 2022 to 31 December 2022)'],
      ['2022-X2', 'some month matching 2022-X2 (February 2022 to December 2022)'],
    ]);
  });

  describe('never gives two dates of different meanings the same label', () => {
    const inputs = [
      '201X',
      '201',
      '20XX',
      '20',
      '200X',
      '200',
      '2000s',
      '19XX',
      '19',
      '190',
      '009',
      '0009',
      '09',
      '0090',
      '2022-21',
      '2022-25',
      '2022-29',
      '2022-31',
      '2022-24',
      '2022-28',
      '2022-30',
      '2022-33',
      '2022-34',
      '2022-40',
      '2022-01/2022-06',
      '[2019,2021]',
      '2019/2021',
      '[2019..2021]',
      '[2019-03..2019-05]',
      '2019-03/2019-05',
      '156X-12-25',
      '1560-12-25/1569-12-25',
      '2022-XX-22',
      '2022-01-22/2022-12-22',
      '1XXX',
      '1000/1999',
      '1X01',
      '2022-04-22T10:00:00Z',
      '2022-04-22T10:00:00+02:00',
      '0000',
      '-0001',
      '0001',
      '2022-04-22~',
      '2022-04-19/2022-04-25',
    ];
    it('tells apart decades, centuries, some year in them, seasons, quarters, halves, sets and spans', () => {
      const meaningOf = new Map<string, string>();
      for (const input of inputs) {
        let date;
        try {
          date = parseFuzzyDate(input);
        } catch {
          continue;
        }
        const meaning = JSON.stringify([
          date.earliest,
          date.latest,
          date.precision,
          date.approximate,
          date.uncertain,
          input.startsWith('['),
        ]);
        const other = meaningOf.get(date.label);
        if (other !== undefined) expect(other, `${input} shares the label ${date.label}`).to.equal(meaning);
        meaningOf.set(date.label, meaning);
      }
    });
  });
});
