import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { CpuProfile, ProfileNode } from '../profileSummary.ts';

/** Self time of a `.cpuprofile`, by area (package, repository file, V8 category) and by function. */
export interface ProfileDigest {
  readonly name: string;
  readonly sampledMs: number;
  readonly idleMs: number;
  /** Self time in better-sqlite3's native statement calls (`run`, `all`, `get`, `iterate`, `exec`). */
  readonly sqliteMs: number;
  /** Garbage collection. */
  readonly gcMs: number;
  readonly areas: readonly { readonly area: string; readonly ms: number }[];
  readonly functions: readonly { readonly fn: string; readonly ms: number }[];
}

/** `node_modules/zod/…` → `zod`; a repository file → its path; native code → `native <function>`. */
function areaOf(frame: ProfileNode['callFrame']): string {
  const url = frame.url.replace(/^file:\/\//, '');
  if (!url)
    return frame.functionName.startsWith('(') ? frame.functionName : `native ${frame.functionName || '(anonymous)'}`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node internals';
  return relative(process.cwd(), url);
}

export function digestProfile(path: string, name: string, top = 12): ProfileDigest {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // The in-process profiler's own calls (`session.post` → `dispatch`: starting and stopping the
  // profiler) are left out: they are not Chronicle's.
  const profilerOwn = new Set<number>();
  const mark = (id: number) => {
    profilerOwn.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of profile.nodes)
    if (node.callFrame.functionName === 'post' && node.callFrame.url === 'node:inspector') mark(node.id);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame || profilerOwn.has(id)) return;
    const us = profile.timeDeltas[i] ?? 0;
    total += us;
    if (frame.functionName === '(idle)') {
      idle += us;
      return;
    }
    const area = areaOf(frame);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'}${frame.url ? ` (${area}:${frame.lineNumber + 1})` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  const sqlite = ['run', 'all', 'get', 'iterate', 'exec'].reduce(
    (sum, fn) => sum + (areas.get(`native ${fn}`) ?? 0),
    0,
  );
  return {
    name,
    sampledMs: total / 1000,
    idleMs: idle / 1000,
    sqliteMs: sqlite / 1000,
    gcMs: (areas.get('(garbage collector)') ?? 0) / 1000,
    areas: sorted(areas).map(([area, us]) => ({ area, ms: us / 1000 })),
    functions: sorted(functions).map(([fn, us]) => ({ fn, ms: us / 1000 })),
  };
}
