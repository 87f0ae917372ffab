import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { parseFuzzyDate } from '../../src/dates/index.ts';

/** The single issue of the ValidationError that parsing throws. */
function issueOf(input: unknown, field?: string): { path: string; message: string } {
  try {
    parseFuzzyDate(input, field);
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).to.have.length(1);
    return issues[0] as { path: string; message: string };
  }
  expect.fail(`expected ${JSON.stringify(input)} to be rejected`);
}

const EXPECTED = '(expected e.g. 2022-04-22, 2022-04, 2022-04-22~, 2022-21, ../2022-10)';

describe('parseFuzzyDate', () => {
  describe('with the invalid examples', () => {
    const rows: [string, string][] = [
      ['2022-02-30', '2022-02-30 is not a valid date (February 2022 has 28 days)'],
      ['2022-13', '2022-13 is not a valid date (there is no month 13)'],
      ['2022-04-32', '2022-04-32 is not a valid date (April 2022 has 30 days)'],
      ['2021-02-29', '2021-02-29 is not a valid date (February 2021 has 28 days)'],
      ['garbage', `"garbage" is not an EDTF date ${EXPECTED}`],
      ['', `is empty ${EXPECTED}`],
      ['2022-4-1', `"2022-4-1" is not an EDTF date ${EXPECTED}`],
      ['1985-04-12T25:00:00', '1985-04-12T25:00:00 is not a valid time (hours run from 00 to 23)'],
    ];
    for (const [input, message] of rows) {
      it(`rejects ${JSON.stringify(input)}: ${message}`, () => {
        expect(issueOf(input)).to.deep.equal({ path: 'when', message });
      });
    }
  });

  describe('with a day that does not exist', () => {
    it('rejects it inside an interval, naming the bad end', () => {
      expect(issueOf('2022-02-29/2022-03').message).to.equal(
        '2022-02-29 is not a valid date (February 2022 has 28 days)',
      );
    });

    it('rejects it with a qualifier or a time attached', () => {
      expect(issueOf('2022-02-~30').message).to.match(/^2022-02-30 is not a valid date/);
      expect(issueOf('2021-02-29T10:00Z').message).to.match(/^2021-02-29 is not a valid date/);
    });

    it('rejects month 00 and day 00', () => {
      expect(issueOf('2022-00').message).to.equal('2022-00 is not a valid date (there is no month 00)');
      expect(issueOf('2022-04-00').message).to.equal('2022-04-00 is not a valid date (there is no day 00)');
    });

    it('knows -0100 was not a leap year and -0004 was', () => {
      expect(issueOf('-0100-02-29').message).to.match(/February -0100 has 28 days/);
      expect(parseFuzzyDate('-0004-02-29').earliest).to.equal('-0004-02-29');
    });
  });

  describe('with a time that does not exist', () => {
    it('rejects 24:00, minute 60 and second 60', () => {
      expect(issueOf('2022-04-22T24:00:00').message).to.match(/hours run from 00 to 23/);
      expect(issueOf('2022-04-22T10:60').message).to.match(/minutes run from 00 to 59/);
      expect(issueOf('2022-04-22T10:00:60Z').message).to.match(/seconds run from 00 to 59/);
    });
  });

  describe('with digits of a time or offset that look like a date', () => {
    it('leaves them to the EDTF grammar', () => {
      expect(issueOf('2022-04-22T10:00:00.1234-13:00').message).to.match(/is not an EDTF date/);
    });
  });

  describe('with an interval that ends before it starts', () => {
    it('rejects it', () => {
      expect(issueOf('2022-05/2022-04').message).to.equal(
        '2022-05/2022-04 is not a valid interval (its start, 2022-05, is after its end, 2022-04)',
      );
    });

    it('compares two date-times as instants', () => {
      expect(issueOf('2022-04-22T10:00Z/2022-04-22T09:00Z').message).to.match(/is not a valid interval/);
      expect(issueOf('2022-04-22T10:00-02:00/2022-04-22T11:00Z').message).to.match(/is not a valid interval/);
      expect(parseFuzzyDate('2022-04-22T10:00+02:00/2022-04-22T09:00Z').precision).to.equal('time');
    });

    it('rejects an interval with neither end', () => {
      expect(issueOf('../..').message).to.equal('../.. has neither a start nor an end');
      expect(issueOf('/').message).to.equal('/ has neither a start nor an end');
    });
  });

  describe('with something that is not a string', () => {
    it('rejects a number, an object and an array', () => {
      expect(issueOf(2022).message).to.equal('must be an EDTF date string, not a number');
      expect(issueOf({}).message).to.equal('must be an EDTF date string, not an object');
      expect(issueOf([]).message).to.equal('must be an EDTF date string, not an array');
    });

    it('rejects null and undefined as missing', () => {
      expect(issueOf(null).message).to.equal(`is required ${EXPECTED}`);
      expect(issueOf(undefined).message).to.equal(`is required ${EXPECTED}`);
    });
  });

  describe('with only whitespace', () => {
    it('rejects it as empty', () => {
      expect(issueOf(' \t\n').message).to.equal(`is empty ${EXPECTED}`);
    });
  });

  describe('with an overlong input', () => {
    it('rejects it before parsing', () => {
      expect(issueOf('2022'.repeat(30)).message).to.match(/^is too long for an EDTF date/);
    });
  });

  describe('with valid EDTF outside the supported subset', () => {
    const rows: [string, RegExp][] = [
      ['{2022,2023}', /a list of dates/],
      ['2022-37', /sub-year grouping 37 is not supported \(21–32 seasons, 33–36 quarters, 40–41 halves\)/],
      ['2022-39', /sub-year grouping 39 is not supported/],
      ['XXXX', /a year of four unspecified digits \(XXXX\) is not supported/],
      ['Y10000000', /years are limited to ±9,999,999/],
      ['Y-99999999999999999', /years are limited to ±9,999,999/],
      ['Y17E7', /exponent or significant digits/],
      ['1950S2', /exponent or significant digits/],
    ];
    for (const [input, reason] of rows) {
      it(`rejects ${input} and says why`, () => {
        const { message } = issueOf(input);
        expect(message).to.match(
          new RegExp(`^${input.replace(/[[\]{}]/g, '\\$&')} is valid EDTF but not supported here: `),
        );
        expect(message).to.match(reason);
      });
    }
  });

  describe('with a field name', () => {
    it('names that field as the issue path of every error', () => {
      for (const input of ['2022-02-30', 'garbage', '', 42, '2022-05/2022-04', '{2022,2023}', '2022-04-22T25:00']) {
        expect(issueOf(input, 'facts[2].when').path, String(input)).to.equal('facts[2].when');
      }
    });

    it('puts the field in front of the error message', () => {
      expect(() => parseFuzzyDate('2022-02-30', 'occurredOn')).to.throw(
        ValidationError,
        'occurredOn: 2022-02-30 is not a valid date (February 2022 has 28 days)',
      );
    });

    it('uses "when" by default', () => {
      expect(() => parseFuzzyDate('next tuesday')).to.throw(
        ValidationError,
        `when: "next tuesday" is not an EDTF date ${EXPECTED}`,
      );
    });
  });
});
