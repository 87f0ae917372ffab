/**
 * The stored form of fact documents (`projections/factDocCodec.ts`) against their plain JSON:
 * imports a generated dossier of about `--facts` facts into a temporary store, catches the read
 * models up, then times, over every stored version, decoding (`decodeFactDoc`) against
 * `JSON.parse` of the same documents' JSON, and encoding against `JSON.stringify`; 7 rounds each,
 * alternating, after a warm-up. Prints the fastest and median round per document, and the bytes.
 *
 *   node --import tsx bench/factDocCodecBench.ts --facts 10000
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { decodeFactDoc, encodeFactDoc } from '../projections/factDocCodec.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({ options: { facts: { type: 'string', default: '10000' } } });
const dir = mkdtempSync(join(tmpdir(), 'chronicle-codec-'));
const path = join(dir, 'store.db');
try {
  const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
  const chronicle = await openChronicle({ storeUrl: `sqlite:${path}` });
  await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'codec' } });
  await chronicle.runner.catchUp();
  await chronicle.close();
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT fact_id AS id, doc FROM rm_fact_versions').all() as { id: string; doc: string }[];
  db.close();
  const docs = rows.map((r) => decodeFactDoc(r.id, r.doc));
  const json = docs.map((d) => JSON.stringify(d));
  const sides: [string, () => void][] = [
    ['JSON.parse of the JSON', () => json.forEach((j) => JSON.parse(j))],
    ['decodeFactDoc of the stored form', () => rows.forEach((r) => decodeFactDoc(r.id, r.doc))],
    ['JSON.stringify of the document', () => docs.forEach((d) => JSON.stringify(d))],
    ['encodeFactDoc of the document', () => docs.forEach((d) => encodeFactDoc(d))],
  ];
  const rounds = new Map<string, number[]>(sides.map(([name]) => [name, []]));
  for (let round = 0; round < 8; round++)
    for (const [name, fn] of sides) {
      const start = performance.now();
      fn();
      if (round > 0) rounds.get(name)!.push(((performance.now() - start) * 1000) / docs.length);
    }
  const bytes = (list: readonly string[]) => (list.reduce((n, s) => n + s.length, 0) / list.length).toFixed(0);
  console.log(`${docs.length} documents; bytes each: JSON ${bytes(json)}, stored ${bytes(rows.map((r) => r.doc))}`);
  for (const [name, us] of rounds) {
    us.sort((a, b) => a - b);
    console.log(`${name}: fastest ${us[0]!.toFixed(2)} µs, median ${us[3]!.toFixed(2)} µs per document`);
  }
  console.log(`load average ${loadavg()[0]!.toFixed(2)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
