import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { request, type Agent } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { resolve } from 'node:path';

/** Milliseconds since an arbitrary origin, sub-millisecond resolution. */
export const now = (): number => performance.now();

/** Runs `fn` once and returns its result and how long it took in ms. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = now();
  const result = await fn();
  return { ms: now() - start, result };
}

/** Adds up the time spent inside `run` over many calls (and nothing spent between them). */
export class Stopwatch {
  ms = 0;
  /** The process's CPU time (user and system) over the same spans, in ms. */
  cpuMs = 0;

  run<T>(fn: () => T): T {
    const start = now();
    const cpu = process.cpuUsage();
    try {
      return fn();
    } finally {
      this.ms += now() - start;
      const spent = process.cpuUsage(cpu);
      this.cpuMs += (spent.user + spent.system) / 1000;
    }
  }
}

export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  /** Total ms of all samples. */
  readonly total: number;
}

/** Nearest-rank percentile of ascending `sorted` samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.length ? total / sorted.length : Number.NaN,
    total,
  };
}

/** The median of `values` (the mean of the middle two of an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * One `GET` through `agent` (give it `keepAlive: true, maxSockets: 1` for sequential requests on one
 * connection), the whole body read; `ms` from sending the request to the body's last byte.
 */
export function httpGet(agent: Agent, url: string): Promise<{ status: number; body: Buffer; ms: number }> {
  return new Promise((resolve, reject) => {
    const start = now();
    const req = request(url, { agent, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), ms: now() - start }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Per second, from a count and the ms it took. */
export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : Number.NaN);

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly os: string;
  readonly node: string;
  readonly sqlite: string;
  readonly betterSqlite3: string;
  readonly tmpDir: string;
  /** The file system the temp directory is on, from /proc/mounts (Linux), e.g. `ext4 on /dev/vda`. */
  readonly tmpFs: string;
}

export function machineInfo(tmpDir: string): MachineInfo {
  const cpus = os.cpus();
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    sqlite,
    betterSqlite3: packageVersion('better-sqlite3'),
    tmpDir,
    tmpFs: fileSystemOf(tmpDir),
  };
}

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve(name);
    const root = main.slice(0, main.lastIndexOf(`node_modules/${name}`) + `node_modules/${name}`.length);
    return (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function fileSystemOf(path: string): string {
  try {
    const target = resolve(path);
    let best: { mount: string; text: string } | undefined;
    for (const line of readFileSync('/proc/mounts', 'utf8').split('\n')) {
      const [device, mount, type] = line.split(' ');
      if (!device || !mount || !type) continue;
      const inside = target === mount || target.startsWith(mount.endsWith('/') ? mount : `${mount}/`);
      if (inside && (!best || mount.length > best.mount.length))
        best = { mount, text: `${type} on ${device} (mounted at ${mount})` };
    }
    return best?.text ?? 'unknown';
  } catch {
    return 'unknown (no /proc/mounts)';
  }
}
