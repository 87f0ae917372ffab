import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Within 48 hours of the stoppage", where no clause tells a stoppage in those words: a phrase that
 * counts time from the event it names is a date all the same, read from the event before it (as
 * "since the pandemic", naming no told event and counting nothing, is not).
 */
const ROWS: RelationRow[] = [
  {
    says: 'at most two days',
    text: 'The boring machine halted under the river on 2 May 2023. Within 48 hours of the stoppage, engineers had lowered the face pressure.',
    phrase: 'Within 48 hours of the stoppage',
    when: '2023-05-02/2023-05-04',
    relation: ['after', 'boring machine halted', '../P2D'],
  },
  {
    says: 'the calendar week before',
    text: 'Councillors approved the budget on 12 March 2024. The week before the vote, the mayor wrote to every member.',
    phrase: 'The week before the vote',
    when: '2024-03-04/2024-03-11',
    relation: ['before', 'Councillors approved', null],
  },
  {
    says: 'at most a fortnight',
    text: 'A farmer dug up the hoard near Kelso on 9 August 2022. Within a fortnight of the discovery, the museum had bought it.',
    phrase: 'Within a fortnight of the discovery',
    when: '2022-08-09/2022-08-23',
    relation: ['after', 'farmer dug up the hoard', '../P2W'],
  },
];

describeRelationRows('a count of time from an event no clause names in its words', ROWS, '2024-06-10');
