import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Esbuild from 'esbuild';

export const CHILD_SCRIPT = fileURLToPath(new URL('./crashChild.ts', import.meta.url));

/**
 * Compiles the child (`crashChild.ts` and everything it imports) into one ES module with esbuild —
 * the transformer tsx itself runs, taken from tsx's own dependencies — so each child starts in a
 * fraction of the time: through `--import tsx`, a child spends about 1.3 s of CPU loading its ~300
 * modules (tsx's loader hooks see each of them), bundled about 0.3 s, and the test starts dozens.
 * The code is the same sources; better-sqlite3 (native) stays outside, imported from its package.
 */
export async function bundleChild(outfile: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as typeof Esbuild;
  const betterSqlite = require.resolve('better-sqlite3');
  await esbuild.build({
    entryPoints: [CHILD_SCRIPT],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [
      {
        name: 'native-modules-stay-outside',
        setup(build) {
          build.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite, external: true }));
        },
      },
    ],
  });
}
