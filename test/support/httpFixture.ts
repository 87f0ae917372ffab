import { pino, type Logger } from 'pino';
import type { CapturePoolOptions } from '../../src/capture/capturePool.ts';
import { parseTokens, type TokenTable } from '../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import type { LiveFeedOptions } from '../../src/http/liveFeedOptions.ts';
import type { Limits } from '../../src/http/limits.ts';
import type { SessionStoreOptions } from '../../src/http/sessions.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openTestChronicle, type ChronicleFixture } from './chronicleFixture.ts';
import { demoDossier, metadata } from './demoDossier.ts';
import { apiValidator } from './openapiValidator.ts';

export const TOKENS = {
  reader: 'reader-token-0123456789',
  editor: 'editor-token-0123456789',
  admin: 'admin-token-01234567890',
} as const;

export interface HttpResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly json: any;
}

export interface HttpFixture extends ChronicleFixture {
  readonly server: RunningServer;
  readonly url: string;
  /**
   * Sends a request and reads the whole response, which must be one the OpenAPI document
   * describes (see `ResponseValidator.check`): every HTTP test checks the contract as it runs.
   */
  request(
    method: string,
    path: string,
    options?: { body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<HttpResponse>;
}

export interface HttpFixtureOptions {
  /** Seed the demo dossier (default true). */
  readonly demo?: boolean;
  /** Configure the three test tokens (default false: open, loopback only). */
  readonly auth?: boolean;
  readonly feed?: LiveFeedOptions;
  readonly bodyLimit?: number;
  /** Per-token limits (default none). */
  readonly limits?: Limits;
  /** CHRONICLE_TOKENS as written (replaces `auth`'s three test tokens). */
  readonly tokens?: string;
  readonly sessions?: SessionStoreOptions;
  readonly trustProxy?: readonly string[];
  /** Which captures run in worker threads (default: the server's). */
  readonly capture?: CapturePoolOptions;
  /** The server's logger (default: silent). */
  readonly logger?: Logger;
}

/** A real server on an ephemeral loopback port, over a temp SQLite store with a fixed clock. */
export async function startTestServer(options: HttpFixtureOptions = {}): Promise<HttpFixture> {
  const base = await openTestChronicle();
  if (options.demo ?? true) await importDossier(base.chronicle.write, demoDossier(), { metadata });
  const tokens: TokenTable = options.tokens
    ? parseTokens(options.tokens, 'test')
    : options.auth
      ? parseTokens(`reader:${TOKENS.reader},editor:${TOKENS.editor},admin:${TOKENS.admin}`, 'test')
      : parseTokens('', 'test');
  const server = await startServer({
    chronicle: base.chronicle,
    logger: options.logger ?? pino({ level: 'silent' }),
    tokens,
    host: '127.0.0.1',
    port: 0,
    ...(options.feed ? { feed: options.feed } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.sessions ? { sessions: options.sessions } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(options.capture ? { capture: options.capture } : {}),
  });
  return {
    ...base,
    server,
    url: server.url,
    async request(method, path, { body, raw, headers = {} } = {}) {
      const init: RequestInit = {
        method,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      };
      if (raw !== undefined) init.body = raw;
      else if (body !== undefined) init.body = JSON.stringify(body);
      const res = await fetch(`${server.url}${path}`, init);
      const text = await res.text();
      apiValidator().check({ method, path, status: res.status, headers: res.headers, text });
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: res.status, headers: res.headers, text, json };
    },
    async close() {
      await server.close();
      await base.close();
    },
  };
}
