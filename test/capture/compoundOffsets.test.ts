import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * "A year and two months later", "three weeks and three days after": two units counted together
 * are one offset, written as the text counts them (`P1Y2M`, `P3W3D`). "A week and a half", which
 * no whole count of days says, is between the two counts around it (`P10D/P11D`); "a month and a
 * half" between the days it spans in the shortest and the longest month (`P42D/P47D`).
 */
const ROWS: RelationRow[] = [
  {
    says: 'a year and two months after a day',
    text: 'The plant opened on 3 May 2020. A year and two months later, it closed.',
    phrase: 'A year and two months later',
    when: '2021-07-03',
    relation: ['after', 'plant opened', 'P1Y2M'],
  },
  {
    says: 'weeks and days after a named event',
    text: 'The mill opened on 1 June 2021. Three weeks and three days after the opening of the mill, it burned.',
    phrase: 'Three weeks and three days after',
    when: '2021-06-25',
    relation: ['after', 'mill opened', 'P3W3D'],
  },
  {
    says: 'two years and five months before',
    text: 'The museum reopened on 20 October 2023. Two years and five months earlier, a storm had torn off its roof.',
    phrase: 'Two years and five months earlier',
    when: '2021-05-20',
    relation: ['before', 'museum reopened', 'P2Y5M'],
  },
  {
    says: 'a week and a half later',
    text: 'The bridge opened on 2 March 2022. A week and a half later, it cracked.',
    phrase: 'A week and a half later',
    when: '2022-03-12/2022-03-13',
    relation: ['after', 'bridge opened', 'P10D/P11D'],
  },
  {
    says: 'a month and a half after',
    text: 'The dam was sealed on 10 January 2023. A month and a half after it was sealed, it leaked.',
    phrase: 'A month and a half after',
    when: '2023-02-21/2023-02-26',
    relation: ['after', 'dam was sealed', 'P42D/P47D'],
  },
  {
    says: 'una semana y media después',
    lang: 'es',
    text: 'La obra empezó el 4 de abril de 2022. Una semana y media después, se detuvo.',
    phrase: 'Una semana y media después',
    when: '2022-04-14/2022-04-15',
    relation: ['after', 'obra empezó', 'P10D/P11D'],
  },
];

describeRelationRows('capture: two units counted together, and halves of weeks and months', ROWS);
