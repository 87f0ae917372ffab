import { readFact } from '../../projections/queries/factQuery.ts';
import type { CommandOf } from '../commands/aggregates.ts';
import { ValidationError } from '../core/errors.ts';
import { withSignal } from '../store/withSignal.ts';
import { KnownIds, missingReferences, type FactReferences } from '../dossier/references.ts';
import type { Reply, RouteContext } from './route.ts';
import { writeForRequest } from './writeForRequest.ts';

/** A fact command for a request: the actors, topics and sources it names must exist; replies with the fact. */
export async function writeFact(
  ctx: RouteContext<unknown, unknown, unknown>,
  factId: string,
  command: CommandOf<'fact'>,
  options: { reason?: string | undefined; status?: number; references?: FactReferences } = {},
): Promise<Reply> {
  if (options.references) {
    const store = withSignal(ctx.deps.chronicle.store, ctx.signal);
    const issues = await missingReferences(new KnownIds(store), options.references, '');
    if (issues.length > 0) throw new ValidationError(issues);
  }
  return writeForRequest(ctx, 'fact', factId, command, {
    reason: options.reason,
    ...(options.status ? { status: options.status } : {}),
    location: `/api/facts/${factId}`,
    read: () => readFact(ctx.deps.chronicle.readModels(), factId),
  });
}
