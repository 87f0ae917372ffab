import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import type { BenchOptions } from './benchOptions.ts';
import { machineInfo } from './measure.ts';
import type { Profiler } from './profiler.ts';
import type { Log } from './progress.ts';
import { inProcessPageTable } from './storeReport/timelinePageSections.ts';
import { eventsForFacts, hubShareFor, sizeLabel } from './sizes.ts';
import { benchTimelinePage, type TimelinePageResult } from './workloads/timelinePage.ts';

/**
 * `--only pages`: at each size the generated dossier imported and projected (untimed, without the
 * raw references), then the in-process timeline pages of section 2 measured as the full run
 * measures them. Returns the report: the run's command, time, machine and load, and section 2's table.
 */
export async function runPagesOnly(
  options: BenchOptions,
  command: string,
  log: Log,
  profiler: (label: string) => Profiler,
): Promise<string> {
  const startedAt = new Date();
  const load = [loadavg()[0]!];
  const sizes: { facts: number; timeline: TimelinePageResult }[] = [];
  for (const facts of options.sizes) {
    const dir = mkdtempSync(join(tmpdir(), `chronicle-pages-${sizeLabel(facts)}-`));
    const path = join(dir, 'c.db');
    const chronicle = await openChronicle({ storeUrl: `sqlite:${path}` });
    try {
      log(`size ${sizeLabel(facts)}: generating and importing ~${facts.toLocaleString('en-US')} facts (untimed)`);
      await (async () => {
        // The dossier is only referenced in here, so it can be collected before the pages are read,
        // as in the full run: a server reading pages holds no dossier.
        const { dossier } = generateDossier({
          targetEvents: eventsForFacts(facts),
          seed: options.seed,
          hubShare: hubShareFor(facts),
        });
        const report = await importDossier(chronicle.write, dossier, {
          metadata: { recordedBy: 'bench', reason: 'store benchmark' },
        });
        if (report.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(report.rejected[0])}`);
      })();
      await chronicle.runner.catchUp();
      log(`size ${sizeLabel(facts)}: imported; heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
      load.push(loadavg()[0]!);
      sizes.push({
        facts,
        timeline: await benchTimelinePage(chronicle, path, options.repeats, log, profiler(sizeLabel(facts))),
      });
      load.push(loadavg()[0]!);
    } finally {
      await chronicle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const m = machineInfo(tmpdir());
  return [
    `Command: \`${command}\` · run ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')} · ${m.cpu}, ${m.cores} cores, Node ${m.node} · ` +
      `1-minute load average ${load.map((l) => l.toFixed(2)).join(', ')} (start, then after each import and each size's pages)`,
    '',
    ...inProcessPageTable(sizes),
  ].join('\n');
}
