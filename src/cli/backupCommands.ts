import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { copyLog } from '../store/copyLog.ts';
import { openStore, parseStoreUrl } from '../store/openStore.ts';
import { backupSqliteStore, openLogFile, type BackupReport } from '../store/sqlite/backupFile.ts';
import { openSqliteEventStore } from '../store/sqlite/SqliteEventStore.ts';
import type { CliCommand, CommandContext } from './context.ts';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'copy the store into a new SQLite file while the server keeps writing (SQLite online backup)',
  usage: `chronicle backup FILE
  Writes a consistent snapshot of the log (and, when they share its file, the read models) to FILE, which must not exist.
  A SQLite store is copied with SQLite's online backup; an EventStoreDB store's log is copied event by event into a SQLite file.
  Restore it with 'chronicle restore FILE' into an empty store.`,
  options: {},
  positionals: ['FILE'],
  async run(ctx, _values, [file]) {
    const target = resolve(ctx.io.cwd, file!);
    const location = parseStoreUrl(ctx.storeUrl);
    let report: BackupReport;
    if (location.kind === 'sqlite') {
      if (location.path === ':memory:') throw ValidationError.at('store', 'an in-memory store has nothing to back up');
      report = await backupSqliteStore(resolve(ctx.io.cwd, location.path), target);
    } else {
      report = await exportLogToSqlite(ctx, target);
    }
    ctx.print(
      report,
      () =>
        `Backed up ${report.events} events (to position ${report.headPosition ?? 'none'}) into ${report.file}: ` +
        `${(report.bytes / 1024 / 1024).toFixed(1)} MiB in ${report.seconds.toFixed(2)} s\n`,
    );
    return 0;
  },
};

/** For stores that are not a SQLite file: the log, copied into a new SQLite store file. */
async function exportLogToSqlite(ctx: CommandContext, target: string): Promise<BackupReport> {
  if (existsSync(target))
    throw ValidationError.at('file', `${target} already exists; choose a new file (a backup never overwrites)`);
  const started = performance.now();
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const source = await openStore(ctx.storeUrl);
  const copy = openSqliteEventStore({ path: partial });
  try {
    await copyLog(source, copy, (n) => ctx.progress(`backing up: ${n} events`));
    ctx.progress('');
  } catch (error) {
    await copy.close();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await source.close();
  }
  const head = await copy.headPosition();
  await copy.close();
  renameSync(partial, target);
  const check = openLogFile(target);
  check.close();
  return {
    file: target,
    events: check.events,
    headPosition: head,
    bytes: statSync(target).size,
    seconds: (performance.now() - started) / 1000,
  };
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'copy a backup into an empty store (or finish an interrupted restore), then rebuild the read models',
  usage: `chronicle restore FILE
  FILE is a backup written by 'chronicle backup' (any Chronicle SQLite store file works). The target store (--store or
  CHRONICLE_STORE) must be empty, or hold the start of the same log from a restore that stopped part-way; anything else is
  refused before a write. Every event keeps its id, stream revision and metadata (who, when, why), so timelines and
  time travel come out as they were.`,
  options: {},
  positionals: ['FILE'],
  async run(ctx, _values, [file]) {
    const source = resolve(ctx.io.cwd, file!);
    const location = parseStoreUrl(ctx.storeUrl);
    if (location.kind === 'sqlite' && resolve(ctx.io.cwd, location.path) === source) {
      throw ValidationError.at('file', 'the backup and the target store are the same file');
    }
    const log = openLogFile(source);
    try {
      const started = performance.now();
      const chronicle = await ctx.chronicle();
      const copied = await copyLog(log, chronicle.store, (n) => ctx.progress(`restoring: ${n}/${log.events} events`));
      const rebuilt = await chronicle.runner.rebuild((n) => ctx.progress(`rebuilding the read models: ${n} events`));
      ctx.progress('');
      const report = {
        file: source,
        ...copied,
        events: log.events,
        rebuilt,
        seconds: (performance.now() - started) / 1000,
      };
      ctx.print(
        report,
        () =>
          `Restored ${log.events} events from ${source} (${copied.copied} copied${copied.kept ? `, ${copied.kept} already there` : ''}) ` +
          `and rebuilt the read models in ${report.seconds.toFixed(2)} s\n`,
      );
      return 0;
    } finally {
      log.close();
    }
  },
};
