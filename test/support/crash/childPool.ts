import { fileURLToPath } from 'node:url';
import { Child, compileChild } from '../childProcess/parent.ts';
import { isProgress, type ChildReport, type CrashJob } from './protocol.ts';

/** The crash test's child; children run it through tsx, or compiled by `compileCrashChild`. */
export const CRASH_CHILD = fileURLToPath(new URL('./crashChild.ts', import.meta.url));

/**
 * Compiles the child (see `compileChild`): through `--import tsx` a child spends about 1.3 s of
 * CPU loading its ~300 modules, compiled a fraction of that, and the test starts dozens.
 */
export const compileCrashChild = (): Promise<string> => compileChild(CRASH_CHILD, `crash-child-${process.pid}`);

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
 * A child process (`crashChild.ts`, or its compiled module), started ahead of time: it loads its
 * modules while the parent is still checking the previous round, then waits for its job.
 */
export class WarmChild {
  private readonly child: Child<ChildReport>;
  readonly ready: Promise<void>;

  constructor(module: string) {
    this.child = new Child<ChildReport>({ module });
    this.ready = this.child.next('ready').then(() => undefined);
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
    this.child.onMessage((report) => {
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
    this.child.send(job);
    this.child.endInput();
    const { code, signal } = await this.child.exited.finally(() => clearTimeout(watchdog));
    if (stuck)
      throw new Error(`the child was stuck for ${STUCK_MS} ms on ${JSON.stringify(job)}:\n${this.child.stderr}`);
    const killed = killSent && signal === 'SIGKILL';
    if (!killed && code !== 0) {
      throw new Error(`the child failed (${code ?? signal}) on ${JSON.stringify(job)}:\n${this.child.stderr}`);
    }
    const reports = this.child.messages;
    const opened = reports.find((r) => r.type === 'opened');
    return {
      reports: [...reports],
      progress,
      killed,
      finished: reports.some((r) => r.type === 'done'),
      lastProgress,
      synchronous: opened?.type === 'opened' ? opened.synchronous : undefined,
    };
  }

  /** Lets an unused child go: with stdin closed and no job, it exits by itself. */
  async dispose(): Promise<void> {
    this.child.endInput();
    await this.child.exited.catch(() => {});
  }
}

/** Keeps one child loaded ahead of time, so spawning overlaps the parent's checks. */
export class ChildPool {
  private spare: WarmChild | undefined;

  constructor(private readonly module: string) {}

  /** A loaded (or loading) child; the next one starts loading at once. */
  take(): WarmChild {
    const child = this.spare ?? new WarmChild(this.module);
    this.spare = new WarmChild(this.module);
    return child;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    await spare?.dispose();
  }
}
