import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import type { WriteDeps } from '../../src/commands/execute.ts';
import type { EventStore } from '../../src/store/port.ts';
import { generateDossier } from './generators/generateDossier.ts';
import { openTestChronicle, type ChronicleFixture } from './chronicleFixture.ts';
import { dumpReadModels, type ReadModelDump } from './readModelDump.ts';

/**
 * Imports a generated dossier of about 3,000 events, then the same dossier again with edits: dates
 * revised, actors unlinked, topics tagged, relations asserted, facts retracted and an actor merged
 * into another. A log with every kind of change a read model must follow. Each import runs through
 * `around` (given the import to run on a store), which runs it as it is by default.
 */
export async function importEditedDossier(
  write: WriteDeps,
  around: (run: (store: EventStore) => Promise<unknown>) => Promise<unknown> = (run) => run(write.store),
): Promise<void> {
  const { dossier } = generateDossier({ targetEvents: 3000, seed: 11 });
  const metadata = (recordedBy: string, reason: string) => ({ metadata: { recordedBy, reason } });
  await around((store) => importDossier({ ...write, store }, dossier, metadata('ana', 'first')));
  dossier.facts.forEach((fact, i) => {
    if (i % 7 === 0) fact.when = '2021-06-15';
    if (i % 11 === 0 && (fact.actors?.length ?? 0) > 1) fact.actors = fact.actors!.slice(1);
    if (i % 13 === 0) fact.topics = [...new Set([...(fact.topics ?? []), dossier.topics[0]!.id])];
    if (i % 17 === 0 && i > 0) fact.relations = [{ type: 'after', fact: dossier.facts[i - 1]!.id, offset: 'P3D' }];
    if (i % 23 === 0) fact.retracted = true;
  });
  dossier.actors[2]!.mergedInto = dossier.actors[1]!.id;
  await around((store) => importDossier({ ...write, store }, dossier, metadata('bo', 'second')));
}

/** A test Chronicle holding the edited dossier (its runner stopped), and the read models its live projection wrote. */
export async function chronicleWithEditedDossier(): Promise<{ f: ChronicleFixture; live: ReadModelDump }> {
  const f = await openTestChronicle();
  await f.chronicle.runner.start();
  await importEditedDossier(f.chronicle.write);
  await f.chronicle.runner.catchUp();
  await f.chronicle.runner.stop();
  return { f, live: dumpReadModels(f.chronicle.readModels().db) };
}
