import { ValidationError } from '../../core/errors.ts';
import { DEFAULT_STORE_TIMEOUT_MS } from '../port.ts';
import type { Backoff } from './retry.ts';

/** Tuning of the EventStoreDB store; every field has a default fit for production. */
export interface EventStoreDbTuning {
  /**
   * Retries of a read or an append that failed for a reason that may pass (no leader during an
   * election, a node restart, a dropped connection, a timeout) before the operation fails with
   * `UnavailableError`. Default 4 (five attempts over about 3 s with the default backoff).
   */
  readonly retries?: number;
  /** Backoff between retries and between subscription reconnects. Default 200 ms doubling to 5 s. */
  readonly backoff?: Partial<Backoff>;
  /**
   * The most one operation may take, retries included: a read, an append, the head, and a
   * subscription's wait for the server to confirm it. A frozen node fails calls with
   * `UnavailableError` after this, instead of holding them for as long as it is stopped.
   * `CHRONICLE_STORE_TIMEOUT`; default 5000 ms.
   */
  readonly timeoutMs?: number;
  /**
   * How long the last look for an append in doubt may take, once its time has run out (the stream
   * is read for the append's event ids). Default 800 ms, so a request answers within its deadline
   * plus a second.
   */
  readonly outcomeCheckMs?: number;
  /**
   * The longest wait between two reconnects of a dropped subscription (the backoff is capped here),
   * so a node that comes back is noticed — and checked — within about this much. Default 1000 ms.
   */
  readonly maxReconnectDelayMs?: number;
  /**
   * Reconnects of a dropped subscription without any progress in between before it gives up and
   * calls `onError` with `UnavailableError`. Default: never give up.
   */
  readonly maxReconnectAttempts?: number;
  /**
   * Filtered subscriptions: the server reports a checkpoint (`checkpointReached`) after
   * `checkpointInterval × maxSearchWindow` events it considered, so the read models' checkpoint
   * moves over stretches of the log the filter leaves out. Defaults 1 and 32 (the client's and
   * the server's): a checkpoint every 32 events.
   */
  readonly checkpointInterval?: number;
  readonly maxSearchWindow?: number;
  /** Events per request when `readAll`/`headPosition` page through `$all`. Default 500. */
  readonly pageSize?: number;
  /** Events a subscription buffers before it pauses the server stream (back-pressure). Default 256. */
  readonly subscriptionBuffer?: number;
}

export interface EventStoreDbOptions extends EventStoreDbTuning {
  /**
   * An EventStoreDB/KurrentDB connection string: `esdb://host:2113?tls=false` (one node),
   * `esdb://a:2113,b:2113,c:2113` (gossip seeds), `esdb+discover://cluster.dns:2113` (DNS
   * discovery); `kurrentdb://` and `kurrentdb+discover://` are read as their `esdb` equivalents.
   */
  readonly connectionString: string;
}

export interface Settings {
  readonly retries: number;
  readonly backoff: Backoff;
  readonly timeoutMs: number;
  readonly outcomeCheckMs: number;
  readonly maxReconnectDelayMs: number;
  readonly maxReconnectAttempts: number;
  readonly checkpointInterval: number;
  readonly maxSearchWindow: number;
  readonly pageSize: number;
  readonly subscriptionBuffer: number;
}

export function settingsOf(tuning: EventStoreDbTuning): Settings {
  return {
    retries: count(tuning.retries ?? 4, 'retries', 0),
    backoff: {
      initialDelayMs: count(tuning.backoff?.initialDelayMs ?? 200, 'backoff.initialDelayMs', 0),
      maxDelayMs: count(tuning.backoff?.maxDelayMs ?? 5000, 'backoff.maxDelayMs', 0),
    },
    timeoutMs: count(tuning.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS, 'timeoutMs', 1),
    outcomeCheckMs: count(tuning.outcomeCheckMs ?? 800, 'outcomeCheckMs', 1),
    maxReconnectDelayMs: count(tuning.maxReconnectDelayMs ?? 1000, 'maxReconnectDelayMs', 0),
    maxReconnectAttempts: count(tuning.maxReconnectAttempts ?? Infinity, 'maxReconnectAttempts', 0, true),
    checkpointInterval: count(tuning.checkpointInterval ?? 1, 'checkpointInterval', 1),
    maxSearchWindow: count(tuning.maxSearchWindow ?? 32, 'maxSearchWindow', 1),
    pageSize: count(tuning.pageSize ?? 500, 'pageSize', 1),
    subscriptionBuffer: count(tuning.subscriptionBuffer ?? 256, 'subscriptionBuffer', 1),
  };
}

function count(value: number, path: string, min: number, unbounded = false): number {
  if (unbounded && value === Infinity) return value;
  if (!Number.isSafeInteger(value) || value < min)
    throw ValidationError.at(path, `expected an integer >= ${min}, got ${value}`);
  return value;
}
