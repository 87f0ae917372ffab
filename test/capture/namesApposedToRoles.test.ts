import { expect } from 'chai';
import { checkLinked, proposed } from './captureHelpers.ts';

describe('capture: one word set off by commas after a person’s role word is that person’s name', () => {
  describe('the first name after a role word and a comma is linked to its event', () => {
    checkLinked([
      ['Margit Halloran founded the creamery with her husband, Piet, in 2009.', '2009', 'en', ['Piet'], []],
      [
        'Less than a year after her death their elder son, Imran, left for Karachi in March 2019.',
        'March 2019',
        'en',
        ['Imran'],
        [],
      ],
      [
        'On 19 December 2022 the board paid a dividend to Mr Pellam and his wife, Anne.',
        '19 December 2022',
        'en',
        ['Anne'],
        [],
      ],
      [
        'Tras la muerte de su padre, su hijo, Mateo, tomó el taller en marzo de 2019.',
        'marzo de 2019',
        'es',
        ['Mateo'],
        [],
      ],
    ]);
  });

  describe('a title whose full stop runs on into its holder’s name is no name', () => {
    it('"the committee’s chairman, Hon. Lateef Oyedokun"', () => {
      const names = proposed(
        'The committee will visit the site next Tuesday, the committee’s chairman, Hon. Lateef Oyedokun, confirmed.',
        'en',
      );
      expect(names).to.not.include('Hon (person)');
    });
  });

  describe('a capitalised word after a role word with no comma around it stays unread', () => {
    it('"a farmer, Wheat prices rose"', () => {
      const names = proposed('He worked as a farmer, Wheat prices rose in 2019.', 'en');
      expect(names).to.not.include('Wheat (person)');
    });
  });
});
