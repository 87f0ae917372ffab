import {
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError as ClientUnavailableError,
  type WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConcurrencyError, UnavailableError } from '../../core/errors.ts';
import type { ExpectedRevision } from '../port.ts';

/**
 * gRPC status codes of failures that may pass: CANCELLED (by the server: it stopped), DEADLINE_EXCEEDED,
 * ABORTED (EventStoreDB's "Operation timed out", also sent to live subscriptions that fell behind),
 * INTERNAL (a stream reset by the server or a proxy) and UNAVAILABLE.
 */
const TRANSIENT_STATUS = new Set([1, 4, 10, 13, 14]);

/**
 * Whether a failure may pass if the operation is tried again, possibly on another node:
 * - no leader (an election: `UNAVAILABLE: Server Is Not Ready`), or this node stopped being
 *   leader (`NotLeaderError`; the client reconnects to the leader it names);
 * - the connection dropped or the node restarted (`UNAVAILABLE`, `CANCELLED` by the server);
 * - the server timed out (`ABORTED`) or the deadline passed;
 * - cluster discovery found no usable node (`esdb+discover://`: "Failed to discover …"), or a call
 *   started on a channel the client had just closed to reconnect.
 * Some failures reach callers as the raw gRPC error rather than the client's typed one (a refused
 * connection during an append), hence the status-code check.
 */
export function isTransient(error: unknown): boolean {
  if (
    error instanceof NotLeaderError ||
    error instanceof ClientUnavailableError ||
    error instanceof CancelledError ||
    error instanceof TimeoutError ||
    error instanceof DeadlineExceededError ||
    error instanceof UnavailableError
  ) {
    return true;
  }
  if (!(error instanceof Error)) return false;
  if (/^Failed to discover after \d+ attempts|Channel has been shut down/.test(error.message)) return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && TRANSIENT_STATUS.has(code);
}

/** A failure that may pass, as Chronicle's retryable `UnavailableError` naming what failed. */
export function unavailable(operation: string, error: unknown, attempts: number): UnavailableError {
  const reason =
    error instanceof NotLeaderError ? 'no leader could be reached' : ((error as Error)?.message ?? String(error));
  return new UnavailableError(
    `EventStoreDB could not ${operation} after ${attempts} attempt${attempts === 1 ? '' : 's'} (${reason}); this may pass, and it is safe to retry`,
  );
}

/** The client's wrong-expected-version failure as Chronicle's `ConcurrencyError`, with the actual revision. */
export function concurrencyErrorOf(
  error: WrongExpectedVersionError,
  stream: string,
  expected: ExpectedRevision,
): ConcurrencyError {
  const actual = typeof error.actualVersion === 'bigint' ? error.actualVersion : undefined;
  return new ConcurrencyError(stream, String(expected), actual);
}
