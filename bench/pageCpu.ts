import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

/**
 * CPU time spent by processes, read from Linux's /proc: what a browser's renderers, its GPU
 * process and a server child used over a stretch of wall time, whatever the machine's load.
 */

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of `pid` in ms, or 0 when it is gone. */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** The descendants of `root` (children, their children, …). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** CPU ms of this process's descendants but `except`, by Chromium process type (`--type=…`; `browser` for the rest). */
export function childrenCpuMs(except: readonly number[]): Record<string, number> {
  const byType: Record<string, number> = {};
  for (const pid of descendants(process.pid)) {
    if (except.includes(pid)) continue;
    let type = 'browser';
    try {
      type = /--type=([a-z-]+)/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))?.[1] ?? 'browser';
    } catch {
      continue;
    }
    byType[type] = (byType[type] ?? 0) + processCpuMs(pid);
  }
  return byType;
}

/**
 * A page's main-thread time so far, in ms, from `Performance.getMetrics` (`Performance.enable`
 * first): all its tasks (TaskDuration), and within them script (ScriptDuration), layout
 * (LayoutDuration) and style recalculation (RecalcStyleDuration). The rest of a task is mostly
 * parsing, painting and the browser's own work on the thread.
 */
export interface PageTimes {
  readonly task: number;
  readonly script: number;
  readonly layout: number;
  readonly style: number;
}

export async function pageTimesMs(cdp: CDPSession): Promise<PageTimes> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    task: ms('TaskDuration'),
    script: ms('ScriptDuration'),
    layout: ms('LayoutDuration'),
    style: ms('RecalcStyleDuration'),
  };
}
