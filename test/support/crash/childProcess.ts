import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CHILD_SCRIPT } from './childBundle.ts';
import { isProgress, type ChildReport, type CrashJob } from './protocol.ts';

/**
 * How a child is started: `node --import tsx test/support/crash/crashChild.ts`, or `node <bundle>`
 * where the bundle is the same child compiled ahead of time (see `bundleChild`). Either way from
 * the repository root.
 */
export type ChildCommand = { readonly kind: 'tsx' } | { readonly kind: 'bundle'; readonly path: string };

const argsOf = (command: ChildCommand): string[] =>
  command.kind === 'tsx' ? ['--import', 'tsx', CHILD_SCRIPT] : [command.path];

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** A child that neither finishes nor dies this long after its job is given is stuck: fail, do not wait on. */
const STUCK_MS = 60_000;

export interface ChildOutcome {
  /** Every report, in order (including those written just before the kill arrived). */
  readonly reports: readonly ChildReport[];
  /** The progress reports among them. */
  readonly progress: number;
  /** The parent sent SIGKILL and the child died of it. */
  readonly killed: boolean;
  /** The child said `done`: its work was complete (a kill after that did not land mid-work). */
  readonly finished: boolean;
  /** The last progress report before the child stopped. */
  readonly lastProgress: ChildReport | undefined;
  /** `PRAGMA synchronous` of the store the child opened. */
  readonly synchronous: number | undefined;
}

/**
 * A child process (`crashChild.ts`), started ahead of time: it loads its modules while the parent
 * is still checking the previous round, then waits for its job on stdin.
 */
export class WarmChild {
  private readonly child: ChildProcess;
  private readonly reports: ChildReport[] = [];
  private stderr = '';
  private buffered = '';
  private readonly onReport: ((report: ChildReport) => void)[] = [];
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly ready: Promise<void>;

  constructor(command: ChildCommand) {
    this.child = spawn(process.execPath, argsOf(command), { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8');
    this.child.stderr!.setEncoding('utf8');
    this.child.stderr!.on('data', (chunk: string) => (this.stderr += chunk));
    this.child.stdout!.on('data', (chunk: string) => {
      this.buffered += chunk;
      for (let end = this.buffered.indexOf('\n'); end >= 0; end = this.buffered.indexOf('\n')) {
        const report = JSON.parse(this.buffered.slice(0, end)) as ChildReport;
        this.buffered = this.buffered.slice(end + 1);
        this.reports.push(report);
        for (const listener of this.onReport) listener(report);
      }
    });
    // A broken pipe to a child that died is expected; the exit status says what happened.
    this.child.stdin!.on('error', () => {});
    this.exited = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('close', (code, signal) => resolve({ code, signal }));
    });
    this.ready = new Promise<void>((resolve, reject) => {
      this.onReport.push((report) => report.t === 'ready' && resolve());
      void this.exited.then(
        ({ code, signal }) =>
          reject(new Error(`the child exited (${code ?? signal}) before it was ready:\n${this.stderr}`)),
        reject,
      );
    });
    // Handled where it is awaited; this keeps an early exit from being an unhandled rejection meanwhile.
    this.ready.catch(() => {});
  }

  /**
   * Gives the child its job and, when `killAfter` is set, kills it with SIGKILL on its
   * `killAfter`-th progress report. Resolves once the child has exited.
   */
  async run(job: CrashJob, killAfter: number | undefined): Promise<ChildOutcome> {
    await this.ready;
    let progress = 0;
    let killSent = false;
    let lastProgress: ChildReport | undefined;
    this.onReport.push((report) => {
      if (!isProgress(report)) return;
      progress += 1;
      lastProgress = report;
      if (progress === killAfter && !killSent) {
        killSent = true;
        this.child.kill('SIGKILL');
      }
    });
    let stuck = false;
    const watchdog = setTimeout(() => {
      stuck = true;
      this.child.kill('SIGKILL');
    }, STUCK_MS);
    this.child.stdin!.end(`${JSON.stringify(job)}\n`);
    const { code, signal } = await this.exited.finally(() => clearTimeout(watchdog));
    if (stuck) throw new Error(`the child was stuck for ${STUCK_MS} ms on ${JSON.stringify(job)}:\n${this.stderr}`);
    const killed = killSent && signal === 'SIGKILL';
    if (!killed && code !== 0) {
      throw new Error(`the child failed (${code ?? signal}) on ${JSON.stringify(job)}:\n${this.stderr}`);
    }
    const opened = this.reports.find((r) => r.t === 'opened');
    return {
      reports: [...this.reports],
      progress,
      killed,
      finished: this.reports.some((r) => r.t === 'done'),
      lastProgress,
      synchronous: opened?.t === 'opened' ? opened.synchronous : undefined,
    };
  }

  /** Lets an unused child go: with stdin closed and no job, it exits by itself. */
  async dispose(): Promise<void> {
    this.child.stdin!.end();
    await this.exited.catch(() => {});
  }
}

/** Keeps one child loaded ahead of time, so spawning overlaps the parent's checks. */
export class ChildPool {
  private spare: WarmChild | undefined;

  constructor(private readonly command: ChildCommand) {}

  /** A loaded (or loading) child; the next one starts loading at once. */
  take(): WarmChild {
    const child = this.spare ?? new WarmChild(this.command);
    this.spare = new WarmChild(this.command);
    return child;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    await spare?.dispose();
  }
}
