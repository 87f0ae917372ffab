import type { Clock } from '../core/clock.ts';
import type { EventStore } from '../store/port.ts';
import { logAfter } from '../../projections/logBatches.ts';

/** Events counted behind the read models, at most (one read of the log). */
const COUNTED_UP_TO = 10_000;

/** How far this server's read models are behind the log (`/health`, docs/design.md § HTTP API). */
export interface ReadModelLag {
  /** The position of the last event in the log, as the store answered just now; null for an empty log. */
  readonly storePosition: string | null;
  /** Events in the log not yet in the read models (counted up to 10,000); 0 when up to date. */
  readonly events: number;
  /**
   * How long the oldest event not yet in the read models has been in the log: this server's clock
   * minus its `recordedAt` (the writing server's clock), never below 0; 0 when up to date.
   */
  readonly ms: number;
}

/**
 * Reads the head of the log and the events after `readModelsAt` (the read models' checkpoint). A
 * server that took a write has it in its read models before it answers (read-your-writes); another
 * server on the same store applies it when its subscription delivers it, and this says how far it
 * has got.
 */
export async function readModelLag(
  store: EventStore,
  readModelsAt: string | undefined,
  clock: Clock,
  signal?: AbortSignal,
): Promise<ReadModelLag> {
  const { head, events: behind } = await logAfter(store, readModelsAt, COUNTED_UP_TO, signal);
  const storePosition = head ?? null;
  const oldest = behind[0];
  const ms = oldest ? Math.max(0, clock().getTime() - Date.parse(oldest.metadata.recordedAt)) : 0;
  return { storePosition, events: behind.length, ms };
}
