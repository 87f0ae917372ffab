import { expect } from 'chai';
import { checkAll, type CheckCitation, type Finding } from '../../src/checks/index.ts';
import { cite, fact, factMap, only } from './support.ts';

/** The findings for one fact dated `when` and cited by `citations`; `locales` gives each source's locale. */
function findings(
  when: string,
  citations: CheckCitation[],
  locales: Readonly<Record<string, string | null>> = {},
): Finding[] {
  const sources = new Map(
    citations.map((c) => [c.source, { sourceId: c.source, publishedOn: null, locale: locales[c.source] ?? null }]),
  );
  return checkAll(factMap([fact('f', when, { citations })]), sources);
}

const messages = (list: Finding[]) => list.map((f) => f.message);

describe('checks that read what the citations say', () => {
  describe('stated-date-unread', () => {
    it('quotes a stated date that cannot be read', () => {
      const found = only(
        findings('2019-03-13', [cite('paper', { statedDate: '13 Mrach 2019' })]),
        'stated-date-unread',
      );
      expect(found).to.deep.equal([
        {
          code: 'stated-date-unread',
          severity: 'info',
          facts: ['f'],
          message: 'f cites paper with the stated date "13 Mrach 2019", which could not be read as a date.',
        },
      ]);
    });

    it('names both readings of an ambiguous numeric date from a source with no locale', () => {
      expect(
        messages(only(findings('2019-03-04', [cite('wire', { statedDate: '3/4/2019' })]), 'stated-date-unread')),
      ).to.deep.equal([
        'f cites wire with the stated date "3/4/2019", which could be 4 March 2019 or 3 April 2019 (the locale of wire, such as en-US or es-MX, would tell).',
      ]);
    });

    it('says when a numeric date is not a date as the source’s locale writes them', () => {
      const found = findings('2019-03-13', [cite('paper', { statedDate: '13/3/2019' })], { paper: 'en-US' });
      expect(messages(only(found, 'stated-date-unread'))).to.deep.equal([
        'f cites paper with the stated date "13/3/2019", which is not a date as en-US writes dates (month/day/year).',
      ]);
    });

    it('says nothing of dates it reads, nor of citations without a stated date', () => {
      const citations = [
        cite('a', { statedDate: 'March 13' }),
        cite('b', { statedDate: '13/3/2019' }),
        cite('c', { statedDate: '3/13/2019' }),
        cite('d'),
      ];
      expect(only(findings('2019-03-13', citations, { b: 'es-MX', c: 'en-US' }), 'stated-date-unread')).to.deep.equal(
        [],
      );
    });
  });

  describe('numeric stated dates, read in the source’s locale', () => {
    it('compares 3/13/2019 (en-US) and 13/3/2019 (es-MX) with the fact like any stated date', () => {
      const citations = [cite('us', { statedDate: '3/13/2019' }), cite('mx', { statedDate: '13/3/2019' })];
      const locales = { us: 'en-US', mx: 'es-MX' };
      expect(only(findings('2019-03-13', citations, locales), 'sources-disagree')).to.deep.equal([]);
      expect(messages(only(findings('2019-03-14', citations, locales), 'sources-disagree'))).to.deep.equal([
        'f is dated 14 March 2019, but us states "3/13/2019" and mx states "13/3/2019".',
      ]);
    });

    it('reads 3/4/2019 as 4 March in en-GB and 3 April in en-US', () => {
      const citation = [cite('s', { statedDate: '3/4/2019' })];
      expect(only(findings('2019-04-03', citation, { s: 'en-GB' }), 'sources-disagree')).to.deep.equal([]);
      expect(only(findings('2019-04-03', citation, { s: 'en-US' }), 'sources-disagree')).to.have.length(1);
    });
  });

  describe('dates and weekdays inside a quote', () => {
    const quoted = (when: string, quote: string, locale: string | null = null) =>
      findings(when, [cite('paper', { quote })], { paper: locale });

    it('compares "on Wednesday, March 13" with the fact’s date like a stated date', () => {
      expect(
        only(
          quoted('2019-03-13', 'the scanners were switched on on Wednesday, March 13'),
          'sources-disagree',
          'weekday-mismatch',
        ),
      ).to.deep.equal([]);
      expect(messages(only(quoted('2019-03-14', 'they met on Wednesday, March 13'), 'sources-disagree'))).to.deep.equal(
        ['f is dated 14 March 2019, but paper quotes "Wednesday, March 13" (13 March 2019).'],
      );
    });

    it('checks the quoted weekday against the date it is attached to', () => {
      // 13 March 2018 was a Tuesday.
      expect(messages(only(quoted('2018-03-13', 'they met on Wednesday, March 13'), 'weekday-mismatch'))).to.deep.equal(
        ['f (2018-03-13) is cited by paper as Wednesday, 13 March 2018, but 13 March 2018 was a Tuesday.'],
      );
    });

    it('reads dates after "on" and "dated", in Spanish after "el", and numeric ones in the source’s locale', () => {
      expect(only(quoted('2019-03-14', 'the letter, dated 13 March 2019'), 'sources-disagree')).to.have.length(1);
      expect(
        only(quoted('2019-03-14', 'el miércoles 13 de marzo llegaron los equipos'), 'sources-disagree'),
      ).to.have.length(1);
      expect(only(quoted('2019-03-14', 'signed on 13/3/2019', 'es-MX'), 'sources-disagree')).to.have.length(1);
      expect(only(quoted('2019-03-13', 'signed on 13/3/2019', 'es-MX'), 'sources-disagree')).to.deep.equal([]);
    });

    it('leaves alone dates a quote mentions for other events, and weekdays with no date', () => {
      for (const quote of [
        'since April 22 the government had alerted Mexico',
        'ten days after the April 22 report',
        'on Friday the ambassador wrote again',
        'scanners related to Covid-19 on 3 occasions',
        'signed on 3/4/2019', // ambiguous without a locale
      ]) {
        expect(only(quoted('2022-05-02', quote), 'sources-disagree', 'weekday-mismatch'), quote).to.deep.equal([]);
      }
    });

    it('counts a date stated and quoted by the same source once', () => {
      const citation = cite('paper', { statedDate: 'March 13', quote: 'on Wednesday, March 13' });
      expect(messages(only(findings('2019-03-14', [citation]), 'sources-disagree'))).to.deep.equal([
        'f is dated 14 March 2019, but paper states "March 13" (13 March 2019).',
      ]);
    });
  });
});
