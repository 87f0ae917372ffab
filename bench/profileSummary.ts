import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Prints the top self-time functions of a `.cpuprofile` (from `--profile DIR` or `node --cpu-prof`):
 * `node bench/run.mjs profileSummary FILE [TOP]`; then, for a page's profile, the time by script:
 * a sample whose stack holds a script under `vendor/` goes to that library (with the layout and
 * style work its calls force), one with any other script to the page's own scripts, the rest to
 * what V8 calls it (`(program)`: the renderer's own work, such as layout, style and paint
 * outside any script; `(garbage collector)`; `(idle)`).
 */
export interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Time (µs) by the script a sample ran under: see the file's comment. */
function byScript(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const spent = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let where = byId.get(id)!.callFrame.functionName;
    if (!where.startsWith('(')) {
      where = '(native, no script on the stack)';
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const url = byId.get(at)!.callFrame.url;
        if (/\/vendor\/([^/]+)\//.test(url)) where = `vendor: ${/\/vendor\/([^/]+)\//.exec(url)![1]}`;
        else if (url && !where.startsWith('vendor')) where = "the page's own scripts";
      }
    }
    spent.set(where, (spent.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return spent;
}

function main(): void {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) throw new Error('usage: profileSummary.ts FILE.cpuprofile [TOP]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url
      ? `${relative(process.cwd(), frame.url.replace(/^file:\/\//, ''))}:${frame.lineNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    const us = profile.timeDeltas[i] ?? 0;
    self.set(key, (self.get(key) ?? 0) + us);
    total += us;
  });
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top));
  process.stdout.write(`${file}: ${(total / 1e6).toFixed(2)} s sampled\n`);
  for (const [key, us] of rows)
    process.stdout.write(
      `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1e3).toFixed(0).padStart(7)} ms  ${key}\n`,
    );
  process.stdout.write('by script:\n');
  for (const [key, us] of [...byScript(profile)].sort((a, b) => b[1] - a[1]))
    process.stdout.write(`${(us / 1e3).toFixed(0).padStart(8)} ms  ${key}\n`);
}

main();
