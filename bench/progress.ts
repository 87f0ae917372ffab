/** Progress lines on stderr, at most one every `everyMs` per label (the report goes to stdout and the file). */
export type Log = (message: string) => void;

export function stderrLog(started = performance.now()): Log {
  return (message) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

/** A throttled progress callback: reports `done/total` to `log` at most once every `everyMs`. */
export function throttled(log: Log, label: string, everyMs = 2000): (done: number, total?: number) => void {
  let last = 0;
  return (done, total) => {
    const t = performance.now();
    if (t - last < everyMs) return;
    last = t;
    log(`${label}: ${done.toLocaleString('en-US')}${total === undefined ? '' : `/${total.toLocaleString('en-US')}`}`);
  };
}
