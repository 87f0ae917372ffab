import { z } from 'zod';
import { Slug } from '../../core/slug.ts';
import { NoAnswerError, UnavailableError, ValidationError } from '../../core/errors.ts';
import type { Chronicle } from '../../main.ts';
import { importDossier } from '../../commands/dossier/importDossier.ts';
import { readDossierYaml } from '../../commands/dossier/readDossierYaml.ts';
import { buildOpenApi } from '../openapi.ts';
import { route, type RouteSpec } from '../route.ts';
import { HealthSchema } from '../healthSchema.ts';
import { readModelLag, type ReadModelLag } from '../readModelLag.ts';
import { ImportQuery, ImportReportSchema } from '../importSchemas.ts';
import { sessionIdOf } from '../sessions.ts';
import { PROBLEMS } from './problems.ts';
import { LOST_STORE_FIX } from '../../../projections/checkpointEvent.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];
const VERSION = '0.1.0';

/** How long `/health` waits for the store: it answers within a second whatever the store does. */
const HEALTH_WAIT_MS = 800;

/** Health, the OpenAPI document, import, rebuild and the live feed. `all` is every route (for OpenAPI). */
export function systemRoutes(all: () => readonly RouteSpec[]): RouteSpec[] {
  let openapi: unknown;
  /** One look at the store at a time: callers of `/health` while it runs share it. */
  let probing: Promise<ReadModelLag> | undefined;
  return [
    route({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      tag: 'system',
      role: null,
      summary:
        'Liveness within a second: `ok`; `degraded` while the store does not answer; `store-behind-read-models` when the log lost what the read models hold',
      responses: {
        200: { description: 'Healthy', schema: HealthSchema },
        503: { description: 'The store does not answer, or lost what the read models hold', schema: HealthSchema },
      },
      handle: async (ctx) => {
        const { chronicle, logger } = ctx.deps;
        const { runner } = chronicle;
        probing ??= (async () => {
          const signal = AbortSignal.timeout(HEALTH_WAIT_MS);
          await runner.assertLogHolds(signal);
          return readModelLag(chronicle.store, runner.readModels.checkpoint().position, chronicle.write.clock, signal);
        })().finally(() => (probing = undefined));
        const position = chronicle.readModels().checkpoint().position ?? null;
        const unknownLag = { projectionLag: null, projectionLagMs: null, position, storePosition: null };
        const lost = (store: 'reachable' | 'unreachable') => ({
          status: 503,
          body: {
            status: 'store-behind-read-models',
            store,
            ...unknownLag,
            detail: runner.storeLost ?? '',
            fix: LOST_STORE_FIX,
          },
        });
        if (runner.storeLost !== undefined) return lost('reachable');
        const degraded = (store: 'unreachable' | 'not-answering', detail: string) => ({
          status: 503,
          body: { status: 'degraded', store, ...unknownLag, detail },
        });
        let lag: ReadModelLag;
        try {
          lag = await withinMs(probing, HEALTH_WAIT_MS);
        } catch (error) {
          if (runner.storeLost !== undefined) return lost('reachable');
          if (error === TOO_LATE || error instanceof NoAnswerError) {
            logger.warn(`health check: the event store did not answer within ${HEALTH_WAIT_MS} ms`);
            return degraded('not-answering', `the event store did not answer within ${HEALTH_WAIT_MS} ms`);
          }
          logger.error({ err: error }, 'health check failed');
          return degraded('unreachable', `the event store could not be reached: ${(error as Error).message}`);
        }
        const body = {
          store: 'reachable',
          projectionLag: lag.events,
          projectionLagMs: lag.ms,
          position,
          storePosition: lag.storePosition,
        };
        if (runner.failure) {
          logger.error({ err: runner.failure }, 'the projections stopped following the log');
          const detail = `the read models stopped following the log: ${runner.failure.message}`;
          return { status: 503, body: { status: 'degraded', ...body, detail } };
        }
        return { status: 200, body: { status: 'ok', ...body } };
      },
    }),
    route({
      method: 'get',
      path: '/openapi.json',
      operationId: 'getOpenApi',
      tag: 'system',
      role: null,
      summary: 'This document (OpenAPI 3.1)',
      responses: {
        200: {
          description: 'OpenAPI 3.1',
          schema: z.record(z.string(), z.unknown()).meta({ description: 'An OpenAPI 3.1 document' }),
        },
      },
      handle: async () => ({ status: 200, body: (openapi ??= buildOpenApi(all(), VERSION)) }),
    }),
    route({
      method: 'post',
      path: '/api/import',
      operationId: 'importDossier',
      tag: 'system',
      role: 'admin',
      summary: 'Import a dossier (JSON or YAML); same result as `chronicle import`',
      body: z.unknown().meta({ description: 'A dossier (see the README)' }),
      bodyTypes: ['application/json', ...YAML_TYPES],
      largeBody: true,
      query: ImportQuery,
      responses: {
        200: {
          description:
            'Every item by id with its outcome (conflicts with both versions), and every rejected item with its path and reasons',
          schema: ImportReportSchema,
        },
        ...PROBLEMS.write,
      },
      handle: async (ctx) => {
        const dossier = typeof ctx.body === 'string' ? readDossierYaml(ctx.body) : ctx.body;
        const { chronicle } = ctx.deps;
        try {
          const report = await importDossier(chronicle.write, dossier, {
            metadata: {
              recordedBy: ctx.recordedBy,
              reason: ctx.query.reason ?? 'import over HTTP',
              correlationId: String(ctx.req.id),
            },
            dryRun: ctx.query.dryRun,
            ...(ctx.query.prefer ? { prefer: ctx.query.prefer } : {}),
          });
          const head = await chronicle.store.headPosition();
          if (head !== undefined && !report.dryRun) await whileProgressing(chronicle, head);
          return { status: 200, body: report };
        } catch (error) {
          // Items before the failure may be written: an import is idempotent, running it again
          // appends exactly what is missing.
          if (error instanceof UnavailableError && error.writeOutcome !== 'recorded')
            throw new UnavailableError(
              `${error.message}; the items before it may be written: run the import again, it appends only what is missing`,
              'unknown',
            );
          throw error;
        }
      },
    }),
    route({
      method: 'post',
      path: '/api/rebuild',
      operationId: 'rebuildReadModels',
      tag: 'system',
      role: 'admin',
      summary: 'Rebuild every read model from the log',
      responses: {
        200: { description: 'How many events were replayed', schema: z.object({ events: z.number().int() }) },
        ...PROBLEMS.write,
      },
      handle: async (ctx) => ({ status: 200, body: { events: await ctx.deps.chronicle.runner.rebuild() } }),
    }),
    route({
      method: 'get',
      path: '/api/updates',
      operationId: 'subscribeToUpdates',
      tag: 'live',
      role: 'reader',
      summary:
        'Server-Sent Events: entry-added, entry-changed (with `changes`), entry-removed; `id:` is the global position; resume with Last-Event-ID or `after`',
      query: z.strictObject({
        actor: Slug.optional(),
        topic: Slug.optional(),
        after: z.string().max(100).optional().meta({ description: 'Resume after this position (as Last-Event-ID)' }),
      }),
      requestHeaders: {
        'Last-Event-ID': z
          .string()
          .optional()
          .meta({ description: 'The `id:` of the last message received: the feed resumes right after it' }),
      },
      responses: {
        200: {
          description:
            'An event stream: `entry-added`, `entry-changed`, `entry-removed` (data: `{ position, factId, type, changes, entry }`), `reset` and `dropped`; comment heartbeats',
          contentType: 'text/event-stream',
          schema: z.string(),
        },
        ...PROBLEMS.read,
      },
      handle: async (ctx) => {
        const { actor, topic, after } = ctx.query;
        if (actor && topic) throw ValidationError.at('topic', 'give actor or topic, not both');
        const resumeFrom = ctx.req.get('Last-Event-ID') ?? after;
        ctx.deps.feed.connect(
          ctx.req,
          ctx.res,
          actor ? { kind: 'actor', id: actor } : topic ? { kind: 'topic', id: topic } : { kind: 'all' },
          resumeFrom,
          ctx.principal,
          ctx.req.get('Authorization') === undefined ? sessionIdOf(ctx.req.get('Cookie')) : undefined,
        );
      },
    }),
  ];
}

const TOO_LATE = Symbol('too late');

/** `work`, or a rejection with `TOO_LATE` once `ms` have passed. */
function withinMs<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(TOO_LATE), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Waits for the read models to include `head`, for as long as they make progress: a big import
 * takes its time to project, but a store or a projection that stalls ends the wait within
 * `storeTimeoutMs` (a 503 saying the import is recorded).
 */
async function whileProgressing(chronicle: Chronicle, head: string): Promise<void> {
  for (;;) {
    const before = chronicle.readModels().checkpoint().seq;
    try {
      return await chronicle.runner.waitFor(head, AbortSignal.timeout(chronicle.storeTimeoutMs));
    } catch (error) {
      if (!(error instanceof UnavailableError) || chronicle.readModels().checkpoint().seq === before) throw error;
    }
  }
}
