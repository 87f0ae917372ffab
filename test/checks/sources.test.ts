import { expect } from 'chai';
import { check, cite, fact, only } from './support.ts';

describe('after-publication', () => {
  const cited = (when: string, ...sources: string[]) =>
    fact('installation', when, { citations: sources.map((s) => cite(s)) });

  it('flags a fact dated after the last possible publication day of a source that reports it', () => {
    expect(
      only(check([cited('2022-11-03', 'yucatan-times')], { 'yucatan-times': '2022-10' }), 'after-publication'),
    ).to.deep.equal([
      {
        code: 'after-publication',
        severity: 'error',
        facts: ['installation'],
        message:
          'installation (2022-11-03) is reported by yucatan-times, published October 2022 (by 31 October 2022 at the latest), ' +
          'but its earliest possible date is 3 November 2022.',
      },
    ]);
  });

  it('flags a source published the day before', () => {
    expect(only(check([cited('2022-04-22', 'memo')], { memo: '2022-04-21' }), 'after-publication')).to.have.length(1);
  });

  it('accepts a fact on the publication day or within the publication month', () => {
    expect(only(check([cited('2022-04-22', 'memo')], { memo: '2022-04-22' }), 'after-publication')).to.deep.equal([]);
    expect(
      only(check([cited('2022-10-31', 'yucatan-times')], { 'yucatan-times': '2022-10' }), 'after-publication'),
    ).to.deep.equal([]);
  });

  it('accepts a fact whose earliest possible day is before the publication', () => {
    expect(
      only(check([cited('2022-10/2022-12', 'yucatan-times')], { 'yucatan-times': '2022-10' }), 'after-publication'),
    ).to.deep.equal([]);
    expect(
      only(check([cited('../2022-12', 'yucatan-times')], { 'yucatan-times': '2022-10' }), 'after-publication'),
    ).to.deep.equal([]);
  });

  it('skips sources with no or an open publication date, and unknown sources', () => {
    const findings = check([cited('2022-11-03', 'undated', 'open', 'unknown')], { undated: null, open: '2022-10/..' });
    expect(only(findings, 'after-publication')).to.deep.equal([]);
  });

  it('is a warning when the publication date is uncertain', () => {
    const [finding] = only(
      check([cited('2022-11-03', 'yucatan-times')], { 'yucatan-times': '2022-10?' }),
      'after-publication',
    );
    expect(finding?.severity).to.equal('warning');
    expect(finding?.message).to.match(/; the publication date of yucatan-times is uncertain\.$/);
  });

  it('reports each source once, however many citations point at it', () => {
    const findings = check([cited('2022-11-03', 'yucatan-times', 'yucatan-times')], { 'yucatan-times': '2022-10' });
    expect(only(findings, 'after-publication')).to.have.length(1);
  });
});

describe('sources-disagree', () => {
  const stated = (when: string, ...dates: [string, string | null][]) =>
    only(
      check([fact('alert', when, { citations: dates.map(([source, statedDate]) => cite(source, { statedDate })) })]),
      'sources-disagree',
    );

  it('flags a stated April 21 against a fact dated 2022-04-22', () => {
    expect(stated('2022-04-22', ['yucatan-times', 'April 21'])).to.deep.equal([
      {
        code: 'sources-disagree',
        severity: 'warning',
        facts: ['alert'],
        message: 'alert is dated 22 April 2022, but yucatan-times states "April 21" (21 April 2022).',
      },
    ]);
  });

  it('accepts stated dates that fit the fact', () => {
    expect(
      stated(
        '2022-04-22',
        ['a', 'April 22'],
        ['b', '22 April 2022'],
        ['c', 'April 2022'],
        ['d', '2022-04-22'],
        ['e', '2022'],
      ),
    ).to.deep.equal([]);
    expect(stated('2022-04', ['a', 'April 21'])).to.deep.equal([]);
    expect(stated('2022-04-22~', ['a', 'April 20'])).to.deep.equal([]);
  });

  it('ignores what it cannot read, rather than guess', () => {
    expect(stated('2022-04-22', ['a', 'early May'], ['b', 'the week after Easter'], ['c', null])).to.deep.equal([]);
  });

  it('flags sources that fit the fact but not each other', () => {
    expect(
      stated('2022-04', ['p', 'April 21'], ['q', '23 April 2022'], ['r', 'April']).map((f) => f.message),
    ).to.deep.equal([
      'The sources disagree on the date of alert (April 2022): p states "April 21" (21 April 2022) and q states "23 April 2022".',
    ]);
  });

  it('lists every source that misses the fact in one finding', () => {
    expect(
      stated('2022-04-22', ['p', 'April 21'], ['q', 'May 2022'], ['r', '2021-04-22']).map((f) => f.message),
    ).to.deep.equal([
      'alert is dated 22 April 2022, but p states "April 21" (21 April 2022), q states "May 2022" and r states "2021-04-22".',
    ]);
  });

  describe('for a fact that spans several years', () => {
    it('resolves a month and day that fits only one of them', () => {
      expect(stated('2021-12-20/2022-01-10', ['a', 'January 5'])).to.deep.equal([]);
    });

    it('flags a month and day that fits none of them', () => {
      expect(stated('2021-12-20/2022-01-10', ['a', 'March 3']).map((f) => f.message)).to.deep.equal([
        'alert is dated 20 December 2021 – 10 January 2022, but a states "March 3", which falls outside it in every year.',
      ]);
    });

    it('compares month and day between sources when the year is not known', () => {
      expect(stated('2020/2022', ['a', 'April 21'], ['b', 'April 22'])).to.have.length(1);
      expect(stated('../2022', ['a', 'April 22'], ['b', '22 April'])).to.deep.equal([]);
    });
  });
});
