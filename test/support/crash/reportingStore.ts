import type { NewEvent, RecordedEvent } from '../../../src/core/event.ts';
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
} from '../../../src/store/port.ts';
import type { ChildReport } from './protocol.ts';

/**
 * An event store that delegates everything to a real one and reports its progress: before and
 * after each batch append that writes something, and after each read of the log. After each report
 * it yields `yieldTurns` turns of the event loop, so a kill sent on that report lands at varying
 * points: inside the next transaction, or in the gap before it.
 */
export class ReportingStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly report: (report: ChildReport) => void,
    private readonly yieldTurns: number,
  ) {}

  private async yieldSome(): Promise<void> {
    for (let i = 0; i < this.yieldTurns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  append(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult> {
    return this.inner.append(stream, events, options);
  }

  async appendBatch(requests: readonly AppendRequest[]): Promise<BatchOutcome[]> {
    if (requests.length === 0) return this.inner.appendBatch(requests);
    this.report({
      type: 'commit',
      appends: requests.map((r) => ({ stream: r.stream, firstId: r.events[0]?.id ?? '', events: r.events.length })),
    });
    await this.yieldSome();
    const outcomes = await this.inner.appendBatch(requests);
    this.report({ type: 'committed' });
    await this.yieldSome();
    return outcomes;
  }

  existingStreams(streams: readonly string[], options?: CallOptions): Promise<Set<string>> {
    return this.inner.existingStreams(streams, options);
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(stream, options);
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const events = await this.inner.readAll(options);
    if (events.length > 0) {
      this.report({ type: 'read', events: events.length });
      await this.yieldSome();
    }
    return events;
  }

  subscribe(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    return this.inner.subscribe(options, handlers);
  }

  comparePositions(a: string, b: string): number {
    return this.inner.comparePositions(a, b);
  }

  headPosition(): Promise<string | undefined> {
    return this.inner.headPosition();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
