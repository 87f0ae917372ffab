/**
 * Where the bytes of a SQLite store file go: imports a generated dossier of about `--facts` facts
 * into a fresh store (its read models in the same file, as `chronicle serve` keeps them), catches
 * the read models up, checkpoints the WAL, and prints each table's and index's bytes (SQLite's
 * `dbstat`), the log's share (the store's own tables), bytes per fact and read-model rows per event.
 *
 *   node --import tsx bench/storeSizeBench.ts --facts 4000
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '4000' }, seed: { type: 'string', default: '7' } },
});
const dir = mkdtempSync(join(tmpdir(), 'chronicle-size-'));
const path = join(dir, 'store.db');
try {
  const { dossier, stats } = generateDossier({
    targetEvents: eventsForFacts(Number(values.facts)),
    seed: Number(values.seed),
  });
  const chronicle = await openChronicle({ storeUrl: `sqlite:${path}` });
  const report = await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'size' } });
  await chronicle.runner.catchUp();
  await chronicle.close();
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const objects = db
    .prepare(
      `SELECT d.name, m.type, m.tbl_name AS tbl, sum(d.pgsize) AS bytes, count(*) AS pages FROM dbstat d
      LEFT JOIN sqlite_master m ON m.name = d.name GROUP BY d.name ORDER BY bytes DESC`,
    )
    .all() as { name: string; type: string | null; tbl: string | null; bytes: number }[];
  const rows = (table: string) => db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number;
  const isReadModel = (o: { name: string; tbl: string | null }) => (o.tbl ?? o.name).startsWith('rm_');
  const sum = (list: typeof objects) => list.reduce((n, o) => n + o.bytes, 0);
  const readModels = objects.filter(isReadModel);
  const log = objects.filter((o) => !isReadModel(o));
  const events = rows('events');
  const tables = readModels.filter((o) => o.type === 'table').map((o) => o.name);
  const rmRows = tables.reduce((n, t) => n + rows(t), 0);
  const file = statSync(path).size;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`facts ${stats.facts}, events ${events} (appended ${report.appended}), file ${kib(file)}`);
  console.log(`log (store tables and indexes) ${kib(sum(log))}; read models ${kib(sum(readModels))}`);
  console.log(
    `file / log ${(file / sum(log)).toFixed(2)}×; bytes per fact: file ${(file / stats.facts).toFixed(0)}, read models ${(sum(readModels) / stats.facts).toFixed(0)}`,
  );
  console.log(`read-model rows ${rmRows}, per event ${(rmRows / events).toFixed(2)}`);
  for (const o of objects)
    console.log(
      `  ${o.name.padEnd(28)} ${(o.type ?? '').padEnd(6)} ${kib(o.bytes).padStart(10)}${o.type === 'table' ? `  ${rows(o.name)} rows` : ''}`,
    );
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
