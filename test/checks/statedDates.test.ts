import { expect } from 'chai';
import { parseStatedDate } from '../../src/checks/index.ts';

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
    ['4/22/2022', null],
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
