/**
 * Properties of relation offsets in months and years, against an oracle that does the calendar
 * arithmetic with the JavaScript Date (UTC) instead of Chronicle's own: for a random day X and a
 * random offset, the days the oracle allows never get a finding, the days just outside always do,
 * and coarser dates (months, years, open ends) around true days never get a false error.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { dayNumber, isoDateOfDay } from '../../src/dates/index.ts';
import { tightened } from './networks.ts';
import { check, fact, only, type after } from './support.ts';

const SEED = 20_181_029;
const RUNS = 400;
const RELATION = ['relation-violated', 'relations-inconsistent'] as const;
const DAY_MS = 86_400_000;
const FIRST = dayNumber('1600-01-01');
const LAST = dayNumber('2600-12-31');

interface Parts {
  years: number;
  months: number;
  weeks: number;
  days: number;
}
type Kind = 'exact' | 'about' | 'between' | 'at-most' | 'at-least';
type Direction = 1 | -1;

/** The oracle: X moved by whole months (clamped to the month's end) then by days, with Date. */
function oracle(day: number, months: number, days: number, direction: Direction): number {
  const date = new Date(day * DAY_MS);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  const target = new Date(0);
  target.setUTCFullYear(y, m + direction * months, 1);
  const lastOfMonth = new Date(0);
  lastOfMonth.setUTCFullYear(target.getUTCFullYear(), target.getUTCMonth() + 1, 0);
  target.setUTCDate(Math.min(d, lastOfMonth.getUTCDate()));
  return Math.round(target.getTime() / DAY_MS) + direction * days;
}

const text = (p: Parts) =>
  `P${p.years ? `${p.years}Y` : ''}${p.months ? `${p.months}M` : ''}${p.weeks ? `${p.weeks}W` : ''}${p.days ? `${p.days}D` : ''}`;
const monthsOf = (p: Parts) => p.years * 12 + p.months;
const daysOf = (p: Parts) => p.weeks * 7 + p.days;

/** A duration with at least one part, mostly months and years. */
const parts: fc.Arbitrary<Parts> = fc
  .record({
    years: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 30 })),
    months: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
    weeks: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 8 }) }),
    days: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }) }),
  })
  .filter((p) => p.years + p.months + p.weeks + p.days > 0);

/** An offset, its text, and the least and greatest distance it allows as [months, days] pairs. */
interface Offset {
  text: string;
  lower: [number, number];
  upper: [number, number] | null;
}

const offset: fc.Arbitrary<Offset> = fc
  .record({ kind: fc.constantFrom<Kind>('exact', 'about', 'between', 'at-most', 'at-least'), a: parts, b: parts })
  .map(({ kind, a, b }): Offset => {
    const exact: [number, number] = [monthsOf(a), daysOf(a)];
    switch (kind) {
      case 'exact':
        return { text: text(a), lower: exact, upper: exact };
      case 'about': {
        // Widened at the finest unit: ±3 days, ±1 month, ±1 year.
        const [dm, dd] = daysOf(a) > 0 ? [0, 3] : a.months > 0 ? [1, 0] : [12, 0];
        let lower: [number, number] = [exact[0] - dm, exact[1] - dd];
        if (lower[0] === 0 && lower[1] < 0) lower = [0, 0];
        return { text: `${text(a)}~`, lower, upper: [exact[0] + dm, exact[1] + dd] };
      }
      case 'between': {
        // Both ends in whole months, the upper one longer: always in order.
        const low = { ...a, weeks: 0, days: 0, months: a.months || 1 };
        const high = { ...low, months: low.months + 1 + (b.months % 12) };
        return { text: `${text(low)}/${text(high)}`, lower: [monthsOf(low), 0], upper: [monthsOf(high), 0] };
      }
      case 'at-most':
        return { text: `../${text(a)}`, lower: [0, 0], upper: exact };
      case 'at-least':
        return { text: `${text(a)}/..`, lower: exact, upper: null };
    }
  });

const relationOf = (kind: 'after' | 'before', offsetText: string): ReturnType<typeof after> => ({
  kind,
  target: 'x',
  offset: offsetText,
});

/** The oracle's first and last allowed day for the subject, given the target's day. */
function windowOf(x: number, o: Offset, direction: Direction): [number, number] {
  const at = ([months, days]: [number, number]) => oracle(x, months, days, direction);
  if (direction === 1) return [at(o.lower), o.upper === null ? Infinity : at(o.upper)];
  return [o.upper === null ? -Infinity : at(o.upper), at(o.lower)];
}

const iso = isoDateOfDay;
const violations = (subject: string, kind: 'after' | 'before', offsetText: string, target: string) =>
  only(check([fact('y', subject, { relations: [relationOf(kind, offsetText)] }), fact('x', target)]), ...RELATION);

const scenario = fc.record({
  x: fc.integer({ min: FIRST, max: LAST }),
  offset,
  kind: fc.constantFrom<'after' | 'before'>('after', 'before'),
  pick: fc.double({ min: 0, max: 1, noNaN: true }),
  miss: fc.integer({ min: 1, max: 60 }),
});

describe(`relation offsets (properties, fast-check seed ${SEED})`, function () {
  this.timeout(120_000);

  it('finds nothing wrong with a day the calendar arithmetic allows, between two days', () => {
    fc.assert(
      fc.property(scenario, ({ x, offset: o, kind, pick }) => {
        const [first, last] = windowOf(x, o, kind === 'after' ? 1 : -1);
        const span = Number.isFinite(last - first) ? last - first : 400;
        const y = Number.isFinite(first) ? first + Math.floor(pick * span) : last - Math.floor(pick * span);
        expect(violations(iso(y), kind, o.text, iso(x)), `${iso(y)} ${kind} ${o.text} ${iso(x)}`).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('always finds a day outside the allowed ones, between two days', () => {
    fc.assert(
      fc.property(scenario, ({ x, offset: o, kind, miss }) => {
        const [first, last] = windowOf(x, o, kind === 'after' ? 1 : -1);
        for (const y of [first - miss, last + miss].filter(Number.isFinite)) {
          const found = violations(iso(y), kind, o.text, iso(x));
          expect(
            found.map((f) => f.code),
            `${iso(y)} ${kind} ${o.text} ${iso(x)}`,
          ).to.deep.equal(['relation-violated']);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never reports a false error when either date is only known to the month, the year, or one side', () => {
    const coarse = fc.constantFrom('day', 'month', 'year', 'open-start', 'open-end');
    const edtf = (day: number, form: string) =>
      form === 'day'
        ? iso(day)
        : form === 'month'
          ? iso(day).slice(0, 7)
          : form === 'year'
            ? iso(day).slice(0, 4)
            : form === 'open-start'
              ? `../${iso(day)}`
              : `${iso(day)}/..`;
    fc.assert(
      fc.property(scenario, coarse, coarse, ({ x, offset: o, kind, pick }, subjectForm, targetForm) => {
        const [first, last] = windowOf(x, o, kind === 'after' ? 1 : -1);
        const span = Number.isFinite(last - first) ? last - first : 400;
        const y = Number.isFinite(first) ? first + Math.floor(pick * span) : last - Math.floor(pick * span);
        const found = violations(edtf(y, subjectForm), kind, o.text, edtf(x, targetForm));
        expect(found, `${edtf(y, subjectForm)} ${kind} ${o.text} ${edtf(x, targetForm)}`).to.deep.equal([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never reports a contradiction in a chain of true month and year offsets between coarse dates, and narrows soundly', () => {
    const step = fc.record({
      offset,
      kind: fc.constantFrom<'after' | 'before'>('after', 'before'),
      pick: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    const form = fc.constantFrom('day', 'month', 'year');
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: LAST - 200 * 366 }),
        fc.array(fc.tuple(step, form), { minLength: 1, maxLength: 5 }),
        form,
        (start, steps, firstForm) => {
          const facts = [fact('f0', cut(iso(start), firstForm))];
          const actual = [start];
          let day = start;
          steps.forEach(([{ offset: o, kind, pick }, shape], i) => {
            const [first, last] = windowOf(day, o, kind === 'after' ? 1 : -1);
            const span = Number.isFinite(last - first) ? last - first : 400;
            day = Number.isFinite(first) ? first + Math.floor(pick * span) : last - Math.floor(pick * span);
            actual.push(day);
            facts.push(
              fact(`f${i + 1}`, cut(iso(day), shape), {
                relations: [{ kind, target: `f${i}`, offset: o.text }],
              }),
            );
          });
          const all = check(facts);
          const story = facts.map((f) => `${f.factId} ${f.when} ${JSON.stringify(f.relations)}`).join('\n');
          expect(only(all, ...RELATION), story).to.deep.equal([]);
          // The bounds the relations imply always keep the true day.
          facts.forEach((f, i) => expect(actual[i], `${f.factId}\n${story}`).to.be.within(...tightened(all, f)));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});

function cut(isoDate: string, form: string): string {
  return form === 'day' ? isoDate : form === 'month' ? isoDate.slice(0, 7) : isoDate.slice(0, 4);
}
