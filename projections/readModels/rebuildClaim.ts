import { randomUUID } from 'node:crypto';
import { RebuildTakenOverError } from '../../src/core/errors.ts';
import type { ReadModelContext } from './context.ts';
import type { Meta } from './meta.ts';

const CLAIM_KEY = 'rebuild-claim';

/**
 * Which rebuild fills a set of rebuild tables. A rebuild claims them in the transaction that creates
 * them; each of its writes, and its swap, first checks under the write lock that no later rebuild
 * on the same file has dropped and claimed them since (or swapped them in).
 */
export class RebuildClaim {
  private readonly token = randomUUID();

  constructor(
    private readonly c: ReadModelContext,
    private readonly meta: Meta,
  ) {
    meta.set(CLAIM_KEY, this.token);
  }

  holds(): boolean {
    const tables = this.c.stmt(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`);
    return tables.get(`${this.c.prefix}meta`) !== undefined && this.meta.get(CLAIM_KEY) === this.token;
  }

  /** Throws `RebuildTakenOverError` when the tables are no longer this rebuild's. */
  assert(): void {
    if (!this.holds()) throw new RebuildTakenOverError();
  }

  /** Takes the claim out of tables about to go live. */
  release(): void {
    this.meta.delete(CLAIM_KEY);
  }
}
