import { median } from '../measure.ts';
import { EVENTS_PER_FACT } from '../sizes.ts';
import { TARGET_ACTOR_FACTS } from '../workloads/timelinePage.ts';
import type { Derived } from './derived.ts';
import { mib, n, pragmas, s } from './formats.ts';
import type { BenchResults } from './results.ts';

/** The machine the run measured on, and the data set and SQLite settings of each size. */
export function machineAndDataSet(r: BenchResults, d: readonly Derived[]): string[] {
  const m = r.machine;
  const last = d.at(-1)!;
  const lastBulk = last.size.bulk;
  return [
    '### Machine',
    '',
    '| | |',
    '| --- | --- |',
    `| CPU | ${m.cpu}, ${m.cores} logical cores |`,
    `| RAM | ${m.ramGiB} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| SQLite | ${m.sqlite} (better-sqlite3 ${m.betterSqlite3}) |`,
    `| Load (1-min average) | ${r.load[0]?.toFixed(1)} at the start, ${Math.max(...r.load).toFixed(1)} at most between workloads, on ${m.cores} cores: other processes slow both sides, so compare each figure with its reference |`,
    `| Temp files | \`${m.tmpDir}\`: ${m.tmpFs}; Chronicle and raw write to the same directory, deleted after each size |`,
    `| Processes | the benchmark in one process; each server (HTTP pages, start-ups) in a child process (${(r.sizes[0]?.startup.runtime ?? 'tsx') === 'tsx' ? 'through tsx' : 'compiled with esbuild as `npm run build` compiles the CLI'}) on the same store file; all on the same ${m.cores} cores |`,
    '',
    '### Data set and settings',
    '',
    `Generated dossiers (seed ${r.seed}), one fresh store per size. Sizes are in facts; the generator makes ${EVENTS_PER_FACT} events per fact on average (a \`FactRecorded\`, 1–3 actor links, ` +
      '1–2 topic links, a citation on 40%, a relation on 5%) plus one per registry entry. Dates: 70% days, the rest months, years, `~`, `?`, spans, `XX`, open starts and seasons; ' +
      'a place on 30%, notes on 10%. ' +
      `The hub actor is linked to ${n(TARGET_ACTOR_FACTS)} facts at every size of at least ${n(TARGET_ACTOR_FACTS)} facts (and to every fact of a smaller store), so the timeline ` +
      'section 2 reads has the same length at those sizes and only the store around it grows.',
    '',
    '| facts | events | actors | topics | sources | timeline actor (facts) | busiest actor (facts) | files after projections: Chronicle / raw | generated in |',
    '| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
    ...d.map((v) => {
      const t = v.size.timeline;
      const ds = v.size.dataset;
      return (
        `| ${n(ds.facts)} | ${n(v.events)} | ${n(ds.actors)} | ${n(ds.topics)} | ${n(ds.sources)} | \`${t.actorId}\` (${n(t.actorFacts)}) | ${n(t.busiestFacts)} | ` +
        `${mib(v.size.bulk.chronicleBytes)} / ${mib(v.size.bulk.rawBytes)} | ${s(ds.generateMs)} |`
      );
    }),
    '',
    `- Store connection, both sides: ${pragmas(lastBulk.chronicleSettings.store)}.`,
    `- Read-model connection, both sides: ${pragmas(lastBulk.chronicleSettings.readModels)}.`,
    "- The raw side copies Chronicle's schema (`sqlite_master`) and settings, and inserts Chronicle's own rows (same ids, same JSON), so the payload sizes are identical. " +
      `Transactions at ${last.label} facts: the import committed ${n(lastBulk.append.transactions)} (median ${n(median(lastBulk.streamsPerTransaction))} streams each), ` +
      `the projections ${n(lastBulk.project.transactions)} (median ${n(median(lastBulk.eventsPerTransaction))} events each); the raw side commits exactly the same batches.`,
    '',
  ];
}
