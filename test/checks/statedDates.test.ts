import { expect } from 'chai';
import { parseStatedDate } from '../../src/checks/index.ts';
import { readStatedDate } from '../../src/checks/statedDates.ts';

describe('parseStatedDate', () => {
  const read: [string, [number | null, number | null, number | null, string | null] | null][] = [
    ['April 22', [null, 4, 22, null]],
    ['22 April', [null, 4, 22, null]],
    ['May 2, 2022', [2022, 5, 2, null]],
    ['2 May 2022', [2022, 5, 2, null]],
    ['Apr. 22nd', [null, 4, 22, null]],
    ['the 22nd of April', [null, 4, 22, null]],
    ['2022-04-22', [2022, 4, 22, null]],
    ['2022-04', [2022, 4, null, null]],
    ['2022', [2022, null, null, null]],
    ['April 2022', [2022, 4, null, null]],
    ['April', [null, 4, null, null]],
    ['on April 22.', [null, 4, 22, null]],
    ['Friday, April 22', [null, 4, 22, 'Friday']],
    ['february 29', [null, 2, 29, null]],
    ['early May', null],
    ['mid-2022', null],
    ['4/22/2022', [2022, 4, 22, null]],
    ['22.4.2022', [2022, 4, 22, null]],
    ['4/5/2022', null],
    ['2022/4/22', [2022, 4, 22, null]],
    ['13 de marzo de 2019', [2019, 3, 13, null]],
    ['miércoles 13 de marzo', [null, 3, 13, 'Wednesday']],
    ['el 13 de marzo', [null, 3, 13, null]],
    ['marzo de 2019', [2019, 3, null, null]],
    ['13 Mrach 2019', null],
    ['April 31', null],
    ['2022-13-01', null],
    ['Friday', null],
    ['', null],
  ];
  for (const [text, expected] of read) {
    it(`reads ${JSON.stringify(text)} as ${expected === null ? 'nothing' : JSON.stringify(expected)}`, () => {
      const stated = parseStatedDate(text);
      expect(stated === null ? null : [stated.year, stated.month, stated.day, stated.weekday]).to.deep.equal(expected);
    });
  }
});

describe('readStatedDate', () => {
  const fields = (text: string, locale: string | null) => {
    const reading = readStatedDate(text, locale);
    return reading.kind === 'date' ? [reading.date.year, reading.date.month, reading.date.day] : reading.kind;
  };

  it('reads numeric dates in the order the source’s locale writes them', () => {
    expect(fields('3/13/2019', 'en-US')).to.deep.equal([2019, 3, 13]);
    expect(fields('13/3/2019', 'es-MX')).to.deep.equal([2019, 3, 13]);
    expect(fields('3/4/2019', 'en-US')).to.deep.equal([2019, 3, 4]);
    expect(fields('3/4/2019', 'en-GB')).to.deep.equal([2019, 4, 3]);
    expect(fields('13.3.2019', 'de-DE')).to.deep.equal([2019, 3, 13]);
    expect(fields('3/13', 'en-US')).to.deep.equal([null, 3, 13]);
  });

  it('says why a numeric date is not a date in its locale', () => {
    expect(readStatedDate('13/3/2019', 'en-US')).to.deep.equal({
      kind: 'unread',
      text: '13/3/2019',
      why: 'is not a date as en-US writes dates (month/day/year)',
    });
  });

  it('reads a form only one order makes a date without a locale, and calls the others ambiguous', () => {
    expect(fields('3/13/2019', null)).to.deep.equal([2019, 3, 13]);
    expect(fields('13/3/2019', null)).to.deep.equal([2019, 3, 13]);
    expect(fields('4/4/2019', null)).to.deep.equal([2019, 4, 4]);
    const reading = readStatedDate('3/4/2019', null);
    expect(reading.kind).to.equal('ambiguous');
    expect(reading.kind === 'ambiguous' && reading.dates.map((d) => [d.month, d.day])).to.deep.equal([
      [3, 4],
      [4, 3],
    ]);
  });

  it('leaves what it cannot read unread, with no guess', () => {
    for (const text of ['13 Mrach 2019', 'early May', 'mid-2022', '3/13/19', '32/13/2019']) {
      expect(readStatedDate(text, null), text).to.deep.include({ kind: 'unread', why: 'could not be read as a date' });
    }
  });
});
