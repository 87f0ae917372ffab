import fc from 'fast-check';

/**
 * One seed for every property that does not name its own, so a run of the suite is repeatable:
 * `FC_SEED=<n> npm test` explores other inputs, and a failure prints the seed that replays it.
 */
const seed = Number(process.env.FC_SEED ?? 20261206);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
