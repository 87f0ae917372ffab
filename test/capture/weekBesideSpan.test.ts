import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "The week after the failure" of a failure dated to a month (or a year) may be the week after any
 * of its days: the date runs from the day after its first day to the end of the calendar week after
 * its last, and "the week before" from the calendar week before its first day to the day before its
 * last, never only the week beside one end of the span. Short stories of our own.
 */
const ROWS: RelationRow[] = [
  {
    says: 'after an event dated to a month',
    text: 'The compressors failed in February 2024. The week after the failure, volunteers began germination tests.',
    phrase: 'The week after the failure',
    when: '2024-02-02/2024-03-10',
    relation: ['after', 'The compressors failed', null],
  },
  {
    says: 'before an event dated to a month',
    text: 'The board voted in March 2023. The week before the vote, Ruth Adeyemi sent her colleagues a memo.',
    phrase: 'The week before the vote',
    when: '2023-02-20/2023-03-30',
    relation: ['before', 'The board voted', null],
  },
  {
    says: 'after an event dated to a day, the seven days after it or the calendar week after its own',
    text: 'The board voted on Thursday, 9 March 2023. The week after the vote, the chair resigned.',
    phrase: 'The week after the vote',
    when: '2023-03-10/2023-03-19',
    relation: ['after', 'The board voted', null],
  },
  {
    says: 'in Spanish, after an event dated to a month',
    lang: 'es',
    text: 'La policía capturó a los extorsionadores en abril de 2024. Los taxistas retomaron labores la semana siguiente a las capturas.',
    phrase: 'la semana siguiente a las capturas',
    when: '2024-04-02/2024-05-12',
    relation: ['after', 'La policía capturó', null],
  },
  {
    says: 'in Spanish, before an event dated to a month',
    lang: 'es',
    text: 'Los socios votaron en marzo de 2023. La semana anterior a la votación, la directiva envió una carta.',
    phrase: 'La semana anterior a la votación',
    when: '2023-02-20/2023-03-30',
    relation: ['before', 'Los socios votaron', null],
  },
];

describeRelationRows('the week beside an event dated to a span', ROWS, '2025-07-17');
