// Compiles the CLI (and everything it imports from src/ and projections/) into one ES module,
// bin/.build/chronicle.mjs, which bin/chronicle runs while it is newer than every source file, and
// the server's capture thread into bin/.build/captureThread.mjs beside it.
// Loading ~300 TypeScript modules through tsx's loader hooks costs over a second of CPU at each
// start; the compiled module loads in a fraction of that. Packages stay in node_modules.
// Runs on `npm install` / `npm ci` (the `prepare` script) and with `npm run build`.
import { renameSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const esbuild = require('esbuild');
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}bin/.build`;
const outfile = `${outDir}/chronicle.mjs`;
const partial = `${outfile}.partial`;

const settings = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  keepNames: true, // error names and logs read as in the sources
  logLevel: 'warning',
};

mkdirSync(outDir, { recursive: true });
// The capture thread, which the server in the CLI's bundle starts from beside itself; written
// first, so a fresh CLI bundle always has it.
const thread = `${outDir}/captureThread.mjs`;
await esbuild.build({
  ...settings,
  entryPoints: [`${root}src/capture/captureThread.ts`],
  outfile: `${thread}.partial`,
});
renameSync(`${thread}.partial`, thread);
await esbuild.build({ ...settings, entryPoints: [`${root}src/cli/runCli.ts`], outfile: partial });
// Renamed into place whole, so bin/chronicle never loads a half-written module.
renameSync(partial, outfile);
