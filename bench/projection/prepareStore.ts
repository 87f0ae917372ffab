import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../../src/main.ts';
import { generateDossier, type DossierStats } from '../../test/support/generators/generateDossier.ts';
import { timed } from '../measure.ts';
import { throttled, type Log } from '../progress.ts';

export interface PreparedStore {
  readonly stats: DossierStats;
  readonly events: number;
  /** Import time, or `undefined` when the store came from the cache. */
  readonly importMs: number | undefined;
}

/**
 * A SQLite store at `path` holding the generated dossier, imported with `importDossier` and not
 * projected (its read-model tables are empty). With `cacheDir`, an import of the same size and seed
 * is copied from there (and saved there after a fresh import), to iterate without re-importing.
 */
export async function prepareStore(
  path: string,
  events: number,
  seed: number,
  cacheDir: string | undefined,
  log: Log,
): Promise<PreparedStore> {
  const generated = timed(() => generateDossier({ targetEvents: events, seed }));
  const {
    result: { dossier, stats },
    ms: genMs,
  } = await generated;
  log(
    `generated ${stats.facts.toLocaleString('en-US')} facts → ${stats.expectedEvents.toLocaleString('en-US')} events in ${(genMs / 1000).toFixed(2)} s`,
  );
  const cached = cacheDir ? join(cacheDir, `store-${events}-${seed}.db`) : undefined;
  if (cached && existsSync(cached)) {
    copyFileSync(cached, path);
    log(`store copied from the cache ${cached}`);
    return { stats, events: stats.expectedEvents, importMs: undefined };
  }
  const chronicle = await openChronicle({ storeUrl: `sqlite:${path}?synchronous=normal` });
  const progress = throttled(log, 'import (items)');
  let imported;
  try {
    imported = await timed(() =>
      importDossier(chronicle.write, dossier, {
        metadata: { recordedBy: 'bench', reason: 'projection benchmark' },
        onProgress: (done, all) => progress(done, all),
      }),
    );
  } finally {
    await chronicle.close();
  }
  if (imported.result.rejected.length > 0)
    throw new Error(`rejected items, first: ${JSON.stringify(imported.result.rejected[0])}`);
  log(`imported ${imported.result.appended.toLocaleString('en-US')} events in ${(imported.ms / 1000).toFixed(1)} s`);
  if (cached && cacheDir) {
    mkdirSync(cacheDir, { recursive: true });
    copyFileSync(path, `${cached}.partial`);
    renameSync(`${cached}.partial`, cached);
    log(`store saved to the cache ${cached}`);
  }
  return { stats, events: imported.result.appended, importMs: imported.ms };
}
