import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * The words of a sentence beyond the clause of its one date tell what that sentence mentions, but
 * only the clause itself states its fact's event: "They voted 7-4 to pay, and to open the pool in
 * June" dates the opening, so "two days after the vote" counts from the clause that held the vote.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a verb beyond the clause of a later month',
    text: 'Councillors held the vote on Tuesday 10 May 2022. They voted 7-4 to pay, and to open the pool in June. Two days after the vote, the mayor resigned.',
    phrase: 'Two days after the vote',
    when: '2022-05-12',
    relation: ['after', 'held the vote', 'P2D'],
  },
  {
    says: 'a search beyond the clause of a ruling to come',
    text: 'Police carried out the raid on 12 May 2021. Detectives searched two flats, and a court will rule in June. Ten days after the raid, the suspect was freed.',
    phrase: 'Ten days after the raid',
    when: '2021-05-22',
    relation: ['after', 'carried out the raid', 'P10D'],
  },
  {
    says: 'a resignation beyond the clause of a handover',
    text: 'Her departure was announced on 4 April 2022. The treasurer resigned too, and a new board takes over in May. A week after her departure, the accounts were frozen.',
    phrase: 'A week after her departure',
    when: '2022-04-11',
    relation: ['after', 'departure was announced', 'P1W'],
  },
];

describeRelationRows('capture: only a clause states its event, not the words beyond it', ROWS);
