import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type Transferable } from 'node:worker_threads';
import type { CaptureThreadData } from './captureWire.ts';

/**
 * Starts `captureThread`: from a bundle (`scripts/build.mjs` writes `captureThread.mjs` beside the
 * CLI's bundle, and the test harness's `compileChild` beside its own), that file; when this module
 * runs as TypeScript, `captureThread.ts` compiled by esbuild once per process. A worker thread does
 * not inherit tsx's loader hooks, and compiling once costs less than loading the capture's modules
 * through tsx in each thread.
 */
export function spawnCaptureThread(data: CaptureThreadData, transferList: readonly Transferable[]): Worker {
  const options = { workerData: data, transferList: [...transferList] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./captureThread.mjs', import.meta.url), options);
  compiled ??= compile(fileURLToPath(new URL('./captureThread.ts', import.meta.url)));
  return new Worker(compiled, { ...options, eval: true });
}

let compiled: string | undefined;

/** `entry` as one CommonJS script whose packages load from the entry's directory (its node_modules). */
function compile(entry: string): string {
  const require = createRequire(import.meta.url);
  const esbuild = require('esbuild') as typeof import('esbuild');
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    keepNames: true,
    sourcemap: 'inline',
    write: false,
    // `libraries.ts` resolves its packages from `import.meta.url`, which CommonJS does not have.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    logLevel: 'warning',
  });
  const code = outputFiles[0]!.text;
  return `((require) => {\n${code}\n})(require('node:module').createRequire(${JSON.stringify(entry)}));`;
}
