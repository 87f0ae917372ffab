import { checkLinked } from './captureHelpers.ts';

describe('capture: a known first name alone is the one person named with it', () => {
  describe('the first name refers to the person named in full before', () => {
    checkLinked([
      [
        'Ruth and Walt Dankworth bought the section in 1961. Walt died in December 2018.',
        'December 2018',
        'en',
        ['Walt Dankworth'],
        [],
      ],
      ['Julian Cray opened the shop in 1968. Julian sold it in March 2019.', 'March 2019', 'en', ['Julian Cray'], []],
      [
        'Ana Ruiz fundó la cooperativa en 2010. Ana renunció en marzo de 2019.',
        'marzo de 2019',
        'es',
        ['Ana Ruiz'],
        [],
      ],
    ]);
  });

  describe('a first name two people share refers to neither', () => {
    checkLinked([
      [
        'Ruth Ambler joined in 2010 and Ruth Kessel in 2012. Ruth left in March 2019.',
        'March 2019',
        'en',
        [],
        ['Ruth Ambler', 'Ruth Kessel'],
      ],
    ]);
  });
});
