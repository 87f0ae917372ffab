import { once } from 'node:events';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { ValidationError } from '../core/errors.ts';
import type { Chronicle } from '../main.ts';
import { authEnabled, isLoopback, type TokenTable } from './auth.ts';
import { CapturePool, type CapturePoolOptions } from '../capture/capturePool.ts';
import { storeIdOf } from '../commands/storeIdentity.ts';
import { createApp } from './createApp.ts';
import { IdempotencyStore } from './idempotency.ts';
import { RequestRateLimiter, type Limits } from './limits.ts';
import { LiveFeed } from './liveFeed.ts';
import type { LiveFeedOptions } from './liveFeedOptions.ts';
import { SessionStore, type SessionStoreOptions } from './sessions.ts';
import { PageCache } from './pageCache.ts';

export interface ServerOptions {
  readonly chronicle: Chronicle;
  readonly logger: Logger;
  readonly tokens: TokenTable;
  /** Default 127.0.0.1. Without tokens only a loopback host is allowed. */
  readonly host?: string;
  /** Default 3000; 0 picks a free port. */
  readonly port?: number;
  readonly feed?: LiveFeedOptions;
  readonly bodyLimit?: number;
  /** Per-token request rate and live-feed streams; absent: no limits (`chronicle serve` sets defaults). */
  readonly limits?: Limits;
  /** The page's sign-in sessions: their life (CHRONICLE_SESSION_TTL, default 12 h) and clock. */
  readonly sessions?: SessionStoreOptions;
  /** Reverse proxies whose `X-Forwarded-*` headers are believed (CHRONICLE_TRUST_PROXY). Default none. */
  readonly trustProxy?: readonly string[];
  /** How long a reply stored under an `Idempotency-Key` is kept. Default 24 h. */
  readonly idempotencyTtlMs?: number;
  /** Bytes of serialised timeline pages kept (`PageCache`). Default 16 MiB. */
  readonly pageCacheBytes?: number;
  /**
   * How long a stop waits for requests in flight before it answers them 503 and cuts the
   * connections. Default 10 000 ms, and at least the store timeout plus 2 s (every request is over
   * by its deadline plus a second).
   */
  readonly shutdownGraceMs?: number;
  /** Which captures run in worker threads, how many at once and how many may wait (`CapturePool`). */
  readonly capture?: CapturePoolOptions;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  readonly feed: LiveFeed;
  /** The threads `POST /api/capture` reads long texts in. */
  readonly captures: CapturePool;
  /** Graceful stop: no new connections, in-flight requests finish, SSE clients get a retry hint. */
  close(): Promise<void>;
}

/** Starts the projections and the HTTP server. The caller owns `chronicle` and closes it after. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!authEnabled(options.tokens) && !isLoopback(host)) {
    throw ValidationError.at(
      'host',
      `refusing to listen on ${host} with no tokens configured: set CHRONICLE_TOKENS (or CHRONICLE_TOKENS_FILE), or use a loopback host such as 127.0.0.1`,
    );
  }
  const { chronicle, logger } = options;
  await chronicle.runner.start();
  const { limits = {} } = options;
  const sessions = new SessionStore(options.sessions);
  const feed = new LiveFeed(chronicle.runner, logger, {
    sessionLive: (id) => sessions.find(id) !== undefined,
    ...options.feed,
    maxStreamsPerPrincipal: limits.feedConnections ?? 0,
  });
  // The read models stopped or started matching the log wholesale: feed clients must reload.
  const stopResets = chronicle.runner.onReset((reason) => feed.resetAll(reason));
  const idempotency = new IdempotencyStore(
    chronicle.readModels().db,
    options.idempotencyTtlMs ? { ttlMs: options.idempotencyTtlMs } : {},
  );
  let storeId: Promise<string> | undefined;
  const rateLimiter = limits.requestsPerMinute
    ? new RequestRateLimiter(limits.requestsPerMinute, limits.now)
    : undefined;
  const captures = new CapturePool(options.capture);
  const app = createApp({
    chronicle,
    logger,
    tokens: options.tokens,
    feed,
    idempotency,
    sessions,
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    storeId: () => {
      storeId ??= storeIdOf(chronicle.write);
      storeId.catch(() => (storeId = undefined)); // a store that failed is asked again next time
      return storeId;
    },
    pages: new PageCache(options.pageCacheBytes),
    captures,
    ...(rateLimiter ? { rateLimiter } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
  });
  const server = createServer({ ...app.serverObjects });
  const lastExchange = new WeakMap<Duplex, Exchange>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => lastExchange.set(req.socket, { req, res }));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerUnparsable(error, socket, lastExchange.get(socket)),
  );
  // While stopping, responses close their connection so keep-alive sockets do not hold the stop up.
  let stopping = false;
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res) => {
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    if (stopping) res.setHeader('Connection', 'close');
  });
  // The app listens last: it may answer a request at once, and the header above goes before it.
  server.on('request', app.listener);
  server.listen(options.port ?? 3000, host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url, auth: authEnabled(options.tokens) }, 'chronicle is serving');
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    feed,
    captures,
    close: () =>
      (closing ??= (async () => {
        stopping = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        stopResets();
        feed.close();
        server.closeIdleConnections();
        // Requests in flight end by their deadline; a connection that never sends a request would
        // hold the stop up for ever: after the grace, whatever is unanswered is answered, then cut.
        const grace = options.shutdownGraceMs ?? Math.max(10_000, chronicle.storeTimeoutMs + 2000);
        const cut = setTimeout(() => {
          for (const res of inFlight) if (!res.headersSent) answerStopping(res);
          server.closeAllConnections();
        }, grace);
        cut.unref();
        await closed;
        clearTimeout(cut);
        await captures.close();
        await chronicle.runner.stop();
      })()),
  };
}

/** A request still unanswered when the server must stop: 503, retry elsewhere or later. */
function answerStopping(res: ServerResponse): void {
  const body = JSON.stringify({
    type: '/problems/unavailable',
    title: 'Service unavailable',
    status: 503,
    detail: 'the server is stopping; retry shortly',
  });
  res.writeHead(503, {
    'Content-Type': 'application/problem+json',
    'Retry-After': '1',
    Connection: 'close',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** The last request read on a connection, and its response. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
}

/**
 * Requests Node's HTTP parser refuses before express sees them (a head over 16 KiB, a control byte
 * in the path, broken framing) get a problem document like every other refusal, then the close —
 * unless that would write into or after another answer: the request whose body broke was answered
 * already (a routed 404 sent before its body was read, a live-feed stream), or an answer to an
 * earlier request is still being written. A second status line there would be read as the answer
 * to a request never sent, or inside the first one; the connection is only closed.
 */
function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex, last: Exchange | undefined): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  const answered = last !== undefined && !last.req.complete && last.res.headersSent;
  const writing = inFlight?.headersSent === true && !inFlight.writableEnded;
  if (error.code === 'ECONNRESET' || !socket.writable || answered || writing) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    type: tooLarge ? '/problems/header-too-large' : '/problems/bad-request',
    title: STATUS_CODES[status],
    status,
    detail: tooLarge
      ? 'the request head (the URL with its query and the headers) is larger than 16 KiB'
      : 'the request could not be parsed as HTTP',
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
