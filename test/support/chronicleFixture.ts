import { steppingClock } from '../../src/core/clock.ts';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import { execute } from '../../src/commands/execute.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { demoDossier, metadata } from './demoDossier.ts';
import { createTempDir, type TempDir } from './tempDir.ts';

/** Ids 00000000-0000-4000-8000-000000000001, …002, … : deterministic event ids for tests. */
export function countingIds(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/** A fixed clock for tests: 2022-11-01T09:00:00Z, advancing one second per reading. */
export const testClock = () => steppingClock('2022-11-01T09:00:00.000Z', 1000);

export interface ChronicleFixture {
  readonly chronicle: Chronicle;
  readonly dir: TempDir;
  readonly storeUrl: string;
  close(): Promise<void>;
}

/** A Chronicle on a fresh SQLite file in a temp directory, with a fixed clock and counting ids. */
export async function openTestChronicle(): Promise<ChronicleFixture> {
  const dir = await createTempDir();
  const storeUrl = `sqlite:${dir.file('chronicle.db')}`;
  const chronicle = await openChronicle({
    storeUrl,
    clock: testClock(),
    newId: countingIds(),
    storeOptions: { synchronous: 'normal' },
  });
  return {
    chronicle,
    dir,
    storeUrl,
    async close() {
      await chronicle.close();
      await dir.remove();
    },
  };
}

/** `openTestChronicle` with the demo dossier imported and projected. */
export async function openDemoChronicle(): Promise<ChronicleFixture> {
  const f = await openTestChronicle();
  await importDossier(f.chronicle.write, demoDossier(), { metadata });
  await f.chronicle.runner.catchUp();
  return f;
}

/** Executes a fact command on the fixture's Chronicle as `ana`, then lets the read models catch up. */
export async function executeFact(f: ChronicleFixture, command: CommandOf<'fact'>): Promise<void> {
  await execute(f.chronicle.write, 'fact', (command.data as { factId: string }).factId, command, {
    metadata: { recordedBy: 'ana', reason: 'test' },
  });
  await f.chronicle.runner.catchUp();
}

/** Opens the demo Chronicle before each test of the calling suite and closes it after; returns the current one. */
export function eachDemoChronicle(): () => ChronicleFixture {
  let current: ChronicleFixture | undefined;
  beforeEach(async () => {
    current = await openDemoChronicle();
  });
  afterEach(async () => current?.close());
  return () => current!;
}
