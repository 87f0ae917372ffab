import { expect } from 'chai';
import { datedWeekdaysIn } from '../../src/checks/weekdays.ts';
import { check, cite, fact, only } from './support.ts';

const weekdayFindings = (when: string, ...citations: ReturnType<typeof cite>[]) =>
  only(check([fact('alert', when, { citations })]), 'weekday-mismatch');

describe('weekday-mismatch', () => {
  describe('with a weekday in the quote ("sent on Friday, April 22")', () => {
    const quote = cite('yucatan-times', {
      quote: 'An intelligence report sent on Friday, April 22 by the State Department',
    });

    it('holds in 2022, when 22 April was a Friday', () => {
      expect(weekdayFindings('2022-04-22', quote)).to.deep.equal([]);
    });

    it('is an error in 2021, when 22 April was a Thursday', () => {
      expect(weekdayFindings('2021-04-22', quote)).to.deep.equal([
        {
          code: 'weekday-mismatch',
          severity: 'error',
          facts: ['alert'],
          message:
            'alert (2021-04-22) is cited by yucatan-times as Friday, 22 April 2021, but 22 April 2021 was a Thursday.',
        },
      ]);
    });

    it('takes the year from a fact that lies in one year, even a month', () => {
      expect(weekdayFindings('2021-04', quote)).to.have.length(1);
    });

    it('is a warning when the year comes from an uncertain date', () => {
      const [finding] = weekdayFindings('?2021-04-22', quote);
      expect(finding?.severity).to.equal('warning');
      expect(finding?.message).to.match(/; the date of alert is uncertain\.$/);
    });

    it('is skipped when the fact spans years that give more than one 22 April', () => {
      expect(weekdayFindings('2020/2021', quote)).to.deep.equal([]);
    });
  });

  const quotes: [string, string, number][] = [
    ['Friday 22 April', '2022-04-22', 0],
    ['Friday 22 April', '2021-04-22', 1],
    ['on Fri. the 22nd of April 2022', '2022-04-22', 0],
    ['dated Thursday, May 2, 2022', '2022-05-02', 1], // 2 May 2022 was a Monday
    ['dated Monday, May 2, 2022', '2022-05-02', 0],
    ['on Thursday 2022-04-21 and Friday 2022-04-22', '2022-04-22', 0],
    ['on Friday the ambassador wrote again', '2021-04-22', 0], // a weekday not attached to a date
    ['Friday, as on April 22', '2021-04-22', 0],
  ];
  for (const [quote, when, count] of quotes) {
    it(`${count === 0 ? 'accepts' : 'flags'} "${quote}" for ${when}`, () => {
      expect(weekdayFindings(when, cite('s', { quote }))).to.have.length(count);
    });
  }

  describe('with statedWeekday', () => {
    it('compares it with the stated date', () => {
      const [finding] = weekdayFindings('2022-04-22', cite('s', { statedDate: 'April 21', statedWeekday: 'Friday' }));
      expect(finding?.message).to.equal(
        'alert (2022-04-22) is cited by s as Friday, 21 April 2022, but 21 April 2022 was a Thursday.',
      );
    });

    it('compares it with the fact date when no date is stated and the fact is one day', () => {
      expect(weekdayFindings('2022-04-22', cite('s', { statedWeekday: 'Friday' }))).to.deep.equal([]);
      expect(
        weekdayFindings('2022-04-22', cite('s', { statedWeekday: 'Thursday' })).map((f) => f.message),
      ).to.deep.equal(['alert (2022-04-22) is cited by s as Thursday, 22 April 2022, but 22 April 2022 was a Friday.']);
    });

    it('cannot be checked against a month', () => {
      expect(weekdayFindings('2022-04', cite('s', { statedWeekday: 'Thursday' }))).to.deep.equal([]);
    });

    it('is not checked against a stated date it cannot read', () => {
      expect(
        weekdayFindings('2022-04-22', cite('s', { statedDate: 'early May', statedWeekday: 'Thursday' })),
      ).to.deep.equal([]);
    });

    it('reports the same claim once when the quote repeats it', () => {
      const citation = cite('s', { statedDate: 'April 22', statedWeekday: 'Friday', quote: 'on Friday, April 22' });
      expect(weekdayFindings('2021-04-22', citation)).to.have.length(1);
    });
  });

  it('reads a weekday written in the stated date', () => {
    expect(weekdayFindings('2022-04-22', cite('s', { statedDate: 'Thursday, April 22' }))).to.have.length(1);
  });
});

describe('datedWeekdaysIn', () => {
  it('finds the weekdays attached to dates, in order', () => {
    expect(datedWeekdaysIn('on Friday, April 22 and on Monday 2 May 2022; on Tuesday nothing happened')).to.deep.equal([
      { text: 'Friday, April 22', year: null, month: 4, day: 22, weekday: 'Friday' },
      { text: 'Monday 2 May 2022', year: 2022, month: 5, day: 2, weekday: 'Monday' },
    ]);
  });

  it('ignores impossible days', () => {
    expect(datedWeekdaysIn('Friday, April 31')).to.deep.equal([]);
  });
});
