import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { parseFuzzyDate } from '../../src/dates/index.ts';

/** Runs `body` with the process in another time zone, as a server elsewhere would be. */
function inTimeZone<T>(zone: string, body: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    expect(new Date(2022, 3, 22).getTimezoneOffset(), `the process runs in ${zone}`).to.not.equal(0);
    return body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('parseFuzzyDate with date-times', () => {
  describe('reads a date-time without a zone as UTC, whatever the server’s zone', () => {
    // Each zone gets its own inputs: parsed dates are remembered, and these must really be parsed there.
    for (const [zone, minute] of [
      ['America/New_York', '01'],
      ['Asia/Kolkata', '02'],
      ['Pacific/Kiritimati', '03'],
    ] as const) {
      it(`accepts 10:${minute} (no zone) before 12:00Z and refuses 12:00Z before 10:${minute} in ${zone}`, () => {
        inTimeZone(zone, () => {
          const span = parseFuzzyDate(`2022-04-22T10:${minute}:00/2022-04-22T12:00:00Z`);
          expect(span).to.deep.include({ earliest: '2022-04-22', latest: '2022-04-22' });
          expect(() => parseFuzzyDate(`2022-04-22T12:00:00Z/2022-04-22T10:${minute}:00`)).to.throw(
            ValidationError,
            /its start, 2022-04-22T12:00:00Z, is after its end/,
          );
          expect(parseFuzzyDate(`2022-04-22T23:${minute}:00`)).to.deep.include({
            earliest: '2022-04-22',
            label: `22 April 2022, 23:${minute}`,
          });
        });
      });
    }
  });

  it('keeps each end on the day written in its own offset, and the bounds in order across zones', () => {
    const date = parseFuzzyDate('2022-04-23T01:00:00+05:00/2022-04-22T22:00:00Z');
    expect(date).to.deep.include({ earliest: '2022-04-22', latest: '2022-04-23', precision: 'time' });
    expect(date.label).to.equal('23 April 2022, 01:00 (UTC+05:00) – 22 April 2022, 22:00 (UTC)');
  });

  it('refuses an interval whose start is after its end as instants, whatever the days written', () => {
    expect(() => parseFuzzyDate('2022-04-22T23:00:00-05:00/2022-04-23T01:00:00Z')).to.throw(
      ValidationError,
      /is not a valid interval/,
    );
  });
});
