import { readFact } from '../../projections/queries/factQuery.ts';
import type { CommandOf } from '../commands/aggregates.ts';
import type { Reply, RouteContext } from './route.ts';
import { writeForRequest } from './writeForRequest.ts';

/**
 * A fact command for a request; replies with the fact, built from the document the projection of
 * the append made when the read models are still where that left them (else read from them).
 */
export async function writeFact(
  ctx: RouteContext<unknown, unknown, unknown>,
  factId: string,
  command: CommandOf<'fact'>,
  options: { reason?: string | undefined; status?: number } = {},
): Promise<Reply> {
  return writeForRequest(ctx, 'fact', factId, command, {
    reason: options.reason,
    ...(options.status ? { status: options.status } : {}),
    location: `/api/facts/${factId}`,
    read: (asOf) => {
      const { readModels, runner } = ctx.deps.chronicle;
      return readFact(readModels(), factId, runner.appliedFacts.current(factId, asOf), asOf);
    },
  });
}
