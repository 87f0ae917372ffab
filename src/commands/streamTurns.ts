import { UnavailableError } from '../core/errors.ts';

/**
 * Writes to one stream from this process without an expected revision take turns, in the order
 * they came: a write waits for the ones before it to finish (their appends, not their
 * read-your-writes waits), so concurrent editors of one fact never collide here and none is
 * overtaken again and again. Collisions with other processes remain, and back off with jitter
 * (`execute`).
 */
export class StreamTurns {
  readonly #last = new Map<string, Promise<void>>();

  /** Runs `write` once the writes to `stream` before it are done; gives up waiting when `signal` aborts. */
  async take<T>(stream: string, write: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const before = this.#last.get(stream);
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    const turn = before ? before.then(() => mine) : mine;
    this.#last.set(stream, turn);
    try {
      if (before) await waitOrGiveUp(before, stream, signal);
      return await write();
    } finally {
      done();
      if (this.#last.get(stream) === turn) this.#last.delete(stream);
    }
  }
}

function waitOrGiveUp(turn: Promise<void>, stream: string, signal?: AbortSignal): Promise<void> {
  if (!signal) return turn;
  const late = () =>
    new UnavailableError(
      `the writes to ${stream} before this one did not finish within the request's deadline; nothing was written, it is safe to retry`,
      'not-recorded',
    );
  if (signal.aborted) return Promise.reject(late());
  return new Promise((resolve, reject) => {
    const give = () => reject(late());
    signal.addEventListener('abort', give, { once: true });
    void turn.then(() => {
      signal.removeEventListener('abort', give);
      resolve();
    });
  });
}
