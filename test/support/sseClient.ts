import { get, type ClientRequest, type IncomingMessage } from 'node:http';
import { EventSource } from 'eventsource';
import { apiValidator } from './openapiValidator.ts';

/** Every named event the live feed sends. */
export const FEED_EVENTS = ['entry-added', 'entry-changed', 'entry-removed', 'reset', 'dropped'] as const;

/** One message of the live feed as a real EventSource client dispatched it. */
export interface FeedMessage {
  /** The SSE `event:` name. */
  readonly event: string;
  /** The SSE `id:` as the client kept it (`lastEventId`). */
  readonly id: string;
  readonly data: any;
}

interface Waiter {
  resolve(message: FeedMessage): void;
  reject(error: Error): void;
}

/**
 * A live-feed subscriber over the `eventsource` package. Messages queue up as they arrive;
 * `next()` hands them out in order and, when none is waiting, resolves on the next arrival (no
 * polling, no timers). A connection error rejects whoever waits.
 */
export class FeedClient {
  /** Every message received, in arrival order (including those not yet taken by `next()`). */
  readonly received: FeedMessage[] = [];
  private taken = 0;
  private waiter: Waiter | undefined;

  private constructor(private readonly source: EventSource) {
    for (const event of FEED_EVENTS) {
      source.addEventListener(event, (e: MessageEvent) => {
        this.received.push({ event, id: e.lastEventId, data: JSON.parse(String(e.data)) });
        this.deliver();
      });
    }
    source.addEventListener('error', (e) => {
      const waiter = this.waiter;
      this.waiter = undefined;
      waiter?.reject(new Error(`the live feed failed: ${e.message ?? 'connection error'} (HTTP ${e.code ?? '?'})`));
    });
  }

  /**
   * Connects to `url` and resolves once the stream is open. `lastEventId` is sent as the
   * `Last-Event-ID` header of the first request (the library's own id takes over on reconnects).
   */
  static open(url: string, options: { lastEventId?: string } = {}): Promise<FeedClient> {
    const { lastEventId } = options;
    const source = new EventSource(url, {
      fetch: async (input, init) => {
        const headers = lastEventId === undefined ? init.headers : { 'Last-Event-ID': lastEventId, ...init.headers };
        const res = await fetch(input, { ...init, headers });
        // The stream's head is checked against the OpenAPI document like every other response; its
        // body, still arriving, is text the document types as a string.
        const { pathname, search } = new URL(String(input));
        const text = res.ok ? '' : await res.clone().text();
        apiValidator().check({
          method: 'GET',
          path: `${pathname}${search}`,
          status: res.status,
          headers: res.headers,
          text,
        });
        return res;
      },
    });
    const client = new FeedClient(source);
    return new Promise((resolve, reject) => {
      const onOpen = () => {
        source.removeEventListener('error', onError);
        resolve(client);
      };
      const onError = (e: { message?: string | undefined; code?: number | undefined }) => {
        source.removeEventListener('open', onOpen);
        source.close();
        reject(new Error(`could not open the live feed: ${e.message ?? 'connection error'} (HTTP ${e.code ?? '?'})`));
      };
      source.addEventListener('open', onOpen, { once: true });
      source.addEventListener('error', onError, { once: true });
    });
  }

  /** The next message not yet taken. */
  next(): Promise<FeedMessage> {
    if (this.waiter) throw new Error('next() is already waiting');
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
      this.deliver();
    });
  }

  /** The next `count` messages, in order. */
  async take(count: number): Promise<FeedMessage[]> {
    const messages: FeedMessage[] = [];
    while (messages.length < count) messages.push(await this.next());
    return messages;
  }

  close(): void {
    this.source.close();
  }

  private deliver(): void {
    const message = this.received[this.taken];
    if (!this.waiter || !message) return;
    const { resolve } = this.waiter;
    this.waiter = undefined;
    this.taken += 1;
    resolve(message);
  }
}

/**
 * The raw bytes of an SSE response over `node:http`, for what EventSource hides (comment lines)
 * or cannot do (never read). `paused` leaves the response unread until `resume()`.
 */
export class RawEventStream {
  text = '';
  /** Resolves when the server ends the response; rejects if the connection breaks first. */
  readonly ended: Promise<void>;
  private readonly watchers: { predicate: (text: string) => boolean; resolve: () => void }[] = [];
  private flowing = false;

  private constructor(
    private readonly request: ClientRequest,
    readonly response: IncomingMessage,
    paused: boolean,
  ) {
    response.setEncoding('utf8');
    this.ended = new Promise((resolve, reject) => {
      response.once('end', () => resolve());
      response.once('error', reject);
      response.once('aborted', () => reject(new Error('the response was aborted')));
    });
    this.ended.catch(() => {}); // observed by whoever awaits it; never an unhandled rejection
    if (!paused) this.resume();
  }

  /** Sends `GET url` and resolves once the status line and headers are in. */
  static open(
    url: string,
    options: { paused?: boolean; headers?: Record<string, string> } = {},
  ): Promise<RawEventStream> {
    return new Promise((resolve, reject) => {
      const request = get(
        url,
        { agent: false, headers: { Accept: 'text/event-stream', ...options.headers } },
        (response) => {
          if (options.paused) response.pause();
          resolve(new RawEventStream(request, response, options.paused ?? false));
        },
      );
      request.once('error', reject);
    });
  }

  /** Starts (or restarts) reading the response. */
  resume(): void {
    if (!this.flowing) {
      this.flowing = true;
      this.response.on('data', (chunk: string) => {
        this.text += chunk;
        for (const w of [...this.watchers]) {
          if (w.predicate(this.text)) {
            this.watchers.splice(this.watchers.indexOf(w), 1);
            w.resolve();
          }
        }
      });
    }
    this.response.resume();
  }

  /** Resolves once the text received so far satisfies `predicate`. */
  waitFor(predicate: (text: string) => boolean): Promise<void> {
    if (predicate(this.text)) return Promise.resolve();
    return new Promise((resolve) => this.watchers.push({ predicate, resolve }));
  }

  destroy(): void {
    this.request.destroy();
    this.response.destroy();
  }
}

/** The `event:` names in raw SSE text, in order. */
export const eventNamesIn = (text: string): string[] => [...text.matchAll(/^event: (.+)$/gm)].map((m) => m[1]!);
