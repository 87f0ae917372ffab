import { readFact } from '../../projections/queries/factQuery.ts';
import type { CommandOf } from '../commands/aggregates.ts';
import { execute } from '../commands/execute.ts';
import { ValidationError } from '../core/errors.ts';
import { KnownIds, missingReferences, type FactReferences } from '../dossier/references.ts';
import { formatEtag, parseIfMatch } from './etag.ts';
import type { Reply, RouteContext } from './route.ts';

/**
 * Runs a fact command for a request — with `If-Match` as the expected revision when given — waits
 * until the read models include it, and replies with the fact and its new ETag. The CLI and the
 * import share `execute`; this adds only what HTTP needs.
 */
export async function writeFact(
  ctx: RouteContext<unknown, unknown, unknown>,
  factId: string,
  command: CommandOf<'fact'>,
  options: { reason?: string | undefined; status?: number; references?: FactReferences } = {},
): Promise<Reply> {
  const ifMatch = parseIfMatch(ctx.req.get('If-Match'));
  if (options.references) {
    const issues = await missingReferences(new KnownIds(ctx.deps.chronicle.store), options.references, '');
    if (issues.length > 0) throw new ValidationError(issues);
  }
  const result = await execute(ctx.deps.chronicle.write, 'fact', factId, command, {
    metadata: { recordedBy: ctx.recordedBy, ...(options.reason ? { reason: options.reason } : {}), correlationId: String(ctx.req.id) },
    ...(typeof ifMatch === 'bigint' ? { expectedRevision: ifMatch } : {}),
  });
  if (result.position !== undefined) await ctx.deps.chronicle.runner.waitFor(result.position);
  const fact = readFact(ctx.deps.chronicle.readModels(), factId);
  const status = options.status ?? 200;
  return {
    status,
    body: fact,
    headers: { ETag: formatEtag(fact.revision), ...(status === 201 ? { Location: `/api/facts/${factId}` } : {}) },
  };
}
