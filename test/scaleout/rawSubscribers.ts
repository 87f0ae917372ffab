import { get, type ClientRequest, type IncomingMessage } from 'node:http';

/** One message of the live feed as a subscriber parsed it: the SSE `id:`, `event:` and the fact. */
export interface Received {
  readonly id: string;
  readonly event: string;
  readonly factId: string;
}

interface Subscriber {
  readonly received: Received[];
  buffer: string;
  request: ClientRequest;
  response: IncomingMessage | undefined;
  ended: boolean;
}

/** The rest of the line of `block` that starts with `prefix`, or ''. */
function lineOf(block: string, prefix: string): string {
  const at = block.startsWith(prefix) ? 0 : block.indexOf(`\n${prefix}`) + 1;
  if (at === 0 && !block.startsWith(prefix)) return '';
  const end = block.indexOf('\n', at);
  return block.slice(at + prefix.length, end < 0 ? undefined : end);
}

/** `"factId":"…"` in a message's `data:` (the feed writes it second), without parsing the JSON. */
function factIdIn(data: string): string {
  const at = data.indexOf('"factId":"');
  if (at < 0) return '';
  const start = at + '"factId":"'.length;
  return data.slice(start, data.indexOf('"', start));
}

/**
 * Many live-feed subscribers on one URL over bare `http.get` streams (one socket each, no agent):
 * thousands of them parse only the lines they need. `whenEach` resolves once every subscriber has
 * received `count` messages — woken by the arrivals, never by a timer.
 */
export class RawSubscribers {
  readonly #subscribers: Subscriber[] = [];
  #watch: { readonly count: number; readonly resolve: () => void; readonly reject: (error: Error) => void } | undefined;
  /** Subscribers that have `#watch.count` messages. */
  #done = 0;

  constructor(private readonly url: string) {}

  /** What each subscriber received, in order. */
  get received(): readonly (readonly Received[])[] {
    return this.#subscribers.map((s) => s.received);
  }

  /** Opens `count` streams, `concurrency` at a time; resolves once each has its first bytes (the `retry:` hint). */
  async open(count: number, concurrency = 100, headers: Record<string, string> = {}): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        next += 1;
        await this.#openOne(headers);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  }

  #openOne(headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      const s: Subscriber = {
        received: [],
        buffer: '',
        request: undefined as unknown as ClientRequest,
        response: undefined,
        ended: false,
      };
      s.request = get(this.url, { agent: false, headers: { Accept: 'text/event-stream', ...headers } }, (response) => {
        if (response.statusCode !== 200) {
          response.resume();
          reject(new Error(`a subscriber got HTTP ${response.statusCode}`));
          return;
        }
        s.response = response;
        response.setEncoding('utf8');
        response.once('data', () => resolve());
        response.on('data', (chunk: string) => this.#read(s, chunk));
        const gone = () => {
          if (s.ended) return;
          s.ended = true;
          this.#watch?.reject(new Error('a subscriber lost its stream'));
        };
        response.once('end', gone);
        response.once('aborted', gone);
        response.once('error', gone);
      });
      s.request.once('error', (error) => (s.response ? undefined : reject(error)));
      this.#subscribers.push(s);
    });
  }

  #read(s: Subscriber, chunk: string): void {
    s.buffer += chunk;
    const before = s.received.length;
    for (let end = s.buffer.indexOf('\n\n'); end >= 0; end = s.buffer.indexOf('\n\n')) {
      const block = s.buffer.slice(0, end);
      s.buffer = s.buffer.slice(end + 2);
      const id = lineOf(block, 'id: ');
      const event = lineOf(block, 'event: ');
      const data = lineOf(block, 'data: ');
      if (event) s.received.push({ id, event, factId: factIdIn(data) });
    }
    const watch = this.#watch;
    if (watch && before < watch.count && s.received.length >= watch.count) {
      this.#done += 1;
      if (this.#done === this.#subscribers.length) watch.resolve();
    }
  }

  /** Resolves once every subscriber has received at least `count` messages; rejects if a stream ends first. */
  whenEach(count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#done = this.#subscribers.filter((s) => s.received.length >= count).length;
      this.#watch = { count, resolve, reject };
      if (this.#done === this.#subscribers.length) resolve();
    });
  }

  close(): void {
    this.#watch = undefined;
    for (const s of this.#subscribers) {
      s.ended = true;
      s.request.destroy();
      s.response?.destroy();
    }
  }
}
