import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { openChronicle } from '../../src/main.ts';
import { answerCalls } from '../../test/support/childProcess/child.ts';
import { cpuMsSoFar, sendReady } from '../http/childProtocol.ts';

/**
 * Child process: one Chronicle server as `chronicle serve` runs it on EventStoreDB — the store URL
 * is the first argument, the read models a SQLite file of its own in a temp directory —
 * `startServer` on a free loopback port, no tokens, logger at level 'silent'.
 */
async function main(): Promise<void> {
  const storeUrl = process.argv[2];
  if (!storeUrl) throw new Error('usage: nodeChild.ts STORE-URL');
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-scaleout-bench-'));
  const chronicle = await openChronicle({ storeUrl, readModelsUrl: `sqlite:${join(dir, 'readmodels.db')}` });
  const server = await startServer({
    chronicle,
    logger: pino({ level: 'silent' }),
    tokens: parseTokens('', 'bench'),
    host: '127.0.0.1',
    port: 0,
  });
  answerCalls({
    stats: async () => ({
      feedClients: server.feed.size,
      written: chronicle.readModels().checkpoint().seq,
      cpuMs: cpuMsSoFar(),
      rssMiB: process.memoryUsage().rss / 2 ** 20,
    }),
    stop: async () => {
      await server.close();
      await chronicle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
  sendReady(server.url, {
    store: 'the EventStoreDB stand-in (test/support/esdbStandIn), shared by every server',
    readModels: 'a SQLite file of its own in a temp directory',
    logger: "pino at level 'silent'",
    auth: 'no tokens (loopback)',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `scale-out node child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
