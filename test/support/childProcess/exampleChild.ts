/**
 * A child for the harness's own test (`childProcess.test.ts`): says `ready` with its arguments,
 * then answers `echo` and `fail`, and says `stopping` when it stops. With the argument `die` it
 * writes a line on stderr and exits with status 3 before it is ready.
 */
import { answerCalls, say } from './child.ts';

if (process.argv[2] === 'die') {
  process.stderr.write('cannot start: no such store\n');
  process.exit(3);
}
say({ type: 'ready', args: process.argv.slice(2) });
answerCalls({
  echo: async (arg) => `echo ${arg}`,
  fail: async (arg) => {
    throw new Error(`no ${arg} here`);
  },
  stop: async () => say({ type: 'stopping' }),
});
