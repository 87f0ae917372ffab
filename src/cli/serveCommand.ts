import { pino } from 'pino';
import { fileURLToPath } from 'node:url';
import { ValidationError } from '../core/errors.ts';
import { importDossier } from '../commands/dossier/importDossier.ts';
import { loadTokens } from '../http/auth.ts';
import { startServer } from '../http/server.ts';
import type { Chronicle } from '../main.ts';
import type { CliCommand } from './context.ts';
import { readDossierFile } from './readDossierFile.ts';

const DEMO = new URL('../../examples/nuctech-border-scanners.json', import.meta.url);

/** A brand-new store (an empty log) gets the demo dossier. */
export async function seedDemo(chronicle: Chronicle): Promise<boolean> {
  if ((await chronicle.store.headPosition()) !== undefined) return false;
  const dossier = await readDossierFile(process.cwd(), fileURLToPath(DEMO));
  await importDossier(chronicle.write, dossier, {
    metadata: { recordedBy: 'chronicle-demo', reason: 'demo dossier for a new store' },
  });
  return true;
}

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'HTTP API and live feed; a brand-new store gets the demo dossier',
  usage: `chronicle serve [--port 3000] [--host 127.0.0.1] [--no-demo]
  --no-demo (or CHRONICLE_DEMO=0): do not seed a new store with the demo dossier.
  Tokens: CHRONICLE_TOKENS="reader:…,editor:alice:…,admin:…" (role:token or role:name:token; the name is recorded as recordedBy) or CHRONICLE_TOKENS_FILE; without tokens only a loopback host is allowed.
  The page signs in with a token for a session cookie lasting CHRONICLE_SESSION_TTL (default 12h; 3600, 90m, 7d).
  Behind a reverse proxy: CHRONICLE_TRUST_PROXY="10.0.0.5,fd00::/8,loopback" lists the proxies whose X-Forwarded-* headers are believed.
  Limits per token: CHRONICLE_RATE_LIMIT requests a minute (default 1200), CHRONICLE_FEED_CONNECTIONS open live-feed streams (default 16); 0 turns a limit off.
  CHRONICLE_IDEMPOTENCY_TTL: how long a reply to a POST with an Idempotency-Key is kept for retries (default 24h; 3600, 90m, 7d).
  Logs are JSON lines (pino) on stdout; LOG_LEVEL sets the level (default info).`,
  options: { port: { type: 'string' }, host: { type: 'string' }, 'no-demo': { type: 'boolean' } },
  positionals: [],
  async run(ctx, values) {
    const port = values.port === undefined ? 3000 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw ValidationError.at('port', `must be 0–65535, got ${String(values.port)}`);
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    const tokens = loadTokens(ctx.io.env);
    const logger = pino({ level: ctx.io.env.LOG_LEVEL ?? 'info' });
    const chronicle = await ctx.chronicle();
    if (!values['no-demo'] && ctx.config.demo && (await seedDemo(chronicle))) logger.info('seeded the demo dossier');
    const server = await startServer({
      chronicle,
      logger,
      tokens,
      host,
      port,
      limits: ctx.config.limits,
      sessions: { ttlMs: ctx.config.sessionTtlMs },
      trustProxy: ctx.config.trustProxy,
      idempotencyTtlMs: ctx.config.idempotencyTtlMs,
    });
    ctx.io.stderr(`Chronicle is serving on ${server.url} (store ${chronicle.store.constructor.name})\n`);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        void server.close().then(resolve);
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
