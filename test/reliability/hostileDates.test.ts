import { expect } from 'chai';
import edtf, { parse as parseWithGrammar } from 'edtf';
import fc from 'fast-check';
import { ValidationError } from '../../src/core/errors.ts';
import { dayNumber, parseFuzzyDate, sortKeyOf, type FuzzyDate } from '../../src/dates/index.ts';
import { unspecifiedBounds } from '../../src/dates/unspecifiedBounds.ts';
import { edtfShaped } from '../support/hostile/edtf.ts';
import { countCase, fuzzParams, printSummary, titled } from '../support/hostile/fuzz.ts';
import { expectNoPrototypePollution } from '../support/hostile/guards.ts';
import { hostileJson, jsonText } from '../support/hostile/json.ts';
import { hugeString, nastyString, POLLUTION_KEYS } from '../support/hostile/strings.ts';

const PRECISIONS = ['time', 'day', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century', 'millennium'];
/** A parse that takes longer than this is a hang (the slowest parse takes about 10 ms, on a busy machine). */
const SLOW_MS = 1_000;

/** Field names as the callers pass them, hostile ones too: the error must name exactly this one. */
const field = fc.constantFrom(
  'when',
  'facts[3].when',
  'from',
  'publishedOn',
  'citations[0].statedDate',
  '__proto__',
  'constructor',
  '',
);

type Outcome = { date: FuzzyDate } | { error: ValidationError };

/**
 * Parses `input` and checks the contract: a FuzzyDate whose bounds are in order, or a
 * ValidationError with one issue at `path`; anything else thrown fails; so does a slow parse.
 */
function parseWithinContract(input: unknown, path: string): Outcome {
  const started = performance.now();
  let outcome: Outcome;
  try {
    outcome = { date: parseFuzzyDate(input, path) };
  } catch (error) {
    if (!(error instanceof ValidationError))
      throw new Error(`parseFuzzyDate threw ${String(error)} for ${preview(input)}`, { cause: error });
    outcome = { error };
  }
  const elapsed = performance.now() - started;
  expect(elapsed, `parsing ${preview(input)} took ${elapsed.toFixed(1)} ms`).to.be.below(SLOW_MS);
  if ('error' in outcome) {
    expect(outcome.error.issues, preview(input)).to.have.length(1);
    expect(outcome.error.issues[0]!.path).to.equal(path);
    expect(outcome.error.issues[0]!.message).to.be.a('string').and.not.equal('');
    expect(outcome.error.message).to.equal(
      path ? `${path}: ${outcome.error.issues[0]!.message}` : outcome.error.issues[0]!.message,
    );
  } else {
    expectWellFormed(outcome.date, input as string);
  }
  return outcome;
}

function expectWellFormed(date: FuzzyDate, input: string): void {
  const context = `${preview(input)} → ${JSON.stringify(date)}`;
  expect(date.edtf, context).to.equal(input.trim());
  expect(PRECISIONS, context).to.include(date.precision);
  expect(date.label, context).to.be.a('string').and.not.equal('');
  expect(date.earliest !== null || date.latest !== null, context).to.equal(true);
  for (const bound of [date.earliest, date.latest]) {
    if (bound !== null) expect(bound, context).to.match(/^(\d{4}|[+-]\d{4,})-\d{2}-\d{2}$/);
  }
  if (date.earliest !== null && date.latest !== null)
    expect(dayNumber(date.earliest), context).to.be.at.most(dayNumber(date.latest));
  // Nothing accepted may make sorting (and so a projection) throw.
  const key = sortKeyOf(date);
  for (const n of [key.earliestDay, key.latestDay, key.precisionRank])
    expect(Number.isSafeInteger(n), context).to.equal(true);
  expect(Object.isFrozen(date), context).to.equal(true);
}

const preview = (input: unknown): string => {
  if (typeof input !== 'string') return `a ${typeof input}`;
  return input.length > 80
    ? `${JSON.stringify(input.slice(0, 80))}… (${input.length} characters)`
    : JSON.stringify(input);
};

const RUNS = { hostile: 3_000, shaped: 3_000, nonStrings: 600, huge: 60, alphabet: 400, againstEdtf: 500 } as const;

/** Whether edtf.js reads `text` under either of the switches parseFuzzyDate tries. */
function grammarAccepts(text: string): boolean {
  return [false, true].some((seasonIntervals) => {
    try {
      parseWithGrammar(text, { seasonUncertainty: true, seasonIntervals });
      return true;
    } catch {
      return false;
    }
  });
}

describe('parsing fuzzy dates from hostile input', () => {
  before(() => parseFuzzyDate('2022-04-22~/2022-05')); // the grammar's first run compiles it: not a hang
  after(() => printSummary('dates'));

  describe('any input', () => {
    it(
      titled('answers any hostile string with a date or a ValidationError naming the field, quickly', RUNS.hostile),
      () => {
        fc.assert(
          fc.property(
            fc.oneof(nastyString(60), nastyString(120), fc.string({ unit: 'binary', maxLength: 120 })),
            field,
            (input, path) => {
              countCase('dates: hostile strings');
              parseWithinContract(input, path);
              expectNoPrototypePollution();
            },
          ),
          fuzzParams(RUNS.hostile),
        );
      },
    );

    it(
      titled(
        'answers EDTF-shaped strings (qualifiers, intervals, sets, token soup) with well-ordered bounds, the same every time, or a ValidationError',
        RUNS.shaped,
      ),
      () => {
        fc.assert(
          fc.property(edtfShaped, field, (input, path) => {
            countCase('dates: EDTF-shaped strings');
            const first = parseWithinContract(input, path);
            if ('date' in first) {
              const again = parseWithinContract(input, path); // from the cache of parsed dates: the same date
              expect('date' in again && again.date).to.deep.equal(first.date);
            }
          }),
          fuzzParams(RUNS.shaped),
        );
      },
    );

    it(
      titled(
        'refuses values that are not strings (numbers, objects with prototype keys, arrays, deep nesting) with a ValidationError naming the field',
        RUNS.nonStrings,
      ),
      () => {
        const notAString = fc
          .oneof(
            fc.anything({
              maxDepth: 3,
              withBigInt: true,
              withDate: true,
              withMap: true,
              withSet: true,
              withTypedArray: true,
              withSparseArray: true,
              withNullPrototype: true,
              withObjectString: true,
              withBoxedValues: true,
            }),
            hostileJson(POLLUTION_KEYS.slice(), 500).map((node) => JSON.parse(jsonText(node)) as unknown),
          )
          .filter((value) => typeof value !== 'string');
        fc.assert(
          fc.property(notAString, field, (input, path) => {
            countCase('dates: values that are not strings');
            const outcome = parseWithinContract(input, path);
            expect('error' in outcome, preview(input)).to.equal(true);
            expectNoPrototypePollution();
          }),
          fuzzParams(RUNS.nonStrings),
        );
      },
    );

    it(
      titled(
        'refuses text with a character outside the EDTF grammar only when the grammar refuses it too',
        RUNS.alphabet,
      ),
      () => {
        const foreign = fc.constantFrom(
          'a',
          'W',
          't',
          'x',
          'z',
          's',
          'e',
          '\t',
          '\u00a0',
          '\uff0d',
          '\u0663',
          '\u2010',
          '\u2013',
          '_',
          '#',
          '\u0000',
          '\ud800',
        );
        const withForeign = fc
          .tuple(edtfShaped, foreign, fc.nat())
          .map(([text, char, at]) => {
            const i = at % (text.length + 1);
            return `${text.slice(0, i)}${char}${text.slice(i)}`;
          })
          .filter((text) => text.trim().length > 0 && text.trim().length <= 100);
        fc.assert(
          fc.property(withForeign, (input) => {
            countCase('dates: characters outside the grammar');
            const outcome = parseWithinContract(input, 'when');
            if ('error' in outcome && / is not an EDTF date /.test(outcome.error.message)) {
              expect(grammarAccepts(input.trim()), `edtf.js reads ${JSON.stringify(input)}`).to.equal(false);
            }
          }),
          fuzzParams(RUNS.alphabet),
        );
      },
    );

    it(
      titled('refuses strings of a thousand to five million characters at once, saying they are too long', RUNS.huge),
      () => {
        const padded = fc
          .tuple(
            fc.constantFrom('', ' ', '\u00a0'),
            fc.constantFrom('2022-04-22', '2022', '../2022-10'),
            fc.integer({ min: 1_000, max: 5_000_000 }),
          )
          .map(([space, date, n]) => `${date}${'9'.repeat(n)}${space}`);
        fc.assert(
          fc.property(fc.oneof(hugeString(1_000, 5_000_000), padded), (input) => {
            countCase('dates: huge strings');
            const outcome = parseWithinContract(input, 'when');
            if (input.trim().length > 100) {
              expect('error' in outcome && outcome.error.issues[0]!.message).to.match(
                /is too long for an EDTF date \(\d+ characters, at most 100\)/,
              );
            }
          }),
          fuzzParams(RUNS.huge),
        );
      },
    );
  });

  describe('regressions found by fuzzing', () => {
    const rows: [string, string, string, string][] = [
      ['-5343-10-3X', '-5343-10-30', '-5343-10-31', 'between 30 and 31 October 5344 BC'],
      ['-2022-10-XX', '-2022-10-01', '-2022-10-31', 'October 2023 BC'],
      ['-2022-XX', '-2022-01-01', '-2022-12-31', '2023 BC'],
      [
        '-2022-XX-3X',
        '-2022-01-30',
        '-2022-12-31',
        'some day matching -2022-XX-3X (30 January 2023 BC to 31 December 2023 BC)',
      ],
      ['-202X', '-2029-01-01', '-2020-12-31', 'some year from 2030 BC to 2021 BC'],
    ];
    for (const [edtf, earliest, latest, label] of rows) {
      it(`reads ${edtf} before year 0 with its earliest day first: ${earliest} to ${latest}`, () => {
        expect(parseFuzzyDate(edtf)).to.deep.include({ earliest, latest, label });
      });
    }

    const rowsAfterYear0: [string, string, string][] = [
      ['2022-X0', '2022-10-01', '2022-10-31'],
      ['201X-02-29', '2012-02-29', '2016-02-29'],
      ['20XX-02-29', '2000-02-29', '2096-02-29'],
      ['2022-0X-31', '2022-01-31', '2022-08-31'],
    ];
    for (const [text, earliest, latest] of rowsAfterYear0) {
      it(`reads ${text} as the days its digits allow: ${earliest} to ${latest}`, () => {
        expect(parseFuzzyDate(text)).to.deep.include({ earliest, latest });
      });
    }

    it('refuses X digits that fit no day of the calendar', () => {
      expect(() => unspecifiedBounds('201X-02-3X')).to.throw(/no day of the calendar fits/);
      expect(() => unspecifiedBounds('20XX-02-3X')).to.throw(/no day of the calendar fits/);
    });

    it(
      titled(
        'works out the same bounds as edtf.js after year 0, for the X digits edtf.js reads exactly',
        RUNS.againstEdtf,
      ),
      () => {
        // Trailing X in the year, XX or a leading digit and X in month and day, days every month has:
        // edtf.js is right on these after year 0 (elsewhere, see the examples above).
        const pattern = fc
          .tuple(
            fc.integer({ min: 1000, max: 2999 }),
            fc.constantFrom(0, 1, 2),
            fc.option(fc.constantFrom('XX', '0X', '1X', '01', '02', '04', '10', '12')),
            fc.option(fc.constantFrom('XX', '0X', '1X', '2X', '01', '28')),
          )
          .map(
            ([year, xs, mm, dd]) =>
              `${String(year).slice(0, 4 - xs)}${'X'.repeat(xs)}${mm ? `-${mm}${dd ? `-${dd}` : ''}` : ''}`,
          )
          .filter((text) => text.includes('X'));
        const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
        fc.assert(
          fc.property(pattern, (text) => {
            countCase('dates: X digits against edtf.js');
            let theirs: { min: number; max: number };
            try {
              theirs = edtf(text);
            } catch {
              return; // edtf.js refuses it (a day that does not exist): nothing to compare
            }
            expect(unspecifiedBounds(text), text).to.deep.equal({
              earliest: isoDay(theirs.min),
              latest: isoDay(theirs.max),
            });
          }),
          fuzzParams(RUNS.againstEdtf),
        );
      },
    );
  });
});
