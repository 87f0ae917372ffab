import type { AggregateKind, CommandOf } from '../commands/aggregates.ts';
import { execute } from '../commands/execute.ts';
import { formatEtag, parseIfMatch } from './etag.ts';
import type { Reply, RouteContext } from './route.ts';

/**
 * Runs a command for a request — with `If-Match` as the expected revision when given — waits until
 * the read models include it, then replies with the document `read` returns and its new ETag
 * (and `Location` for a 201). The CLI and the import share `execute`; this adds only what HTTP needs.
 */
export async function writeForRequest<K extends AggregateKind>(
  ctx: RouteContext<unknown, unknown, unknown>,
  kind: K,
  id: string,
  command: CommandOf<K>,
  options: { reason?: string | undefined; status?: number; location: string; read: () => { revision: number } },
): Promise<Reply> {
  const ifMatch = parseIfMatch(ctx.req.get('If-Match'));
  const result = await execute(ctx.deps.chronicle.write, kind, id, command, {
    metadata: {
      recordedBy: ctx.recordedBy,
      ...(options.reason ? { reason: options.reason } : {}),
      correlationId: String(ctx.req.id),
    },
    ...(typeof ifMatch === 'bigint' ? { expectedRevision: ifMatch } : {}),
  });
  if (result.position !== undefined) await ctx.deps.chronicle.runner.waitFor(result.position);
  const doc = options.read();
  const status = options.status ?? 200;
  return {
    status,
    body: doc,
    headers: { ETag: formatEtag(doc.revision), ...(status === 201 ? { Location: options.location } : {}) },
  };
}
