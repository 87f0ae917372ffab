import fc from 'fast-check';

/**
 * Fixed-seed property runs for the hostile-input tests. Every property uses the same seed —
 * `CHRONICLE_FUZZ_SEED` when set, else {@link DEFAULT_SEED} — so the seed fast-check prints with a
 * counterexample is the one to set to replay it: `CHRONICLE_FUZZ_SEED=<seed> npx mocha …`.
 */
export const DEFAULT_SEED = 20_240_607;

export const FUZZ_SEED: number = (() => {
  const given = process.env.CHRONICLE_FUZZ_SEED;
  if (given === undefined || given.trim() === '') return DEFAULT_SEED;
  const seed = Number(given);
  if (!Number.isSafeInteger(seed))
    throw new Error(`CHRONICLE_FUZZ_SEED must be an integer, got ${JSON.stringify(given)}`);
  return seed | 0;
})();

/**
 * `CHRONICLE_FUZZ_SCALE` multiplies every property's number of cases (default 1), for a longer
 * hunt than CI's: `CHRONICLE_FUZZ_SCALE=10 CHRONICLE_FUZZ_SEED=7 npx mocha …`.
 */
export const FUZZ_SCALE: number = (() => {
  const given = process.env.CHRONICLE_FUZZ_SCALE;
  if (given === undefined || given.trim() === '') return 1;
  const scale = Number(given);
  if (!(scale > 0)) throw new Error(`CHRONICLE_FUZZ_SCALE must be a positive number, got ${JSON.stringify(given)}`);
  return scale;
})();

/** The number of cases a property of `numRuns` cases runs, scaled. */
export const scaled = (numRuns: number): number => Math.max(1, Math.round(numRuns * FUZZ_SCALE));

/** Cases tried per property, for the summary each file prints after its run. */
const tried = new Map<string, number>();

/** fast-check parameters: the fixed seed, `numRuns` cases, and the seed and path printed on failure. */
export function fuzzParams<T>(numRuns: number): fc.Parameters<T> {
  return { seed: FUZZ_SEED, numRuns: scaled(numRuns), endOnFailure: true };
}

/** Counts one generated case for `property` (call it at the start of the predicate). */
export function countCase(property: string): void {
  tried.set(property, (tried.get(property) ?? 0) + 1);
}

/** `1,234` */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** The title of a property test: what it checks, how many cases, which seed. */
export const titled = (sentence: string, numRuns: number): string =>
  `${sentence} (${formatCount(scaled(numRuns))} cases, seed ${FUZZ_SEED})`;

/** Prints the cases tried per property of `prefix`, and the total over every hostile file so far. */
export function printSummary(prefix: string): void {
  const mine = [...tried].filter(([name]) => name.startsWith(prefix));
  const lines = mine.map(([name, n]) => `    ${formatCount(n).padStart(7)}  ${name}`);
  const own = mine.reduce((sum, [, n]) => sum + n, 0);
  const all = [...tried.values()].reduce((sum, n) => sum + n, 0);
  console.log(
    `\n  ${prefix}: ${formatCount(own)} generated cases (seed ${FUZZ_SEED}); all hostile properties so far: ${formatCount(all)}\n${lines.join('\n')}\n`,
  );
}
