import { describeDateTables, type DateRow } from './dateTables.ts';

/**
 * When a clause is told (docs/design.md, How capture reads dates): a schedule set in the past, the
 * future seen from a telling that is never after the publication, "we'd like", the month May that
 * is no modal, "a plan to" that is a noun, "that November", a figure compared with, and the
 * Southern Hemisphere's provinces and states. Short stories of our own, one phrase table per rule.
 */
const TABLES: ReadonlyArray<readonly [string, readonly DateRow[]]> = [
  [
    'a verb of scheduling with its object, told in the past, dates ahead of that telling, not of the publication',
    [
      {
        text: 'The election office registered the petition on 2 March 2023. It set the referendum for 14 May. Turnout was low.',
        publishedOn: '2024-02-10',
        phrase: '14 May',
        when: '2023-05-14',
      },
      {
        text: 'The tribunal received the appeal in early October. It scheduled a hearing for 20 November, then adjourned it.',
        publishedOn: '2025-06-01',
        phrase: '20 November',
        when: '2024-11-20',
      },
      {
        text: 'The league approved the fixture list on 30 June 2022. The club booked the stadium for 9 August.',
        publishedOn: '2023-03-01',
        phrase: '9 August',
        when: '2022-08-09',
      },
      {
        text: 'The league approved the fixture list on 30 June 2022. A replay has been scheduled for 9 August.',
        publishedOn: '2023-03-01',
        phrase: '9 August',
        when: '2023-08-09',
      },
    ],
  ],
  [
    'the future seen from a telling is not before the publication when the story ran ahead of it',
    [
      {
        text: 'Talks will begin in January. The mayor said the council would invite both sides to a meeting before Christmas.',
        publishedOn: '2025-11-17',
        phrase: 'before Christmas',
        when: '../2025-12-25',
      },
      {
        text: 'The board will vote in February. Its chair said the report would be published in December.',
        publishedOn: '2025-11-03',
        phrase: 'December',
        when: '2025-12',
      },
      {
        text: 'The depot closes on 9 January. Its manager said staff would be told by 20 December.',
        publishedOn: '2025-12-01',
        phrase: '20 December',
        when: '../2025-12-20',
      },
    ],
  ],
  [
    '"we\'d like", "I\'d rather": a wish, ahead of the telling',
    [
      {
        text: '"We\'d like a deal by the summer," the organiser said.',
        publishedOn: '2025-11-17',
        phrase: 'by the summer',
        when: '../2026-22',
      },
      {
        text: '"I\'d rather finish the roof by the spring," the warden said.',
        publishedOn: '2024-08-20',
        phrase: 'by the spring',
        when: '../2025-21',
      },
      {
        text: '"They\'d prefer to reopen the pool by the spring," a parent said.',
        publishedOn: '2023-08-25',
        phrase: 'by the spring',
        when: '../2024-21',
      },
    ],
  ],
  [
    '"in May" is the month, not the modal "may": the clause keeps its past tense',
    [
      {
        text: 'The hearing is on 2 December. Inspectors first flagged the leak in May.',
        publishedOn: '2025-10-08',
        phrase: 'May',
        when: '2025-05',
      },
      {
        text: 'The ferry returns on 5 December. Staff raised the alarm in May, when the hull cracked.',
        publishedOn: '2025-10-20',
        phrase: 'May',
        when: '2025-05',
      },
      {
        text: 'The plant reopens on 1 December. Output fell sharply in May.',
        publishedOn: '2025-10-02',
        phrase: 'May',
        when: '2025-05',
      },
    ],
  ],
  [
    '"a plan to", "their plans to": a noun, no future',
    [
      {
        text: 'The trust sent the builder a notice on 28 August, giving it 30 days to draw up a plan to fix the roof.',
        publishedOn: '2025-10-02',
        phrase: '28 August',
        when: '2025-08-28',
      },
      {
        text: 'The council approved the plan to close the library on 9 September.',
        publishedOn: '2025-10-01',
        phrase: '9 September',
        when: '2025-09-09',
      },
      {
        text: 'Its owners published their plans to expand the yard on 14 August.',
        publishedOn: '2025-10-01',
        phrase: '14 August',
        when: '2025-08-14',
      },
    ],
  ],
  [
    '"that November" is in the year of the event told before',
    [
      {
        text: 'In March 2022 the operator gave notice. The county ran the buses itself until a new contract began that November.',
        publishedOn: '2026-10-08',
        phrase: 'that November',
        when: '2022-11',
      },
      {
        text: 'The dam was finished in 1998. The reservoir filled that April.',
        publishedOn: '2024-05-01',
        phrase: 'that April',
        when: '1998-04',
      },
      {
        text: 'The firm moved to Leeds in February 2018. Its founder retired that October.',
        publishedOn: '2024-05-01',
        phrase: 'that October',
        when: '2018-10',
      },
    ],
  ],
  [
    '"up from", "down from": the figure compared with is told in its sentence\'s tense',
    [
      {
        text: 'Riders lodged 1,140 complaints in September, up from 310 in March.',
        publishedOn: '2026-10-08',
        phrase: 'March',
        when: '2026-03',
      },
      {
        text: 'Arrivals fell to 9,000 in October, down from 14,500 in April.',
        publishedOn: '2025-11-20',
        phrase: 'April',
        when: '2025-04',
      },
      {
        text: 'The clinic saw 12 cases in November, down from 30 in May.',
        publishedOn: '2025-12-05',
        phrase: 'May',
        when: '2025-05',
      },
    ],
  ],
  [
    "a Southern province, state or region makes the seasons the Southern Hemisphere's",
    [
      {
        text: 'Farmers in the Free State lost their maize last winter.',
        publishedOn: '2026-01-20',
        phrase: 'last winter',
        when: '2025-32',
      },
      {
        text: 'In Limpopo, the Harvey dam ran dry last summer.',
        publishedOn: '2025-10-01',
        phrase: 'last summer',
        when: '2024-30',
      },
      {
        text: 'Orchards in Otago flowered early last spring.',
        publishedOn: '2025-12-01',
        phrase: 'last spring',
        when: '2025-29',
      },
      {
        text: 'Wind farms in the Northern Cape stood idle by the end of last winter.',
        publishedOn: '2026-01-20',
        phrase: 'last winter',
        when: '../2025-32',
      },
    ],
  ],
];

describe('capture: when a clause is told', () => {
  describeDateTables(TABLES);
});
