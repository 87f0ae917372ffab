import {
  START,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import { UnavailableError, ValidationError } from '../../core/errors.ts';
import type { SubscribeOptions, Subscription, SubscriptionHandlers } from '../port.ts';
import { isTransient, unavailable } from './errors.ts';
import type { Settings } from './options.ts';
import { compare, formatPosition, later, parsePosition } from './positions.ts';
import { isSystemStream, toRecordedEvent } from './recordedEvent.ts';
import { backoffDelay, sleep } from './retry.ts';
import { SubscriptionFeed, type FeedItem } from './subscriptionFeed.ts';

/** Every stream but EventStoreDB's own (`$…`), for subscriptions without a prefix filter. */
const USER_STREAMS = '^[^$]';

/** How one connection of the subscription ended. */
type Ending =
  { readonly kind: 'closed' } | { readonly kind: 'dropped'; readonly error: unknown; readonly progressed: boolean };

/**
 * A catch-up subscription to `$all`, filtered on the server by stream prefix, that survives node
 * restarts, leader changes and dropped connections.
 *
 * One *connection* is one `subscribeToAll` call, strictly after the resume point: the last
 * event delivered or the last checkpoint reported, whichever is later (at first, `after`). When
 * it drops for a reason that may pass, the subscription connects again after a backoff
 * (`backoff`, reset by progress; `maxReconnectAttempts` without progress, then `onError` with
 * `UnavailableError`). Because the resume point only moves once a handler has returned, nothing
 * is lost; because the server sends only events after it — and an event at or before the last
 * one delivered is dropped here as well — nothing is applied twice.
 *
 * Caught up: EventStoreDB 23.10+ sends `caughtUp`; older servers do not, so the subscription also
 * counts itself caught up once it has delivered (or checkpointed past) the head of the log as it
 * was when subscribing. `onCaughtUp` is called once, whichever comes first, never again after a
 * reconnect.
 */
export class EventStoreDbSubscription implements Subscription {
  readonly #client: EventStoreDBClient;
  readonly #handlers: SubscriptionHandlers;
  readonly #settings: Settings;
  readonly #prefixes: readonly string[] | undefined;
  readonly #headPosition: () => Promise<string | undefined>;
  readonly #stop = new AbortController();
  readonly #done: Promise<void>;
  /** Exclusive start of the next connection: the last event delivered or checkpoint reported. */
  #resumeAfter: Position | undefined;
  /** The last event delivered: an event at or before it is never delivered again. */
  #lastEvent: Position | undefined;
  #caughtUp = false;
  /** The head when subscribing (`null`: the log was empty); `undefined` until it is known. */
  #head: Position | null | undefined;
  #feed: SubscriptionFeed | undefined;

  constructor(
    client: EventStoreDBClient,
    options: SubscribeOptions,
    handlers: SubscriptionHandlers,
    settings: Settings,
    headPosition: () => Promise<string | undefined>,
    onStopped: () => void,
  ) {
    const prefixes = options.filter?.streamPrefixes;
    if (
      prefixes !== undefined &&
      (!Array.isArray(prefixes) || prefixes.length === 0 || prefixes.some((p) => typeof p !== 'string'))
    ) {
      throw ValidationError.at(
        'filter.streamPrefixes',
        'expected a non-empty array of strings (omit the filter to receive every stream)',
      );
    }
    this.#resumeAfter = options.after === undefined ? undefined : parsePosition(options.after, 'after');
    this.#prefixes = prefixes;
    this.#client = client;
    this.#handlers = handlers;
    this.#settings = settings;
    this.#headPosition = headPosition;
    // Start on a later tick, so the caller holds the subscription before any handler runs.
    this.#done = Promise.resolve()
      .then(() => this.#run())
      .catch((error: unknown) => this.#fail(error))
      .finally(onStopped);
  }

  async close(): Promise<void> {
    this.#stop.abort();
    this.#feed?.close();
    await this.#done;
  }

  get #closed(): boolean {
    return this.#stop.signal.aborted;
  }

  async #run(): Promise<void> {
    let failures = 0;
    while (!this.#closed) {
      const ending = await this.#connect();
      if (ending.kind === 'closed' || this.#closed) return;
      if (!isTransient(ending.error)) throw ending.error;
      failures = ending.progressed ? 1 : failures + 1;
      if (failures > this.#settings.maxReconnectAttempts)
        throw unavailable('keep the subscription to $all', ending.error, failures);
      // Without `beforeReconnect`, wait out the backoff; with it, ask it first (at once: it hears
      // of the drop as soon as it happens), and wait only while it cannot reach the store.
      if (!this.#handlers.beforeReconnect) {
        await sleep(this.#reconnectDelay(failures), this.#stop.signal);
        continue;
      }
      for (;;) {
        const refusal = await this.#beforeReconnect();
        if (this.#closed || refusal === undefined) break;
        failures += 1;
        if (failures > this.#settings.maxReconnectAttempts)
          throw unavailable('keep the subscription to $all', refusal, failures);
        await sleep(this.#reconnectDelay(failures), this.#stop.signal);
        if (this.#closed) return;
      }
    }
  }

  #reconnectDelay(failures: number): number {
    return Math.min(backoffDelay(failures, this.#settings.backoff), this.#settings.maxReconnectDelayMs);
  }

  /**
   * Asks `beforeReconnect` whether to connect again, and where from: `undefined` when it may
   * (after the position it gave, if any); the failure when it could not tell yet (it may pass).
   * Any other failure stops the subscription.
   */
  async #beforeReconnect(): Promise<unknown> {
    let resumeAfter: string | void;
    try {
      resumeAfter = await this.#handlers.beforeReconnect?.();
    } catch (error) {
      if (isTransient(error)) return error;
      throw error;
    }
    if (typeof resumeAfter === 'string') {
      this.#resumeAfter = parsePosition(resumeAfter, 'beforeReconnect');
      this.#lastEvent = this.#resumeAfter;
    }
    return undefined;
  }

  /** One connection: subscribes after the resume point and delivers until it ends. */
  async #connect(): Promise<Ending> {
    let progressed = false;
    try {
      if (this.#head === undefined) {
        const head = await this.#headPosition();
        this.#head = head === undefined ? null : parsePosition(head, 'head');
        await this.#caughtUpByHead();
        if (this.#closed) return { kind: 'closed' };
      }
      const feed = new SubscriptionFeed(this.#settings.subscriptionBuffer);
      this.#feed = feed;
      if (this.#closed) return { kind: 'closed' };
      const subscription = this.#client.subscribeToAll({
        fromPosition: this.#resumeAfter ?? START,
        requiresLeader: true,
        filter: this.#filter(feed),
      });
      feed.attach(subscription);
      try {
        if (!(await feed.confirmed(this.#settings.timeoutMs))) {
          const error = new UnavailableError(
            `EventStoreDB did not confirm the subscription to $all within ${this.#settings.timeoutMs} ms`,
          );
          return { kind: 'dropped', error, progressed };
        }
        for (;;) {
          const item: FeedItem | undefined = await feed.next();
          if (this.#closed) return { kind: 'closed' };
          if (item === undefined) return { kind: 'dropped', error: feed.ending, progressed };
          if (await this.#deliver(item)) progressed = true;
          if (this.#closed) return { kind: 'closed' };
        }
      } finally {
        this.#feed = undefined;
        feed.detach();
      }
    } catch (error) {
      // Failures of the handlers end the subscription; failures to reach the server are retried.
      if (error instanceof HandlerFailure) throw error.error;
      return { kind: 'dropped', error, progressed };
    }
  }

  /** Server-side filter: the prefixes, or every user stream; checkpoints go into the feed, in order. */
  #filter(feed: SubscriptionFeed): Filter {
    const { checkpointInterval, maxSearchWindow } = this.#settings;
    const common = {
      checkpointInterval,
      maxSearchWindow,
      checkpointReached: (_: unknown, position: Position) => feed.checkpoint(position),
    };
    return this.#prefixes
      ? streamNameFilter({ ...common, prefixes: [...this.#prefixes] })
      : streamNameFilter({ ...common, regex: USER_STREAMS });
  }

  /** Hands one item to the handlers; returns whether the resume point moved. */
  async #deliver(item: FeedItem): Promise<boolean> {
    switch (item.kind) {
      case 'event':
        return this.#deliverEvent(item.event);
      case 'checkpoint': {
        if (this.#resumeAfter && compare(item.position, this.#resumeAfter) <= 0) return false;
        this.#resumeAfter = item.position;
        await this.#call(() => this.#handlers.onCheckpoint?.(formatPosition(item.position)));
        await this.#caughtUpByHead();
        return true;
      }
      case 'caughtUp':
        await this.#signalCaughtUp();
        return false;
      default: {
        const unreachable: never = item;
        throw new Error(`unknown feed item ${JSON.stringify(unreachable)}`);
      }
    }
  }

  async #deliverEvent(resolved: AllStreamResolvedEvent): Promise<boolean> {
    const position = resolved.event?.position;
    if (!position || (this.#lastEvent && compare(position, this.#lastEvent) <= 0)) return false;
    if (!this.#prefixes && isSystemStream(resolved.event!.streamId)) {
      this.#resumeAfter = later(this.#resumeAfter, position);
      return true;
    }
    const event = toRecordedEvent(resolved);
    await this.#call(() => this.#handlers.onEvent(event));
    this.#lastEvent = position;
    this.#resumeAfter = later(this.#resumeAfter, position);
    await this.#caughtUpByHead();
    return true;
  }

  /** The fallback for servers without `caughtUp`: the head as it was when subscribing is reached. */
  async #caughtUpByHead(): Promise<void> {
    if (this.#caughtUp || this.#head === undefined) return;
    if (this.#head !== null && !(this.#resumeAfter && compare(this.#resumeAfter, this.#head) >= 0)) return;
    await this.#signalCaughtUp();
  }

  async #signalCaughtUp(): Promise<void> {
    if (this.#caughtUp || this.#closed) return;
    this.#caughtUp = true;
    const at = this.#resumeAfter;
    await this.#call(() => this.#handlers.onCaughtUp?.(at ? formatPosition(at) : undefined));
  }

  async #call(handler: () => void | Promise<void>): Promise<void> {
    if (this.#closed) return;
    try {
      await handler();
    } catch (error) {
      throw new HandlerFailure(error);
    }
  }

  #fail(error: unknown): void {
    if (this.#closed) return;
    this.#stop.abort();
    try {
      this.#handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
    } catch {
      // An onError that throws has nowhere left to report to.
    }
  }
}

/** Marks a failure thrown by a handler, which ends the subscription instead of reconnecting it. */
class HandlerFailure {
  constructor(readonly error: unknown) {}
}
