// Runs one benchmark: `node [NODE-OPTIONS] bench/run.mjs NAME [ARGS…]` runs bench/NAME.ts through
// tsx in a child node with the same options, from the repository root (so `npm run bench:…`
// scripts are one line each). The first time, and whenever bench/package-lock.json is newer than
// the install, it installs the bench package's own dependencies first (`npm ci --prefix bench`:
// Emmett, sqlite3, autocannon; see bench/README.md), so the product's `npm install` never fetches
// or compiles them. `bench/run.mjs typecheck` type-checks the benchmarks (bench/tsconfig.json)
// after the same install.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const [name, ...args] = process.argv.slice(2);

/** Runs a command with this process's stdio from the repository root; exits as it did unless it succeeded. */
function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.signal) process.kill(process.pid, result.signal);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** npm writes node_modules/.package-lock.json at the end of an install: older than the lock means stale. */
function installed() {
  const done = `${benchDir}node_modules/.package-lock.json`;
  return existsSync(done) && statSync(done).mtimeMs >= statSync(`${benchDir}package-lock.json`).mtimeMs;
}

const benchmarks = () =>
  readdirSync(benchDir)
    .filter((f) => f.endsWith('Bench.ts'))
    .map((f) => f.slice(0, -'.ts'.length));

const file = name === undefined ? undefined : `${benchDir}${name.replace(/\.ts$/, '')}.ts`;
if (name !== 'typecheck' && (file === undefined || !existsSync(file))) {
  process.stderr.write(
    `usage: node bench/run.mjs NAME [ARGS…] | typecheck\n` +
      `${name === undefined ? '' : `no benchmark bench/${name}.ts; `}benchmarks: ${benchmarks().join(', ')}\n`,
  );
  process.exit(2);
}
if (!installed()) {
  process.stderr.write('bench: installing the benchmarks’ own dependencies (npm ci --prefix bench) …\n');
  run('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund']);
}
if (name === 'typecheck') {
  const tsc = createRequire(`${root}package.json`).resolve('typescript/bin/tsc');
  run(process.execPath, [tsc, '--noEmit', '-p', 'bench']);
} else {
  run(process.execPath, [...process.execArgv, '--import', 'tsx', file, ...args]);
}
