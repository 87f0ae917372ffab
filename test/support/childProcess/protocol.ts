/**
 * What a parent and its child process say to each other (see `parent.ts` and `child.ts`): JSON
 * objects, one per line. The child writes its messages to file descriptor `MESSAGE_FD`, the parent
 * writes to the child's stdin. Messages from the child have a `type`; `ready` is the first of them,
 * once the child has loaded. Calls are a request and its reply, matched by `id`.
 */

/** The child's end of the pipe its messages go through (0–2 are its stdin, stdout and stderr). */
export const MESSAGE_FD = 3;

/** A message from the child. */
export interface ChildMessage {
  readonly type: string;
}

/** Parent → child: run `op` (with `arg`) and reply. */
export interface CallMessage {
  readonly type: 'call';
  readonly id: number;
  readonly op: string;
  readonly arg?: string;
}

/** Child → parent: the outcome of call `id`, its result or its error's message. */
export interface ReplyMessage {
  readonly type: 'reply';
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}
