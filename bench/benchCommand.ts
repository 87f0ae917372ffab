/**
 * The command line a report states: `npm run SCRIPT -- ARGS` when run through one of `scripts`
 * (npm sets `npm_lifecycle_event`), else `node bench/run.mjs NAME ARGS` (the launcher, `run.mjs`).
 */
export function benchCommand(name: string, scripts: readonly string[], argv: readonly string[]): string {
  const script = process.env.npm_lifecycle_event;
  if (script !== undefined && scripts.includes(script)) {
    const rest = script.endsWith(':quick') ? argv.filter((a) => a !== '--quick') : argv;
    return `npm run ${script}${rest.length ? ` -- ${rest.join(' ')}` : ''}`;
  }
  return `node bench/run.mjs ${name} ${argv.join(' ')}`.trim();
}

/** A positive integer option (underscores allowed: `100_000`). */
export function positive(value: string | undefined, name: string, fallback: number, usage: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed <= 0)
    throw new Error(`--${name} expects a positive integer, got ${JSON.stringify(value)}\n${usage}`);
  return parsed;
}
