import type { AggregateKind, CommandOf } from '../commands/aggregates.ts';
import { execute } from '../commands/execute.ts';
import { UnavailableError } from '../core/errors.ts';
import { withSignal } from '../store/withSignal.ts';
import { formatEtag, parseIfMatch } from './etag.ts';
import type { Reply, RouteContext } from './route.ts';

/**
 * Runs a command for a request — with `If-Match` as the expected revision when given — waits until
 * the read models include it, then replies with the document `read` returns and its new ETag
 * (and `Location` for a 201). The CLI and the import share `execute`; this adds only what HTTP needs:
 * the request's deadline bounds the store calls and the wait, and a failure says what became of
 * the write (`writeOutcome`: nothing failed after an append without saying so).
 */
export async function writeForRequest<K extends AggregateKind>(
  ctx: RouteContext<unknown, unknown, unknown>,
  kind: K,
  id: string,
  command: CommandOf<K>,
  options: { reason?: string | undefined; status?: number; location: string; read: () => { revision: number } },
): Promise<Reply> {
  const ifMatch = parseIfMatch(ctx.req.get('If-Match'));
  const { write, runner } = ctx.deps.chronicle;
  let result;
  try {
    result = await execute({ ...write, store: withSignal(write.store, ctx.signal) }, kind, id, command, {
      metadata: {
        recordedBy: ctx.recordedBy,
        ...(options.reason ? { reason: options.reason } : {}),
        correlationId: String(ctx.req.id),
      },
      ...(typeof ifMatch === 'bigint' ? { expectedRevision: ifMatch } : {}),
      ...(ctx.eventIds ? { eventIds: ctx.eventIds } : {}),
      signal: ctx.signal,
    });
  } catch (error) {
    // Only an append in doubt says it may have written; every other failure came before one.
    if (error instanceof UnavailableError && error.writeOutcome === undefined)
      throw new UnavailableError(error.message, 'not-recorded');
    throw error;
  }
  if (result.position !== undefined) await runner.waitFor(result.position, ctx.signal);
  const doc = options.read();
  const status = options.status ?? 200;
  return {
    status,
    body: doc,
    headers: { ETag: formatEtag(doc.revision), ...(status === 201 ? { Location: options.location } : {}) },
  };
}
