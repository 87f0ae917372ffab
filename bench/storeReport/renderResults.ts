import { FULL_SIZES, QUICK_SIZES, sizeLabel } from '../sizes.ts';
import { bulkImportSection } from './bulkImportSection.ts';
import { derive } from './derived.ts';
import { s } from './formats.ts';
import { goalsTable } from './goalsTable.ts';
import { largestSizeSections } from './largestSizeSections.ts';
import { machineAndDataSet } from './machineAndDataSet.ts';
import { missedNotes } from './missedNotes.ts';
import type { BenchResults } from './results.ts';
import { startupSection } from './startupSection.ts';
import { timelinePageSections } from './timelinePageSections.ts';

/** The generated part of docs/benchmarks.md. */
export function renderResults(r: BenchResults): string {
  const d = r.sizes.map(derive);
  const sizesText = d.map((v) => v.label).join(' / ');
  const notes = missedNotes(r, d);
  const lines = [
    `## Results: ${sizesText} facts`,
    '',
    `Command: \`${r.command}\` · run ${r.startedAt.toISOString().replace(/\.\d+Z$/, 'Z')} · took ${s(r.totalMs)} in all.`,
    '',
    ...(r.profiled ? ["> Profiled run (`--profile`): the Chronicle figures include the profiler's overhead.", ''] : []),
    ...goalsTable(r, d),
    ...(notes.length
      ? ['Goals missed, and what the figures measured beside them say:', '', ...notes.map((note) => `- ${note}`), '']
      : []),
    `![Cost against store size: bulk import µs per event, and timeline page p50/p99 in process and over HTTP, at ${sizesText} facts](${r.chart})`,
    '',
    ...machineAndDataSet(r, d),
    ...bulkImportSection(d),
    ...timelinePageSections(r, d),
    ...startupSection(r, d),
    ...largestSizeSections(r, d),
    '### How to reproduce',
    '',
    '```sh',
    'npm ci',
    `npm run bench          # ${FULL_SIZES.map(sizeLabel).join(', ')} facts; rewrites docs/benchmarks.md below the marker and docs/benchmarks-cost-vs-size.svg`,
    `npm run bench:quick    # ${QUICK_SIZES.map(sizeLabel).join(', ')} facts, about a minute; prints the report (add -- --out FILE to write it and the chart beside it)`,
    'node bench/run.mjs storeBench --sizes 10k,100k --out /tmp/bench.md',
    '```',
    '',
    'Options: `--sizes LIST` (facts, e.g. `10000,100000` or `10k,100k,1M`), `--appends N` (single appends per side), `--repeats N` (in-process reads per timeline page), ' +
      '`--http-repeats N` (HTTP requests per page), `--startups N` (server start-ups per size), `--burst N` (pages served before memory is read), `--no-rebuild`, `--only pages` (at each size only the import and the in-process pages of section 2; prints their table), `--seed N`, ' +
      '`--out FILE`, `--chart FILE` (default: beside the report), `--json FILE` (the figures as JSON; a full run keeps them in the temp directory, `chronicle-store-bench.json`), ' +
      '`--from-json FILE` (render the report and the chart again from such a file, measuring nothing), `--profile DIR` (a `.cpuprofile` per workload and size; summarise one with ' +
      '`node bench/run.mjs profileSummary DIR/import-10k.cpuprofile`). Progress goes to stderr. Temp files live under `os.tmpdir()` (set `TMPDIR` to benchmark ' +
      'another disk) and are deleted after each size. Numbers vary between runs on a shared machine; compare each figure with the reference beside it.',
    '',
  ];
  return lines.join('\n');
}
