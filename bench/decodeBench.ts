/**
 * What decoding a stored event costs, per event, on a generated log: the payload checked by zod
 * (`schema.safeParse`) against the guard compiled from the same schema (`compileGuard`), and
 * `decodeEvent` as a replay runs it (the guard, zod only where the guard fails). Imports a
 * generated dossier of about `--facts` facts into a temporary store, reads the log back, then
 * alternates the three over every event `--rounds` times (the first round warms up) and prints the
 * CPU microseconds per event of each round, with the ratio of zod to the guard.
 *
 *   node --import tsx bench/decodeBench.ts --facts 10000 --rounds 6
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import type { RecordedEvent } from '../src/core/event.ts';
import { decodeEvent, eventSchemas } from '../src/events/catalog.ts';
import { compileGuard } from '../src/events/compileGuard.ts';
import { openChronicle } from '../src/main.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '6' } },
});
const schemas = eventSchemas;
const guards = new Map(Object.entries(schemas).map(([type, schema]) => [type, compileGuard(schema)]));
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

const dir = mkdtempSync(join(tmpdir(), 'chronicle-decode-'));
let log: RecordedEvent[] = [];
try {
  const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, 'store.db')}` });
  try {
    await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'decode cost' } });
    log = (await chronicle.store.readAll({ maxCount: 10_000_000 })).filter((e) => schemas[e.type] !== undefined);
  } finally {
    await chronicle.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

let failed = 0;
const ways: Record<string, () => void> = {
  'zod safeParse': () => {
    for (const e of log) if (!schemas[e.type]!.safeParse(e.data).success) failed += 1;
  },
  'compiled guard': () => {
    for (const e of log) if (!guards.get(e.type)!(e.data)) failed += 1;
  },
  decodeEvent: () => {
    for (const e of log) decodeEvent(e);
  },
};
console.log(`${log.length} events; load average ${loadavg()[0]!.toFixed(2)}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  const perEvent: Record<string, number> = {};
  for (const [name, run] of Object.entries(ways)) {
    const start = cpuMicros();
    run();
    perEvent[name] = (cpuMicros() - start) / log.length;
  }
  const cells = Object.entries(perEvent).map(([name, us]) => `${name} ${us.toFixed(2)} µs`);
  const ratio = perEvent['zod safeParse']! / perEvent['compiled guard']!;
  console.log(
    `round ${round}${round === 1 ? ' (warm-up)' : ''}: ${cells.join(', ')}; zod ÷ guard ${ratio.toFixed(1)}×`,
  );
}
console.log(
  `payloads refused: ${failed} (the guard passes every event zod passes: expected 0); load average ${loadavg()[0]!.toFixed(2)}`,
);
