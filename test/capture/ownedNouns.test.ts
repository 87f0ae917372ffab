import { checkLinked as check } from './captureHelpers.ts';

describe('capture: a noun after "its" names what an actor has, not the actor', () => {
  describe('"its regulator", "its lender" refer back to no one', () => {
    check([
      [
        'The Port Velasca Maritime Authority banned the fuel in May. Its regulator said on 3 June 2024 that screening would become mandatory.',
        '3 June 2024',
        'en',
        [],
        ['Port Velasca Maritime Authority'],
      ],
      [
        'Kelbay Holdings Ltd bought the hotel in 2018. Its lender called in the loan in September 2023.',
        'September 2023',
        'en',
        [],
        ['Kelbay Holdings Ltd'],
      ],
    ]);
  });

  describe('"its board" is still the body that has it', () => {
    check([
      [
        'Harlow Rowing Club lost its boathouse in the flood. Its board voted on 3 June 2024 to rebuild it.',
        '3 June 2024',
        'en',
        ['Harlow Rowing Club'],
        [],
      ],
    ]);
  });
});
