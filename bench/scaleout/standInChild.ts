import { answerCalls, say } from '../../test/support/childProcess/child.ts';
import { EsdbStandIn } from '../../test/support/esdbStandIn/EsdbStandIn.ts';
import { cpuMsSoFar } from '../http/childProtocol.ts';

/**
 * Child process: the EventStoreDB stand-in of the tests (an in-process gRPC server over an
 * in-memory log) on a free loopback port, in a process of its own so it never shares a thread with
 * the Chronicle servers or the subscribers. Says `ready` with its connection string.
 */
async function main(): Promise<void> {
  const standIn = await EsdbStandIn.start();
  answerCalls({
    stats: async () => ({ cpuMs: cpuMsSoFar() }),
    stop: () => standIn.stop(),
  });
  say({ type: 'ready', url: standIn.connectionString, settings: {} });
}

main().catch((error: unknown) => {
  process.stderr.write(`stand-in child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
