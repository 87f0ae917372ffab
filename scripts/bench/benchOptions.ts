import { parseArgs } from 'node:util';

export interface BenchOptions {
  readonly quick: boolean;
  /** Events the generated dossier imports. */
  readonly events: number;
  /** Single durable appends per side. */
  readonly appends: number;
  /** Timed reads per timeline page and side. */
  readonly repeats: number;
  readonly seed: number;
  /** Where to write the report; `undefined`: stdout only. */
  readonly out: string | undefined;
  /** Directory for one CPU profile per workload; the figures of a profiled run are inflated. */
  readonly profile: string | undefined;
}

const USAGE = `usage: node --import tsx scripts/bench/storeBench.ts [--quick] [--events N] [--appends N] [--repeats N] [--seed N] [--out FILE] [--profile DIR]
  full (default): 1,000,000 events, 2,000 appends, 500 reads per page, writes docs/benchmarks.md
  --quick:        50,000 events, 300 appends, 100 reads per page, prints the report (write it with --out FILE)
  --profile DIR:  one .cpuprofile per workload in DIR (slower; the report is printed, not written)`;

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed <= 0) throw new Error(`--${name} expects a positive integer, got ${JSON.stringify(value)}\n${USAGE}`);
  return parsed;
}

/** Parses the command line; `--quick` changes the defaults, explicit options win. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      events: { type: 'string' },
      appends: { type: 'string' },
      repeats: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  return {
    quick,
    events: count(values.events, 'events', quick ? 50_000 : 1_000_000),
    appends: count(values.appends, 'appends', quick ? 300 : 2_000),
    repeats: count(values.repeats, 'repeats', quick ? 100 : 500),
    seed: count(values.seed, 'seed', 20220422),
    profile: values.profile,
    out: values.out ?? (quick || values.profile ? undefined : 'docs/benchmarks.md'),
  };
}
