import { expect } from 'chai';
import { after, before, check, fact, only } from './support.ts';

const RELATION = ['relation-violated', 'relations-inconsistent'] as const;

/** The relation-violated messages for `a` (dated `subject`) related to `b` (dated `target`). */
function violations(subject: string, relation: ReturnType<typeof after>, target: string): string[] {
  return only(check([fact('a', subject, { relations: [relation] }), fact('b', target)]), ...RELATION).map(
    (f) => f.message,
  );
}

describe('relation offsets in months and years', () => {
  describe('exactly (P5M, P1Y, P1Y2M)', () => {
    it('holds on the day calendar arithmetic gives: 29 October 2018 + 5 months is 29 March 2019', () => {
      expect(violations('2019-03-29', after('b', 'P5M'), '2018-10-29')).to.deep.equal([]);
    });

    it('is violated a day off, and says which day it would be', () => {
      expect(violations('2019-03-30', after('b', 'P5M'), '2018-10-29')).to.deep.equal([
        'a (2019-03-30) is asserted 5 months after b (2018-10-29): that would be on 29 March 2019, but it is 30 March 2019.',
      ]);
      expect(violations('2019-03-28', after('b', 'P5M'), '2018-10-29')).to.have.length(1);
    });

    it('clamps to the end of a shorter month: 31 January + 1 month is 28 February, or 29 in a leap year', () => {
      expect(violations('2019-02-28', after('b', 'P1M'), '2019-01-31')).to.deep.equal([]);
      expect(violations('2020-02-29', after('b', 'P1M'), '2020-01-31')).to.deep.equal([]);
      expect(violations('2020-02-28', after('b', 'P1M'), '2020-01-31')).to.have.length(1);
    });

    it('counts years and months together: 15 January 2020 + 1 year and 2 months is 15 March 2021', () => {
      expect(violations('2021-03-15', after('b', 'P1Y2M'), '2020-01-15')).to.deep.equal([]);
      expect(violations('2021-03-15', after('b', 'P1Y'), '2020-03-15')).to.deep.equal([]);
      expect(violations('2021-03-14', after('b', 'P1Y'), '2020-03-15')).to.have.length(1);
    });

    it('counts back for before: 31 March − 1 month is 28 February', () => {
      expect(violations('2022-02-28', before('b', 'P1M'), '2022-03-31')).to.deep.equal([]);
      expect(violations('2022-03-01', before('b', 'P1M'), '2022-03-31')).to.deep.equal([
        'a (2022-03-01) is asserted 1 month before b (2022-03-31): that would be on 28 February 2022, but it is 1 March 2022.',
      ]);
    });

    it('holds for month dates when some day of each fits', () => {
      expect(violations('2019-03', after('b', 'P5M'), '2018-10')).to.deep.equal([]);
      expect(violations('2019-04', after('b', 'P5M'), '2018-10')).to.deep.equal([
        'a (2019-04) is asserted 5 months after b (2018-10): that would be between 1 and 31 March 2019, but it is 1–30 April 2019.',
      ]);
    });

    it('is violated when the subject lies among the allowed days yet no day of the target leads to it', () => {
      // One month after 28 February is 28 March; after 1 March, 1 April: 30 March is neither.
      expect(violations('2022-03-30', after('b', 'P1M'), '2022-02-28/2022-03-01')).to.deep.equal([
        'a (2022-03-30) is asserted 1 month after b (2022-02-28/2022-03-01): no day of 30 March 2022 is 1 month after a day of 28 February – 1 March 2022.',
      ]);
    });
  });

  describe('about (P3Y~): widened by a year, a month or three days', () => {
    it('says "about 3 years after" and allows 2 to 4 years', () => {
      expect(violations('2022-06-01', after('b', 'P3Y~'), '2018-06-01')).to.deep.equal([]);
      expect(violations('2020-06-01', after('b', 'P3Y~'), '2018-06-01')).to.deep.equal([]);
      expect(violations('2022-06-02', after('b', 'P3Y~'), '2018-06-01')).to.deep.equal([
        'a (2022-06-02) is asserted about 3 years after b (2018-06-01): that would be between 1 June 2020 and 1 June 2022, but it is 2 June 2022.',
      ]);
    });

    it('widens days by three either side', () => {
      expect(violations('2022-05-05', after('b', 'P10D~'), '2022-04-22')).to.deep.equal([]);
      expect(violations('2022-05-06', after('b', 'P10D~'), '2022-04-22')).to.deep.equal([
        'a (2022-05-06) is asserted about 10 days after b (2022-04-22): they are 14 days apart.',
      ]);
    });
  });

  describe('between (P4M/P5M), at most (../P5M) and at least (P5M/..)', () => {
    it('says "4 to 5 months after"', () => {
      expect(violations('2022-06-15', after('b', 'P4M/P5M'), '2022-01-31')).to.deep.equal([]);
      expect(violations('2022-07-01', after('b', 'P4M/P5M'), '2022-01-31')).to.deep.equal([
        'a (2022-07-01) is asserted 4 to 5 months after b (2022-01-31): that would be between 31 May and 30 June 2022, but it is 1 July 2022.',
      ]);
    });

    it('says "less than 5 months after", and the same day is allowed', () => {
      expect(violations('2018-10-29', after('b', '../P5M'), '2018-10-29')).to.deep.equal([]);
      expect(violations('2019-03-29', after('b', '../P5M'), '2018-10-29')).to.deep.equal([]);
      expect(violations('2019-03-30', after('b', '../P5M'), '2018-10-29')).to.deep.equal([
        'a (2019-03-30) is asserted less than 5 months after b (2018-10-29): that would be between 29 October 2018 and 29 March 2019, but it is 30 March 2019.',
      ]);
    });

    it('says "more than 5 months after", with no latest day', () => {
      expect(violations('2030-01-01', after('b', 'P5M/..'), '2018-10-29')).to.deep.equal([]);
      expect(violations('2019-03-28', after('b', 'P5M/..'), '2018-10-29')).to.deep.equal([
        'a (2019-03-28) is asserted more than 5 months after b (2018-10-29): that would be on or after 29 March 2019, but it is 28 March 2019.',
      ]);
    });

    it('says "less than 5 months before" and counts back', () => {
      expect(violations('2018-10-29', before('b', '../P5M'), '2019-03-29')).to.deep.equal([]);
      expect(violations('2018-10-28', before('b', '../P5M'), '2019-03-29')).to.have.length(1);
    });

    it('keeps offsets in days exact, as before', () => {
      expect(violations('2022-05-02', after('b', 'P1W/P2W'), '2022-04-22')).to.deep.equal([]);
      expect(violations('2022-05-12', after('b', '../P2W'), '2022-04-22')).to.deep.equal([
        'a (2022-05-12) is asserted less than 2 weeks after b (2022-04-22): they are 20 days apart.',
      ]);
    });
  });

  describe('with open dates', () => {
    it('holds "less than 5 months after" an open start when some day fits', () => {
      expect(violations('2022-03-01', after('b', '../P5M'), '../2022-10')).to.deep.equal([]);
      expect(violations('2022-11-01', after('b', 'P1M/..'), '../2022-10')).to.deep.equal([]);
      expect(violations('2022-10-01', after('b', 'P1Y/..'), '2022-01/..')).to.deep.equal([
        'a (2022-10-01) is asserted more than 1 year after b (2022-01/..): that would be on or after 1 January 2023, but it is 1 October 2022.',
      ]);
    });
  });

  describe('in the temporal network', () => {
    it('narrows a date exactly through a month offset from a day', () => {
      const findings = check([fact('a', '2019', { relations: [after('b', 'P5M')] }), fact('b', '2018-10-29')]);
      expect(only(findings, 'date-narrowed')[0]?.implied).to.deep.equal({
        earliest: '2019-03-29',
        latest: '2019-03-29',
      });
    });

    it('finds a contradiction that only a chain shows, and none where one fits', () => {
      const chain = (offset: string) =>
        check([
          fact('a', '2022-01-31'),
          fact('b', '2022-02', { relations: [after('a', 'P1M')] }),
          fact('c', '2022-03-28', { relations: [after('b', offset)] }),
        ]);
      expect(only(chain('P1M'), ...RELATION)).to.deep.equal([]);
      expect(only(chain('P1M1D'), ...RELATION).map((f) => f.code)).to.deep.equal(['relations-inconsistent']);
    });
  });
});
