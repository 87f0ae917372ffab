import { z } from 'zod';
import { Slug } from '../../core/slug.ts';
import { ValidationError } from '../../core/errors.ts';
import { importDossier } from '../../dossier/importDossier.ts';
import { readDossierYaml } from '../../dossier/readDossierYaml.ts';
import { buildOpenApi } from '../openapi.ts';
import { route, type RouteSpec } from '../route.ts';
import { ImportQuery, ImportReportSchema } from '../importSchemas.ts';
import { HealthSchema } from '../schemas.ts';
import { PROBLEMS } from './problems.ts';

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml'];
const VERSION = '0.1.0';

/** Health, the OpenAPI document, import, rebuild and the live feed. `all` is every route (for OpenAPI). */
export function systemRoutes(all: () => readonly RouteSpec[]): RouteSpec[] {
  let openapi: unknown;
  return [
    route({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      tag: 'system',
      role: null,
      summary: 'Liveness: store reachable, projection lag in events',
      responses: {
        200: { description: 'Healthy', schema: HealthSchema },
        503: { description: 'The store cannot be reached', schema: HealthSchema },
      },
      handle: async (ctx) => {
        const { chronicle } = ctx.deps;
        try {
          const lag = await chronicle.runner.lag();
          const body = {
            store: 'reachable',
            projectionLag: lag,
            position: chronicle.readModels().checkpoint().position ?? null,
          };
          if (chronicle.runner.failure) {
            ctx.deps.logger.error({ err: chronicle.runner.failure }, 'the projections stopped following the log');
            return { status: 503, body: { status: 'degraded', ...body } };
          }
          return { status: 200, body: { status: 'ok', ...body } };
        } catch (error) {
          ctx.deps.logger.error({ err: error }, 'health check failed');
          return {
            status: 503,
            body: { status: 'degraded', store: 'unreachable', projectionLag: null, position: null },
          };
        }
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
        if (head !== undefined && !report.dryRun) await chronicle.runner.waitFor(head);
        return { status: 200, body: report };
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
        );
      },
    }),
  ];
}
