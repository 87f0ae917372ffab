/**
 * What a replay spends per event before the projections write anything, each way alternating in
 * one process (ratios move less with the machine's load than times do): the log read in pages of
 * 20,000 by `readAll`; then the events folded into a batch by `readBatch` with each event's
 * documents (`projectFact`, a copy per event, as for a live listener) and without (`FactFold`, a
 * copy per version, as a rebuild does).
 * Reads a store kept by `bench/rebuildCostBench.ts --store FILE`, or imports a generated dossier
 * of about `--facts` facts into a temporary one. Prints the CPU microseconds per event of each
 * round (the first warms up; every other round runs them in the opposite order).
 *
 *   node --expose-gc --import tsx bench/readBatchBench.ts --store FILE --rounds 6
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { openSqliteEventStore } from '../src/store/sqlite/SqliteEventStore.ts';
import type { RecordedEvent } from '../src/core/event.ts';
import { readBatch } from '../projections/batch.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({
  options: {
    facts: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '6' },
    store: { type: 'string' },
  },
});
const PAGE = 20_000;
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const dir = mkdtempSync(join(tmpdir(), 'chronicle-read-batch-'));
try {
  const file = values.store ?? join(dir, 'store.db');
  if (values.store === undefined) {
    const chronicle = await openChronicle({ storeUrl: `sqlite:${file}` });
    const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
    await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'read cost' } });
    await chronicle.close();
  }
  const store = openSqliteEventStore({ path: file });
  try {
    const pages = async (read: (after: string | undefined) => Promise<RecordedEvent[]>) => {
      const out: RecordedEvent[][] = [];
      for (let after: string | undefined; ;) {
        const page = await read(after);
        if (page.length === 0) return out;
        out.push(page);
        after = page.at(-1)!.position;
      }
    };
    const options = (after: string | undefined) => ({ ...(after !== undefined ? { after } : {}), maxCount: PAGE });
    const log = (await pages((after) => store.readAll(options(after)))).flat();
    const compare = (a: string, b: string) => store.comparePositions(a, b);
    const fold = (eachDocument: boolean) => {
      for (let i = 0; i < log.length; i += PAGE)
        readBatch(log.slice(i, i + PAGE), { position: undefined, seq: 0 }, compare, () => null, eachDocument);
    };
    const ways: Record<string, () => Promise<unknown>> = {
      readAll: () => pages((after) => store.readAll(options(after))),
      'readBatch, each document': async () => fold(true),
      'readBatch, folded in place': async () => fold(false),
    };
    console.log(`${log.length} events; load average ${loadavg()[0]!.toFixed(2)}`);
    for (let round = 1; round <= Number(values.rounds); round++) {
      const line: string[] = [];
      // Every other round runs them in the opposite order: what runs second pays for what ran first.
      const order = round % 2 === 0 ? Object.entries(ways).reverse() : Object.entries(ways);
      for (const [name, run] of order) {
        // Each way starts from a collected heap (with --expose-gc): the garbage it leaves is its own.
        (globalThis as { gc?: () => void }).gc?.();
        const start = cpuMicros();
        await run();
        line.push(`${name} ${((cpuMicros() - start) / log.length).toFixed(2)}`);
      }
      console.log(`round ${round} (µs/event): ${line.join(' · ')}; load ${loadavg()[0]!.toFixed(2)}`);
    }
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
