import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { seedDemo } from '../../src/cli/serveCommand.ts';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { openChronicle } from '../../src/main.ts';
import { connectionsOf } from '../chronicleHandles.ts';
import { pragmasOf, synchronousName } from '../rawSqlite.ts';
import { childProfiler } from './childProfiler.ts';
import { answerCalls } from '../../test/support/childProcess/child.ts';
import { cpuMsSoFar, eventLoopSoFar, sendReady, type ServerStats } from './childProtocol.ts';

/**
 * Child process: Chronicle's real server as `chronicle serve` runs it — `openChronicle` on a fresh
 * temp SQLite store with the default settings (synchronous=FULL), seeded with the demo dossier,
 * `startServer` on a free loopback port, no tokens, logger at level 'silent'.
 * `--synchronous normal` opens the store with `?synchronous=normal` instead (a diagnostic side).
 */
async function main(): Promise<void> {
  const at = process.argv.indexOf('--synchronous');
  const synchronous = at >= 0 ? process.argv[at + 1] : undefined;
  if (synchronous !== undefined && synchronous !== 'normal')
    throw new Error(`--synchronous expects normal, got ${synchronous}`);
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-http-bench-'));
  const chronicle = await openChronicle({
    storeUrl: `sqlite:${join(dir, 'chronicle.db')}${synchronous ? `?synchronous=${synchronous}` : ''}`,
  });
  if (!(await seedDemo(chronicle))) throw new Error('the temp store was not empty');
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'bench'),
    host: '127.0.0.1',
    port: 0,
  });
  const commits = { count: 0, events: 0 };
  chronicle.store.onCommit?.((commit) => {
    commits.count += 1;
    commits.events += commit.events.length;
  });
  const profiler = childProfiler(process.argv);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await profiler.stop();
      await server.close();
      await chronicle.close();
      rmSync(dir, { recursive: true, force: true });
    })());
  answerCalls({
    stats: async (): Promise<ServerStats> => ({
      feedClients: server.feed.size,
      written: connectionsOf(chronicle).store.prepare('SELECT count(*) FROM events').pluck().get() as number,
      cpuMs: cpuMsSoFar(),
      eventLoop: eventLoopSoFar(),
      commits: { ...commits },
    }),
    'profile-start': async (name) => profiler.start(name ?? 'chronicle'),
    'profile-stop': async () => profiler.stop(),
    stop,
  });
  const { store, readModels } = connectionsOf(chronicle);
  const storePragmas = pragmasOf(store);
  const rmPragmas = pragmasOf(readModels);
  sendReady(server.url, {
    store: `SQLite in a temp directory, journal_mode=${storePragmas.journal_mode}, synchronous=${synchronousName(storePragmas.synchronous)}${synchronous ? '' : ' (the default)'}`,
    readModels: `same file, own connection: synchronous=${synchronousName(rmPragmas.synchronous)}`,
    seeded: 'the demo dossier (examples/nuctech-border-scanners.json)',
    logger: "pino at level 'silent'",
    auth: 'no tokens (loopback)',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `chronicle server child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
