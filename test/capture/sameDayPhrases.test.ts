import { describeRelationRows, type RelationRow } from './relationRows.ts';

/** "Later that day", "earlier that morning": the last day the text named; a heading's last words name no anchor. */
const ROWS: RelationRow[] = [
  {
    says: 'later that day',
    text: 'The dam failed on 4 April 2022. Later that day, the governor declared an emergency.',
    phrase: 'Later that day',
    when: '2022-04-04',
    relation: ['same-day', 'dam failed', null],
  },
  {
    says: 'earlier that morning',
    text: 'Police closed the bridge on 12 June 2023. Earlier that morning, a lorry had hit the railing.',
    phrase: 'Earlier that morning',
    when: '2023-06-12',
    relation: ['same-day', 'closed the bridge', null],
  },
  {
    says: 'after a heading that ends in "after"',
    text: 'The mine flooded on 2 March 2021.\n\nThe weeks after\n\nLater that evening, rescuers reached the shaft.',
    phrase: 'Later that evening',
    when: '2021-03-02',
    relation: ['same-day', 'mine flooded', null],
  },
  {
    says: 'the leak: gas that escaped',
    text: 'Gas escaped from the plant on 1 September 2024. Inspectors visited on 10 September 2024. Five days before the leak, a contractor warned the firm.',
    phrase: 'Five days before the leak',
    when: '2024-08-27',
    relation: ['before', 'Gas escaped', 'P5D'],
  },
];

describeRelationRows('capture: the same day as the last one named, and a leak that escaped', ROWS);
