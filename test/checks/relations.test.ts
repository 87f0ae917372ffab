import { expect } from 'chai';
import { after, before, check, fact, only, problems, sameDay } from './support.ts';

const RELATION = ['relation-violated', 'relations-inconsistent'] as const;

describe('relation checks', () => {
  describe('the demo story: "the letter dated May 2 is ten days after the alert of April 22"', () => {
    const alert = (when: string) => fact('state-dept-report', when);
    const letter = (when: string) => fact('salazar-letter', when, { relations: [after('state-dept-report', 'P10D')] });

    it('holds with ?2022-04-22 and ?2022-05-02', () => {
      expect(problems(check([alert('?2022-04-22'), letter('?2022-05-02')]))).to.deep.equal([]);
    });

    it('is violated when the alert is revised to 2022-04-21, as a warning because the letter is uncertain', () => {
      const [finding, ...rest] = only(check([alert('2022-04-21'), letter('?2022-05-02')]), ...RELATION);
      expect(rest).to.deep.equal([]);
      expect(finding).to.deep.include({
        code: 'relation-violated',
        severity: 'warning',
        facts: ['salazar-letter', 'state-dept-report'],
      });
      expect(finding?.message).to.equal(
        'salazar-letter (?2022-05-02) is asserted 10 days after state-dept-report (2022-04-21): they are 11 days apart; ' +
          'the date of salazar-letter is uncertain.',
      );
    });

    it('is an error with the plain dates 2022-04-21 and 2022-05-02', () => {
      const findings = check([alert('2022-04-21'), letter('2022-05-02')]);
      expect(findings).to.deep.equal([
        {
          code: 'relation-violated',
          severity: 'error',
          facts: ['salazar-letter', 'state-dept-report'],
          message:
            'salazar-letter (2022-05-02) is asserted 10 days after state-dept-report (2022-04-21): they are 11 days apart.',
        },
      ]);
    });

    it('names both uncertain dates when both are uncertain', () => {
      const [finding] = only(check([alert('2022-04-21?'), letter('?2022-05-02')]), 'relation-violated');
      expect(finding?.severity).to.equal('warning');
      expect(finding?.message).to.match(/; the dates of salazar-letter and state-dept-report are uncertain\.$/);
    });
  });

  const cases: {
    title: string;
    subject: string;
    relation: ReturnType<typeof after>;
    target: string;
    message: string | null;
  }[] = [
    {
      title: 'P2W is fourteen days',
      subject: '2022-05-06',
      relation: after('b', 'P2W'),
      target: '2022-04-22',
      message: null,
    },
    {
      title: 'P2W is not ten days',
      subject: '2022-05-02',
      relation: after('b', 'P2W'),
      target: '2022-04-22',
      message: 'a (2022-05-02) is asserted 2 weeks after b (2022-04-22): they are 10 days apart.',
    },
    {
      title: 'after without an offset allows the same day',
      subject: '2022-04-22',
      relation: after('b'),
      target: '2022-04-22',
      message: null,
    },
    {
      title: 'after without an offset rejects an earlier day',
      subject: '2022-04-21',
      relation: after('b'),
      target: '2022-04-22',
      message: 'a (2022-04-21) is asserted to be on or after b (2022-04-22), but it is 1 day earlier.',
    },
    {
      title: 'before with an offset counts back from the target',
      subject: '2022-04-20',
      relation: before('b', 'P10D'),
      target: '2022-04-30',
      message: null,
    },
    {
      title: 'before with an offset that does not match',
      subject: '2022-04-22',
      relation: before('b', 'P10D'),
      target: '2022-04-30',
      message: 'a (2022-04-22) is asserted 10 days before b (2022-04-30): they are 8 days apart.',
    },
    {
      title: 'before without an offset rejects a later day',
      subject: '2022-05-22',
      relation: before('b'),
      target: '2022-04-30',
      message: 'a (2022-05-22) is asserted to be on or before b (2022-04-30), but it is 22 days later.',
    },
    {
      title: 'same-day rejects different days',
      subject: '2022-04-20',
      relation: sameDay('b'),
      target: '2022-04-22',
      message: 'a (2022-04-20) is asserted to be on the same day as b (2022-04-22): it is 2 days earlier.',
    },
    {
      title: 'same-day holds when the months overlap',
      subject: '2022-04',
      relation: sameDay('b'),
      target: '2022-04-22',
      message: null,
    },
    {
      title: 'fuzzy dates give a range of differences',
      subject: '2022-05-27/2022-06-30',
      relation: after('b', 'P4D'),
      target: '2022-05-20/2022-05-22',
      message:
        'a (2022-05-27/2022-06-30) is asserted 4 days after b (2022-05-20/2022-05-22): they are between 5 and 41 days apart.',
    },
    {
      title: 'a span on both sides of the target is described both ways',
      subject: '2022-04-17/2022-04-27',
      relation: after('b', 'P10D'),
      target: '2022-04-22',
      message:
        'a (2022-04-17/2022-04-27) is asserted 10 days after b (2022-04-22): it is between 5 days earlier and 5 days later.',
    },
    {
      title: 'an open start can still be too early',
      subject: '../2022-04-19',
      relation: after('b'),
      target: '2022-04-22',
      message: 'a (../2022-04-19) is asserted to be on or after b (2022-04-22), but it is at least 3 days earlier.',
    },
    {
      title: 'approximate dates are widened (2022-04-21~ is 18–24 April), so ten days after can hold',
      subject: '2022-05-02',
      relation: after('b', 'P10D'),
      target: '2022-04-21~',
      message: null,
    },
    {
      title: 'a leap day: 2024-02-29 is one day after 2024-02-28',
      subject: '2024-02-29',
      relation: after('b', 'P1D'),
      target: '2024-02-28',
      message: null,
    },
    {
      title: 'a leap day: 2024-03-01 is two days after 2024-02-28',
      subject: '2024-03-01',
      relation: after('b', 'P1D'),
      target: '2024-02-28',
      message: 'a (2024-03-01) is asserted 1 day after b (2024-02-28): they are 2 days apart.',
    },
    {
      title: '2023 has no 29 February: 2023-03-01 is one day after 2023-02-28',
      subject: '2023-03-01',
      relation: after('b', 'P1D'),
      target: '2023-02-28',
      message: null,
    },
    {
      title: 'an offset of P1W3D is ten days',
      subject: '2022-05-02',
      relation: after('b', 'P1W3D'),
      target: '2022-04-22',
      message: null,
    },
  ];

  for (const { title, subject, relation, target, message } of cases) {
    it(`${title}`, () => {
      const findings = only(check([fact('a', subject, { relations: [relation] }), fact('b', target)]), ...RELATION);
      expect(findings.map((f) => f.message)).to.deep.equal(message === null ? [] : [message]);
      for (const finding of findings) expect(finding).to.deep.include({ severity: 'error', facts: ['a', 'b'] });
    });
  }

  describe('when relations narrow an open date', () => {
    it('gives the implied bounds of ../2022-10 after 2022-04-22', () => {
      const findings = check([
        fact('guacamaya-hack', '../2022-10', { relations: [after('dhs-report')] }),
        fact('dhs-report', '2022-04-22'),
      ]);
      expect(only(findings, 'date-narrowed')).to.deep.equal([
        {
          code: 'date-narrowed',
          severity: 'info',
          facts: ['guacamaya-hack', 'dhs-report'],
          message:
            'guacamaya-hack (by October 2022) must fall on or after 22 April 2022 given its relations: 22 April – 31 October 2022.',
          implied: { earliest: '2022-04-22', latest: '2022-10-31' },
        },
      ]);
    });

    it('pins a date to one day through an exact offset', () => {
      const [finding] = only(
        check([fact('x', '2022', { relations: [before('d', 'P1W')] }), fact('d', '2022-04-22')]),
        'date-narrowed',
      );
      expect(finding?.implied).to.deep.equal({ earliest: '2022-04-15', latest: '2022-04-15' });
      expect(finding?.message).to.equal('x (2022) must fall on 15 April 2022 given its relations: 15 April 2022.');
    });

    it('follows a chain and names the fact whose date sets the bound', () => {
      const findings = check([
        fact('a', '2022-04-22'),
        fact('b', '2022', { relations: [after('a', 'P10D')] }),
        fact('c', '2022', { relations: [after('b', 'P5D')] }),
      ]);
      const c = only(findings, 'date-narrowed').find((f) => f.facts[0] === 'c');
      expect(c).to.deep.include({ facts: ['c', 'a', 'b'], implied: { earliest: '2022-05-07', latest: '2022-05-07' } });
    });

    it('keeps an end open when nothing bounds it', () => {
      const [finding] = only(
        check([fact('later', '2022-04/..', { relations: [after('d', 'P30D')] }), fact('d', '2022-04-22')]),
        'date-narrowed',
      );
      expect(finding?.implied).to.deep.equal({ earliest: '2022-05-22', latest: '2022-05-22' });
      const [open] = only(
        check([fact('later', '../2022-10', { relations: [before('d')] }), fact('d', '2022-04-22')]),
        'date-narrowed',
      );
      expect(open?.implied).to.deep.equal({ earliest: null, latest: '2022-04-22' });
      expect(open?.message).to.equal(
        'later (by October 2022) must fall on or before 22 April 2022 given its relations: by 22 April 2022.',
      );
    });

    it('says nothing when the relations imply nothing new', () => {
      expect(
        only(
          check([fact('a', '2022-05-02', { relations: [after('b', 'P10D')] }), fact('b', '2022-04-22')]),
          'date-narrowed',
        ),
      ).to.deep.equal([]);
    });
  });

  describe('a relation to the fact itself', () => {
    it('is violated when it needs a distance', () => {
      const [finding] = only(check([fact('a', '2022-04-22', { relations: [after('a', 'P1D')] })]), 'relation-violated');
      expect(finding).to.deep.include({ facts: ['a'], message: 'a (2022-04-22) is asserted 1 day after itself.' });
    });
  });
});
