import { fileURLToPath } from 'node:url';
import { say } from '../../test/support/childProcess/child.ts';
import { Child } from '../../test/support/childProcess/parent.ts';

/**
 * The HTTP benchmark runs each server in its own child process (through tsx, by the harness of
 * `test/support/childProcess/`), so the load generator and the subscribers never share the
 * server's thread. The child says `ready` with its URL and settings, then answers calls (`stats`,
 * `profile-start`, `profile-stop`, `stop`: `answerCalls`).
 */
export type ServerKind = 'chronicle' | 'bare';

export interface ReadyMessage {
  readonly type: 'ready';
  readonly url: string;
  /** What the report states about the server (synchronous, logger, …). */
  readonly settings: Readonly<Record<string, string>>;
}
/** What the parent asks a server child. */
type ServerCall = 'stats' | 'profile-start' | 'profile-stop' | 'stop';
export interface ServerStats {
  /** Open live-feed streams. */
  readonly feedClients: number;
  /** Facts the server accepted since it started (bare) or events in its log (Chronicle). */
  readonly written: number;
  /** CPU time the server process has used so far (user + system, all threads), ms. */
  readonly cpuMs: number;
  /**
   * The main thread's event loop so far (`performance.eventLoopUtilization()`): ms busy and idle.
   * Absent from servers of trees that did not report it.
   */
  readonly eventLoop?: { readonly activeMs: number; readonly idleMs: number };
  /** Chronicle: the store's group commits so far (`onCommit`), and the events they wrote. */
  readonly commits?: { readonly count: number; readonly events: number };
}

/** This process's CPU time so far, ms. */
export function cpuMsSoFar(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/** This thread's event loop so far: ms busy and idle. */
export function eventLoopSoFar(): { activeMs: number; idleMs: number } {
  const { active, idle } = performance.eventLoopUtilization();
  return { activeMs: active, idleMs: idle };
}

const ENTRY: Readonly<Record<ServerKind, string>> = {
  chronicle: fileURLToPath(new URL('./chronicleServer.ts', import.meta.url)),
  bare: fileURLToPath(new URL('./bareServer.ts', import.meta.url)),
};

export interface ServerChild {
  readonly kind: ServerKind;
  /** `chronicle`, `chronicle-normal` (the store at synchronous=NORMAL) or `bare`. */
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  readonly settings: Readonly<Record<string, string>>;
  call<T = unknown>(op: ServerCall, arg?: string): Promise<T>;
  /** Asks the child to close its server and store and exit; kills it if it does not within 20 s. */
  stop(): Promise<void>;
}

/** Starts one server child and resolves once it listens. */
export async function forkServer(
  kind: ServerKind,
  options: { profileDir?: string; synchronous?: 'normal' } = {},
): Promise<ServerChild> {
  const args = [
    ...(options.profileDir ? ['--profile', options.profileDir] : []),
    ...(options.synchronous ? ['--synchronous', options.synchronous] : []),
  ];
  const child = new Child<ReadyMessage>({ module: ENTRY[kind], args, stdout: 'inherit', showStderr: true });
  const ready = await child.next('ready');
  return {
    kind,
    name: options.synchronous ? `${kind}-${options.synchronous}` : kind,
    url: ready.url,
    pid: child.pid,
    settings: ready.settings,
    call: (op, arg) => child.call(op, arg),
    stop: () => child.stop(),
  };
}

export function sendReady(url: string, settings: Record<string, string>): void {
  say({ type: 'ready', url, settings } satisfies ReadyMessage);
}
