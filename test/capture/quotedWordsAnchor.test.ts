import { describeDateTables } from './dateTables.ts';

/**
 * '"I found it, I sold it," he told me in March': the words a clause quotes, when its date stands outside the
 * quotation, are the statement reported, not the event the date tells, so a relative phrase does not count from
 * them (docs/design.md, How capture reads dates). Short stories of our own.
 */
describeDateTables([
  [
    'a relative phrase counts from the event told, not from a telling that quotes its words',
    [
      {
        text: 'On October 7, he sold the stone to Marchetti at his kitchen table. "I found it, I dug it out, I sold it," he told me in March. Eleven days after the sale, Marchetti listed it on his website.',
        publishedOn: '2026-11-30',
        phrase: 'Eleven days after the sale',
        when: '2026-10-18',
      },
    ],
  ],
  [
    'a telling that states the event in its own words is still counted from',
    [
      {
        text: 'On October 7, he sold the stone to Marchetti. In March he sold the farm as well, the county said. Eleven days after the sale, the buyers moved in.',
        publishedOn: '2026-11-30',
        phrase: 'Eleven days after the sale',
        when: '2026-03-12/2026-04-11',
      },
    ],
  ],
]);
