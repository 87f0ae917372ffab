import { Agent, get, request, type ClientRequest, type IncomingMessage } from 'node:http';
import { now } from '../measure.ts';

/**
 * Many live-feed subscribers over raw `http.get` streams (one socket each, no agent), all in this
 * process, so the time a message arrives is read on the same monotonic clock (`performance.now()`)
 * as the time its POST was sent.
 *
 * To keep the 1,000 timestamps honest, a socket's `data` callback only reads the clock and queues
 * the chunk; the SSE parsing runs afterwards in a `setImmediate`, so no subscriber's timestamp
 * includes the parsing of the messages that arrived just before it.
 */
interface Subscriber {
  readonly index: number;
  buffer: string;
  request: ClientRequest;
  response: IncomingMessage | undefined;
  closed: boolean;
  /** Fact ids received: a further message about the same fact is counted, not timed. */
  readonly facts: Set<string>;
  /** Event ids (`id:`, the global position) received, to count duplicates. */
  readonly ids: Set<string>;
}

export interface Receipt {
  readonly subscriber: number;
  /** `performance.now()` when the chunk that completed the message arrived. */
  readonly at: number;
  readonly event: string;
  readonly id: string;
  readonly bytes: number;
}

interface Expectation {
  readonly factId: string;
  readonly receipts: Receipt[];
  resolve(): void;
}

export class FeedSubscribers {
  readonly #subscribers: Subscriber[] = [];
  readonly #inbox: { s: Subscriber; at: number; chunk: string }[] = [];
  #scheduled = false;
  readonly #expected = new Map<string, Expectation>();
  /** First messages about fact ids nobody waits for (late ones, after a timeout). */
  unexpected = 0;
  /** Messages whose `id:` the subscriber already had. */
  duplicates = 0;
  /** Further messages about a fact the subscriber already had a message about (e.g. `entry-changed`). */
  further = 0;
  /** Streams that ended or failed while open. */
  dropped = 0;

  constructor(private readonly url: string) {}

  get size(): number {
    return this.#subscribers.length;
  }

  /** Opens `count` streams, `concurrency` at a time; resolves when each has its first bytes (the `retry:` hint). */
  async open(count: number, concurrency = 50): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const index = next++;
        await this.#openOne(index);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  }

  #openOne(index: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const s: Subscriber = {
        index,
        buffer: '',
        request: undefined as unknown as ClientRequest,
        response: undefined,
        closed: false,
        facts: new Set(),
        ids: new Set(),
      };
      s.request = get(this.url, { agent: false, headers: { Accept: 'text/event-stream' } }, (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`subscriber ${index}: HTTP ${response.statusCode}`));
          response.resume();
          return;
        }
        s.response = response;
        response.setEncoding('utf8');
        let first = true;
        response.on('data', (chunk: string) => {
          this.#inbox.push({ s, at: now(), chunk });
          if (!this.#scheduled) {
            this.#scheduled = true;
            setImmediate(() => this.#drain());
          }
          if (first) {
            first = false;
            resolve();
          }
        });
        const gone = () => {
          if (!s.closed) {
            s.closed = true;
            this.dropped += 1;
          }
        };
        response.once('end', gone);
        response.once('error', gone);
        response.once('aborted', gone);
      });
      s.request.once('error', (error) => (s.response ? undefined : reject(error)));
      this.#subscribers.push(s);
    });
  }

  #drain(): void {
    this.#scheduled = false;
    const items = this.#inbox.splice(0);
    for (const { s, at, chunk } of items) {
      s.buffer += chunk;
      for (let end = s.buffer.indexOf('\n\n'); end >= 0; end = s.buffer.indexOf('\n\n')) {
        const block = s.buffer.slice(0, end);
        s.buffer = s.buffer.slice(end + 2);
        this.#message(s, block, at);
      }
    }
  }

  #message(s: Subscriber, block: string, at: number): void {
    let id = '';
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!data) return; // the retry hint, heartbeats
    if (s.ids.has(id)) {
      this.duplicates += 1;
      return;
    }
    s.ids.add(id);
    const factId = (JSON.parse(data) as { factId?: string }).factId ?? '';
    if (s.facts.has(factId)) {
      this.further += 1;
      return;
    }
    s.facts.add(factId);
    const expectation = this.#expected.get(factId);
    if (!expectation) {
      this.unexpected += 1;
      return;
    }
    expectation.receipts.push({ subscriber: s.index, at, event, id, bytes: Buffer.byteLength(block) + 2 });
    if (expectation.receipts.length === this.#subscribers.length) {
      this.#expected.delete(factId);
      expectation.resolve();
    }
  }

  /** Resolves with every receipt of `factId` once all subscribers have it, or with those in after `timeoutMs`. */
  expect(factId: string, timeoutMs: number): Promise<Receipt[]> {
    return new Promise((resolve) => {
      const receipts: Receipt[] = [];
      const timer = setTimeout(() => {
        this.#expected.delete(factId);
        resolve(receipts);
      }, timeoutMs);
      this.#expected.set(factId, {
        factId,
        receipts,
        resolve: () => {
          clearTimeout(timer);
          resolve(receipts);
        },
      });
    });
  }

  close(): void {
    for (const s of this.#subscribers) {
      s.closed = true;
      s.request.destroy();
      s.response?.destroy();
    }
  }
}

const postAgent = new Agent({ keepAlive: true, maxSockets: 1 });

/**
 * `POST /api/facts` with `body`; `sent` is read just before the request is written. Resolves with
 * the status and the time the answer took.
 */
export function postFact(
  baseUrl: string,
  body: string,
): { sent: number; done: Promise<{ status: number; ms: number }> } {
  const url = new URL('/api/facts', baseUrl);
  let sent = 0;
  const done = new Promise<{ status: number; ms: number }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: postAgent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.once('end', () => resolve({ status: res.statusCode ?? 0, ms: now() - sent }));
      },
    );
    req.once('error', reject);
    sent = now();
    req.end(body);
  });
  return { sent, done };
}

export function closePostAgent(): void {
  postAgent.destroy();
}
