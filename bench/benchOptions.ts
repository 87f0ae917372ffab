import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_SIZES, QUICK_SIZES, parseSizes } from './sizes.ts';

export interface BenchOptions {
  readonly quick: boolean;
  /** Store sizes in facts, ascending: bulk import, timeline pages and start-up run at each. */
  readonly sizes: readonly number[];
  /** Single durable appends per side (at the largest size). */
  readonly appends: number;
  /** Timed in-process reads per timeline page and side, at each size. */
  readonly repeats: number;
  /** Timed HTTP requests per timeline page and side, at each size. */
  readonly httpRepeats: number;
  /** Start-ups of the server child per size (and of the bare reference). */
  readonly startups: number;
  /** Timeline pages the started server serves before its memory is read again. */
  readonly burst: number;
  /** Skip the rebuild workload (it re-projects the largest store: the longest part of a full run after the import). */
  readonly rebuild: boolean;
  readonly seed: number;
  /** Where to write the report; `undefined`: stdout only. */
  readonly out: string | undefined;
  /** Where to write the chart (SVG). */
  readonly chart: string;
  /** Directory for one CPU profile per workload; the figures of a profiled run are inflated. */
  readonly profile: string | undefined;
  /**
   * `pages`: at each size only the import and the in-process timeline pages (no server, no single
   * appends, no rebuild); the report is then their table alone.
   */
  readonly only: 'pages' | undefined;
  /** Also write every measured figure as JSON to this file. */
  readonly json: string | undefined;
  /** Measure nothing: render the report and the chart from a file `--json` wrote. */
  readonly fromJson: string | undefined;
}

export const CHART_NAME = 'benchmarks-cost-vs-size.svg';

const USAGE = `usage: node bench/run.mjs storeBench [--quick] [--sizes LIST] [--appends N] [--repeats N] [--http-repeats N]
       [--startups N] [--burst N] [--no-rebuild] [--only pages] [--seed N] [--out FILE] [--chart FILE] [--profile DIR] [--json FILE] [--from-json FILE]
  full (default): sizes 10k,100k,1M facts; 2,000 appends, 500 reads per page in process, 300 over HTTP, 3 start-ups per size;
                  writes docs/benchmarks.md and docs/${CHART_NAME}
  --quick:        sizes 1k,3k facts; 100 appends, 20 reads per page, 20 over HTTP, 1 start-up per size; prints the report
                  (write it with --out FILE); the chart goes beside --out, else to the temp directory
  --sizes LIST:   store sizes in facts, comma-separated (10000,100000 or 10k,100k,1M); about 4.95 events per fact
  --no-rebuild:   leave out the rebuild of the largest store
  --only pages:   at each size only the import and the in-process timeline pages; prints their table
                  (written with --out FILE)
  --profile DIR:  one .cpuprofile per workload and size in DIR (slower; the report is printed, not written)
  --json FILE:    also write the measured figures as JSON (full runs: to the temp directory, chronicle-store-bench.json
                  unless given); --from-json FILE renders the report and chart from it again
                  (with --out and --chart as usual), measuring nothing`;

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed <= 0)
    throw new Error(`--${name} expects a positive integer, got ${JSON.stringify(value)}\n${USAGE}`);
  return parsed;
}

/** Parses the command line; `--quick` changes the defaults, explicit options win. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      appends: { type: 'string' },
      repeats: { type: 'string' },
      'http-repeats': { type: 'string' },
      startups: { type: 'string' },
      burst: { type: 'string' },
      'no-rebuild': { type: 'boolean', default: false },
      only: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      chart: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'string' },
      'from-json': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const quick = values.quick === true;
  let sizes: number[];
  try {
    sizes = values.sizes === undefined ? [...(quick ? QUICK_SIZES : FULL_SIZES)] : parseSizes(values.sizes);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.only !== undefined && values.only !== 'pages')
    throw new Error(`--only expects pages, got ${JSON.stringify(values.only)}\n${USAGE}`);
  const only = values.only;
  const out = values.out ?? (quick || only || values.profile || values['from-json'] ? undefined : 'docs/benchmarks.md');
  return {
    quick,
    sizes,
    appends: count(values.appends, 'appends', quick ? 100 : 2_000),
    repeats: count(values.repeats, 'repeats', quick ? 20 : 500),
    httpRepeats: count(values['http-repeats'], 'http-repeats', quick ? 20 : 300),
    startups: count(values.startups, 'startups', quick ? 1 : 3),
    burst: count(values.burst, 'burst', quick ? 30 : 300),
    rebuild: values['no-rebuild'] !== true,
    only,
    seed: count(values.seed, 'seed', 20220422),
    profile: values.profile,
    // A full run takes hours: keep its figures, so the report can be rendered again without measuring.
    json: values.json ?? (quick || values['from-json'] ? undefined : join(tmpdir(), 'chronicle-store-bench.json')),
    fromJson: values['from-json'],
    out,
    chart: values.chart ?? join(out ? dirname(out) : tmpdir(), CHART_NAME),
  };
}
