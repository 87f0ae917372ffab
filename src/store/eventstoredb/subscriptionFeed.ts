import type { AllStreamResolvedEvent, AllStreamSubscription, Position } from '@eventstore/db-client';
import { UnavailableError } from '../../core/errors.ts';

export type FeedItem =
  | { readonly kind: 'event'; readonly event: AllStreamResolvedEvent }
  | { readonly kind: 'checkpoint'; readonly position: Position }
  | { readonly kind: 'caughtUp' };

/**
 * Puts what one client subscription reports back in the order the server sent it.
 *
 * The 6.x client delivers events as stream data, but `caughtUp` as an event emitted and
 * checkpoints through a callback, both at the moment the server's message is *parsed* — while
 * events parsed before them may still sit in the stream's buffer. Taken at face value a
 * checkpoint could pass an event not yet applied (and a restart would then skip it), or
 * `onCaughtUp` could come before the last events of the history. So each marker records how many
 * events the server had sent before it (those handed over plus those still buffered), and is
 * released only once that many events have been taken.
 *
 * Back-pressure: past `limit` waiting events the client stream is paused, so a slow handler
 * holds the server back instead of filling memory.
 */
export class SubscriptionFeed {
  readonly #limit: number;
  readonly #events: AllStreamResolvedEvent[] = [];
  readonly #markers: { readonly after: number; readonly item: FeedItem }[] = [];
  #subscription: AllStreamSubscription | undefined;
  /** Events moved from the client stream into `#events`. */
  #received = 0;
  /** Events handed out by `next()`. */
  #taken = 0;
  #paused = false;
  #ended = false;
  #closed = false;
  #confirmed = false;
  #ending: unknown;
  #wake: (() => void) | undefined;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Why the client subscription ended (once `next()` has returned `undefined`). */
  get ending(): unknown {
    return this.#ending;
  }

  attach(subscription: AllStreamSubscription): void {
    this.#subscription = subscription;
    subscription.on('confirmation', this.#onConfirmation);
    subscription.on('data', this.#onData);
    subscription.on('caughtUp', this.#onCaughtUp);
    subscription.on('error', this.#onError);
    subscription.on('end', this.#onEnd);
  }

  /** Stops listening and cancels the server call; later errors of the client stream are ignored. */
  detach(): void {
    const subscription = this.#subscription;
    if (!subscription) return;
    this.#subscription = undefined;
    subscription.off('confirmation', this.#onConfirmation);
    subscription.off('data', this.#onData);
    subscription.off('caughtUp', this.#onCaughtUp);
    subscription.off('error', this.#onError);
    subscription.off('end', this.#onEnd);
    subscription.on('error', () => {});
    subscription.unsubscribe().catch(() => {});
  }

  /** The `checkpointReached` callback of the client's filter. */
  checkpoint(position: Position): void {
    this.#mark({ kind: 'checkpoint', position });
  }

  /** Makes a waiting `next()` return `undefined`. */
  close(): void {
    this.#closed = true;
    this.#signal();
  }

  /**
   * Waits for the server to confirm the subscription (its first message), for at most `ms`.
   * Resolves `false` when nothing came in time — a node that accepts the call and never answers —
   * and `true` once it is confirmed, has ended or was closed (`next()` then tells which).
   */
  async confirmed(ms: number): Promise<boolean> {
    const settled = () => this.#confirmed || this.#ended || this.#closed;
    if (settled()) return true;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    try {
      while (!settled()) {
        const woken = new Promise<void>((resolve) => (this.#wake = resolve));
        if ((await Promise.race([woken.then(() => 'woken'), late.then(() => 'late')])) === 'late') return settled();
        this.#wake = undefined;
      }
      return true;
    } finally {
      clearTimeout(timer);
      this.#wake = undefined;
    }
  }

  /** The next item in server order; `undefined` once the subscription has ended or was closed. */
  async next(): Promise<FeedItem | undefined> {
    for (;;) {
      if (this.#closed) return undefined;
      const marker = this.#markers[0];
      if (marker && marker.after <= this.#taken) {
        this.#markers.shift();
        return marker.item;
      }
      const event = this.#events.shift();
      if (event) {
        this.#taken += 1;
        if (this.#paused && this.#events.length <= Math.floor(this.#limit / 4)) {
          this.#paused = false;
          this.#subscription?.resume();
        }
        return { kind: 'event', event };
      }
      if (this.#ended) return undefined;
      await new Promise<void>((resolve) => (this.#wake = resolve));
      this.#wake = undefined;
    }
  }

  #mark(item: FeedItem): void {
    this.#markers.push({ after: this.#received + (this.#subscription?.readableLength ?? 0), item });
    this.#signal();
  }

  #signal(): void {
    this.#wake?.();
  }

  readonly #onData = (event: AllStreamResolvedEvent): void => {
    this.#events.push(event);
    this.#received += 1;
    if (!this.#paused && this.#events.length >= this.#limit) {
      this.#paused = true;
      this.#subscription?.pause();
    }
    this.#signal();
  };

  readonly #onCaughtUp = (): void => this.#mark({ kind: 'caughtUp' });

  readonly #onConfirmation = (): void => {
    this.#confirmed = true;
    this.#signal();
  };

  readonly #onError = (error: unknown): void => this.#end(error);

  readonly #onEnd = (): void => this.#end(new UnavailableError('EventStoreDB ended the subscription'));

  #end(error: unknown): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#ending = error;
    this.#signal();
  }
}
