import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RouteSpec } from './route.ts';

const IfMatchHeader = z
  .string()
  .optional()
  .meta({ description: 'The ETag you read; a stale one gets 412 with the current ETag' });
const IdempotencyHeader = z
  .string()
  .optional()
  .meta({ description: 'Retrying a POST with the same key returns the first reply and appends nothing' });

const IfNoneMatchHeader = z
  .string()
  .optional()
  .meta({ description: 'The ETag of the page you hold: 304 with no body while it is current' });

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** OpenAPI 3.1 for the routes, generated from the same zod schemas that validate requests. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const r of routes) {
    const headers = {
      ...(r.ifMatch ? { 'if-match': IfMatchHeader } : {}),
      ...(r.responses[304] ? { 'if-none-match': IfNoneMatchHeader } : {}),
      ...(r.method === 'post' ? { 'idempotency-key': IdempotencyHeader } : {}),
    };
    const operation: ZodOpenApiOperationObject = {
      summary: r.summary,
      tags: [r.tag],
      ...(r.role
        ? { security: [{ bearer: [] }], description: `Needs the \`${r.role}\` role when tokens are configured.` }
        : {}),
      requestParams: {
        ...(r.params ? { path: r.params as never } : {}),
        ...(r.query ? { query: r.query as never } : {}),
        ...(Object.keys(headers).length ? { header: z.object(headers) } : {}),
      },
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                (r.bodyTypes ?? ['application/json']).map((t) => [t, { schema: r.body as never }]),
              ),
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(r.responses).map(([status, spec]) => [
          status,
          {
            description: spec.description,
            ...(spec.schema || spec.contentType
              ? {
                  content: {
                    [spec.contentType ?? 'application/json']: { schema: (spec.schema ?? z.string()) as never },
                  },
                }
              : {}),
          },
        ]),
      ),
    };
    const path = toOpenApiPath(r.path);
    paths[path] = { ...(paths[path] ?? {}), [r.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Chronicle',
      version,
      description: 'Event-sourced timelines with fuzzy (EDTF) dates. Errors are application/problem+json (RFC 9457).',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  });
}
