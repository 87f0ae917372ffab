import { expect } from 'chai';
import { capture } from './captureHelpers.ts';
import { describeRelationRows, type RelationRow } from './relationRows.ts';

/**
 * Relative phrases whose event is a verb or "then" rather than a noun: "since buying it", "from then
 * on", "before then", and "after signing the 2021 accounts", whose accounts stay no date.
 */
const ROWS: RelationRow[] = [
  {
    says: 'a gerund of an irregular verb',
    text: 'The airline was bought by a Glasgow fund in August 2022. The fund said it had spent £2 million on the fleet since buying it.',
    phrase: 'since buying it',
    when: '2022-08-01/..',
    relation: ['after', 'was bought', null],
  },
  {
    says: 'a gerund with its object',
    text: 'Ms Hale took office on 4 May 2021. She has closed three libraries since taking office.',
    phrase: 'since taking office',
    when: '2021-05-04/..',
    relation: ['after', 'took office', null],
  },
  {
    says: 'a gerund of a verb of a group',
    text: 'The striker left the club in January 2023. He has scored 40 goals since leaving the club.',
    phrase: 'since leaving',
    when: '2023-01-01/..',
    relation: ['after', 'striker left', null],
  },
  {
    says: '"from then on"',
    text: 'The mill closed in March 2019. From then on the village shrank.',
    phrase: 'From then on',
    when: '2019-03-01/..',
    relation: ['after', 'mill closed', null],
  },
  {
    says: '"from that point onwards"',
    text: 'The council took over the pool on 2 June 2020. From that point onwards entry was free.',
    phrase: 'From that point onwards',
    when: '2020-06-02/..',
    relation: ['after', 'took over', null],
  },
  {
    says: '"before then"',
    text: 'The inquiry will report on 30 June 2024. The minister has promised to act before then.',
    phrase: 'before then',
    when: '../2024-06-30',
    relation: ['before', 'inquiry will report', null],
  },
  {
    says: 'after a gerund whose object is accounts named by a year',
    text: 'The auditor signed the 2021 accounts on 28 April 2022. It resigned less than a year after signing the 2021 accounts.',
    phrase: 'less than a year after',
    when: '2022-04-28/2023-04-28',
    relation: ['after', 'auditor signed', '../P1Y'],
  },
  {
    says: 'after a gerund whose object is a report named by a year',
    text: 'The bank published its 2023 annual report on 2 March 2024. Three days after publishing its 2023 annual report, it cut 200 jobs.',
    phrase: 'Three days after',
    when: '2024-03-05',
    relation: ['after', 'bank published', 'P3D'],
  },
  {
    says: 'after a gerund whose object is a plan named by years',
    text: 'The board approved the Plan Estratégico 2021-2024 in May 2021. Two months after approving the Plan Estratégico 2021-2024, it sold the depot.',
    phrase: 'Two months after',
    when: '2021-07',
    relation: ['after', 'board approved', 'P2M'],
  },
];

describeRelationRows('capture: relative phrases naming a verb or "then"', ROWS);

describe('capture: a relative phrase beside a non-event', () => {
  it('leaves accounts named by a year in the skipped mentions', () => {
    const draft = capture(
      'The auditor signed the 2021 accounts on 28 April 2022. It resigned less than a year after signing the 2021 accounts.',
      { lang: 'en', publishedOn: '2023-10-18' },
    );
    expect(draft.capture.skipped.map((s) => s.phrase)).to.deep.equal(['the 2021 accounts', 'the 2021 accounts']);
  });
});
