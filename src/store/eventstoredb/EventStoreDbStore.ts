import type { EventStoreDBClient } from '@eventstore/db-client';
import { IllegalStateError, ValidationError } from '../../core/errors.ts';
import type { NewEvent, RecordedEvent } from '../../core/event.ts';
import type {
  AppendOptions,
  AppendRequest,
  AppendResult,
  BatchOutcome,
  CallOptions,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
  SubscriptionHandlers,
} from '../port.ts';
import { validateAppend, type ValidAppend } from '../validateAppend.ts';
import { appendBatch, appendValidated } from './append.ts';
import { createClient } from './connection.ts';
import { settingsOf, type EventStoreDbOptions, type Settings } from './options.ts';
import { comparePositions } from './positions.ts';
import { headPosition, readAll } from './readAll.ts';
import { readStream } from './readStream.ts';
import { withRetries } from './retry.ts';
import { EventStoreDbSubscription } from './subscribe.ts';

/** Streams `existingStreams` reads at once. */
const STREAMS_AT_ONCE = 32;

/**
 * The event store on EventStoreDB (or KurrentDB), through `@eventstore/db-client` 6.x over gRPC.
 * One stream per aggregate, as in SQLite; positions are `$all` positions (`"<commit>:<prepare>"`).
 * Reads and writes go to the leader. Failures that may pass are retried with backoff and then
 * reported as `UnavailableError`; subscriptions reconnect on their own (see `EventStoreDbSubscription`).
 */
export class EventStoreDbStore implements EventStore {
  /** The client, for tools that need more than the port (Chronicle itself does not). */
  readonly client: EventStoreDBClient;
  readonly #settings: Settings;
  readonly #subscriptions = new Set<EventStoreDbSubscription>();
  #closed = false;

  constructor(options: EventStoreDbOptions) {
    this.#settings = settingsOf(options);
    this.client = createClient(options.connectionString, this.#settings.timeoutMs);
  }

  async append(stream: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    this.#assertOpen();
    const request = validateAppend(stream, events, options.expectedRevision);
    return appendValidated(this.client, this.#settings, request, events, options.signal, options.streamAsRead);
  }

  async appendBatch(requests: readonly AppendRequest[]): Promise<BatchOutcome[]> {
    this.#assertOpen();
    return appendBatch((request, given) => this.#append(request, given), requests);
  }

  /** Reads each stream's first event, a few streams at a time: gRPC has no one call for many streams. */
  async existingStreams(streams: readonly string[], options: CallOptions = {}): Promise<Set<string>> {
    this.#assertOpen();
    if (!Array.isArray(streams)) throw ValidationError.at('streams', 'expected an array of stream names');
    const found = new Set<string>();
    for (let start = 0; start < streams.length; start += STREAMS_AT_ONCE) {
      const chunk = streams.slice(start, start + STREAMS_AT_ONCE);
      const firsts = await Promise.all(
        chunk.map((stream) =>
          this.readStream(stream, { maxCount: 1, ...(options.signal ? { signal: options.signal } : {}) }),
        ),
      );
      firsts.forEach((events, i) => events.length > 0 && found.add(chunk[i]!));
    }
    return found;
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    return withRetries(`read ${stream}`, this.#settings, options.signal, (budget) =>
      readStream(this.client, stream, options, budget.signal),
    );
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    return withRetries('read $all', this.#settings, options.signal, (budget) =>
      readAll(this.client, this.#settings.pageSize, options, budget.signal),
    );
  }

  subscribe(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    this.#assertOpen();
    const subscription: EventStoreDbSubscription = new EventStoreDbSubscription(
      this.client,
      options,
      handlers,
      this.#settings,
      () => this.headPosition(),
      () => this.#subscriptions.delete(subscription),
    );
    this.#subscriptions.add(subscription);
    return subscription;
  }

  comparePositions(a: string, b: string): number {
    return comparePositions(a, b);
  }

  async headPosition(options: CallOptions = {}): Promise<string | undefined> {
    this.#assertOpen();
    return withRetries('read the head of $all', this.#settings, options.signal, (budget) =>
      headPosition(this.client, this.#settings.pageSize, budget.signal),
    );
  }

  /** Stops every subscription (waiting for running handlers), then releases the client's calls. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  #append(request: ValidAppend, given: readonly NewEvent[], signal?: AbortSignal): Promise<AppendResult> {
    return appendValidated(this.client, this.#settings, request, given, signal);
  }

  #assertOpen(): void {
    if (this.#closed) throw new IllegalStateError('the event store is closed');
  }
}

/** Creates the store; the client connects on first use, so this never waits for the server. */
export function openEventStoreDbStore(options: EventStoreDbOptions): EventStoreDbStore {
  return new EventStoreDbStore(options);
}
