import { runCli } from '../../src/cli/runCli.ts';
import { countingIds, testClock } from './chronicleFixture.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process against `storeUrl`, with a fixed clock and counting ids. */
export async function cli(storeUrl: string, cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { CHRONICLE_STORE: storeUrl, CHRONICLE_USER: 'test-editor' },
    isTTY: false,
    cwd,
    clock: testClock(),
    newId: countingIds(),
  });
  return { code, stdout, stderr };
}
