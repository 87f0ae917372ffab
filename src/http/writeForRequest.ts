import type { AggregateKind, CommandOf } from '../commands/aggregates.ts';
import { execute } from '../commands/execute.ts';
import { UnavailableError } from '../core/errors.ts';
import { withSignal } from '../store/withSignal.ts';
import type { Written } from '../../projections/readModelDb.ts';
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
  options: {
    reason?: string | undefined;
    status?: number;
    location: string;
    /** The document to answer with; `asOf`, when given, the commit of the read models to read it as of. */
    read: (asOf?: Written) => { revision: number };
  },
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
  let asOf: Written | undefined;
  if (result.position !== undefined) {
    await runner.waitFor(result.position, ctx.signal);
    // A commit of the read models that includes this write came after the request began: its
    // state is one the answer may show, known without a read.
    asOf = runner.writtenAfter(result.position);
  }
  const doc = options.read(asOf);
  const status = options.status ?? 200;
  return {
    status,
    body: doc,
    headers: { ETag: formatEtag(doc.revision), ...(status === 201 ? { Location: options.location } : {}) },
  };
}
