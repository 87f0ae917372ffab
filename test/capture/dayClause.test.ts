import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "Varga resigned the day the audit came out": "the day" and a clause in the past dates the event
 * to the same day as the event that clause tells.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a clause with a noun for its subject',
    text: 'The council published its audit on 3 May 2022. Varga resigned the day the audit came out.',
    phrase: 'the day the audit came out',
    when: '2022-05-03',
    relation: ['same-day', 'council published', null],
  },
  {
    says: 'a clause with a pronoun for its subject',
    text: 'The journal posted the preprint on 4 May 2022. Reiner read the preprint the day it appeared.',
    phrase: 'the day it appeared',
    when: '2022-05-04',
    relation: ['same-day', 'journal posted', null],
  },
  {
    says: 'a clause in the passive',
    text: 'The salvage crew raised the ferry on 9 January 2020. Her captain retired the day the ferry was raised.',
    phrase: 'the day the ferry was raised',
    when: '2020-01-09',
    relation: ['same-day', 'salvage crew raised', null],
  },
];

describeRelationRows('"the day" and a clause in the past', ROWS, '2024-06-10');
