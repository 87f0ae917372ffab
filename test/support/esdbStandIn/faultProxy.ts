import { connect, createServer, type Server, type Socket } from 'node:net';

/** One direction of one connection: chunks (and the end, `null`) wait here while the proxy is frozen or delayed. */
class Direction {
  readonly #queue: { readonly chunk: Buffer | null; readonly at: number }[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly to: Socket,
    private readonly proxy: FaultProxy,
    private readonly delayed: boolean,
  ) {}

  /** Forwards `chunk`, or the end of the stream (`null`), after what is already waiting. */
  push(chunk: Buffer | null): void {
    const at = performance.now() + (this.delayed ? this.proxy.latencyMs : 0);
    if (this.#queue.length === 0 && !this.proxy.frozen && at <= performance.now()) {
      this.#forward(chunk);
      return;
    }
    this.#queue.push({ chunk, at });
    this.proxy.held += 1;
    this.pump();
  }

  #forward(chunk: Buffer | null): void {
    if (this.to.destroyed) return;
    if (chunk === null) this.to.end();
    else this.to.write(chunk);
  }

  /** Forwards what is due, in order; what is not yet due waits for a timer, everything waits while frozen. */
  pump(): void {
    if (this.#timer) return;
    while (this.#queue.length > 0 && !this.proxy.frozen) {
      const head = this.#queue[0]!;
      const wait = head.at - performance.now();
      if (wait > 0) {
        this.#timer = setTimeout(() => {
          this.#timer = undefined;
          this.pump();
        }, Math.ceil(wait));
        return;
      }
      this.#queue.shift();
      this.#forward(head.chunk);
    }
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#queue.length = 0;
  }
}

interface Pair {
  readonly client: Socket;
  readonly upstream: Socket;
  readonly up: Direction;
  readonly down: Direction;
}

/**
 * A TCP front for the stand-in's gRPC server that plays the faults of a network and of a process:
 * - `freeze()`: connections are still accepted, but nothing is answered and nothing reaches the
 *   server — a process stopped with SIGSTOP (the kernel accepts, nobody reads). `thaw()` delivers
 *   what was held, in order, as SIGCONT does;
 * - `cut()`: every open connection is reset (RST), as a dropped link or a killed proxy does;
 * - `latencyMs`: every answer reaches the client that much later (the round trip of a distant node).
 * Tests wait on `held` (chunks the proxy holds back), never on time.
 */
export class FaultProxy {
  #server: Server | undefined;
  readonly #pairs = new Set<Pair>();
  #frozen = false;
  /** Milliseconds added to every chunk the server sends back. */
  latencyMs = 0;
  /** Chunks that were held back (frozen or delayed) since the proxy started. */
  held = 0;
  /** Connections reset by `cut()` since the proxy started. */
  cuts = 0;

  constructor(private readonly target: () => number) {}

  get frozen(): boolean {
    return this.#frozen;
  }

  /** Listens on `host:port` (0: any free port); resolves with the port. */
  listen(host: string, port: number): Promise<number> {
    const server = createServer({ allowHalfOpen: true }, (client) => this.#accept(client));
    this.#server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as { port: number }).port));
    });
  }

  /**
   * Stops listening. Open connections end as the server behind ends them; a frozen proxy resets
   * them at once (a stopped process that is killed never answers again).
   */
  close(): void {
    this.#server?.close();
    this.#server = undefined;
    if (this.#frozen) this.cut();
  }

  freeze(): void {
    this.#frozen = true;
  }

  thaw(): void {
    this.#frozen = false;
    for (const pair of this.#pairs) {
      pair.up.pump();
      pair.down.pump();
    }
  }

  cut(): void {
    for (const pair of [...this.#pairs]) {
      this.cuts += 1;
      this.#drop(pair);
    }
  }

  #accept(client: Socket): void {
    client.setNoDelay(true);
    const upstream = connect({ host: '127.0.0.1', port: this.target(), allowHalfOpen: true });
    upstream.setNoDelay(true);
    const pair: Pair = {
      client,
      upstream,
      up: new Direction(upstream, this, false),
      down: new Direction(client, this, true),
    };
    this.#pairs.add(pair);
    client.on('data', (chunk: Buffer) => pair.up.push(chunk)).on('end', () => pair.up.push(null));
    upstream.on('data', (chunk: Buffer) => pair.down.push(chunk)).on('end', () => pair.down.push(null));
    // An error on either side resets both; a clean close of both sides just forgets the pair.
    const drop = () => this.#drop(pair);
    client.on('error', drop);
    upstream.on('error', drop);
    const forget = () => {
      if (client.destroyed && upstream.destroyed) this.#pairs.delete(pair);
    };
    client.on('close', forget);
    upstream.on('close', forget);
  }

  #drop(pair: Pair): void {
    if (!this.#pairs.delete(pair)) return;
    pair.up.clear();
    pair.down.clear();
    for (const socket of [pair.client, pair.upstream]) {
      if (socket.destroyed) continue;
      if (socket.connecting) socket.destroy();
      else socket.resetAndDestroy();
    }
  }
}
