import Database from 'better-sqlite3';
import { ConcurrencyError, ValidationError, type Issue } from '../../core/errors.ts';
import type { AppendResult, BatchOutcome } from '../port.ts';
import type { ValidAppend } from '../validateAppend.ts';
import type { CommittedRows } from './append.ts';
import type { ConnectionSettings } from './schema.ts';

/**
 * The messages between the store and its commit worker (`commitWorker.ts`). Only plain data crosses
 * the thread boundary (structured clone keeps bigints, not classes), so a refusal travels as its
 * fields and is made the same typed error again on the store's side.
 */

/** What the worker is started with (`workerData`): the file and its connection's pragmas. */
export interface CommitWorkerSettings extends ConnectionSettings {
  readonly path: string;
}

/** Store → worker: commit these appends in one transaction, or close the connection and stop. */
export type ToWorker =
  | { readonly type: 'commit'; readonly requests: readonly ValidAppend[]; readonly keepRows: boolean }
  | { readonly type: 'close' };

/** A refused append, as data. */
export type WireRefusal =
  | { readonly kind: 'concurrency'; readonly stream: string; readonly expected: string; readonly actual?: bigint }
  | { readonly kind: 'validation'; readonly issues: readonly Issue[] };

export type WireOutcome =
  { readonly ok: true; readonly result: AppendResult } | { readonly ok: false; readonly refusal: WireRefusal };

/** An error that aborted the whole transaction (SQLite's, or the file failing to open). */
export interface WireFailure {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
}

/**
 * Worker → store, once per `commit`, after its `COMMIT` returned (or the transaction failed):
 * `wrote` when at least one event was written; `rows` when they were asked for and written.
 */
export type FromWorker =
  | {
      readonly type: 'committed';
      readonly outcomes: readonly WireOutcome[];
      readonly wrote: boolean;
      readonly rows?: CommittedRows;
    }
  | { readonly type: 'failed'; readonly failure: WireFailure };

export function toWireOutcome(outcome: BatchOutcome): WireOutcome {
  if (outcome.ok) return outcome;
  const { error } = outcome;
  if (error instanceof ConcurrencyError) {
    return {
      ok: false,
      refusal: {
        kind: 'concurrency',
        stream: error.stream,
        expected: error.expected,
        ...(error.actual === undefined ? {} : { actual: error.actual }),
      },
    };
  }
  if (error instanceof ValidationError) return { ok: false, refusal: { kind: 'validation', issues: error.issues } };
  // The appender refuses with these two only; anything else aborts the batch and is thrown.
  throw error;
}

export function fromWireOutcome(outcome: WireOutcome): BatchOutcome {
  if (outcome.ok) return outcome;
  const { refusal } = outcome;
  return {
    ok: false,
    error:
      refusal.kind === 'concurrency'
        ? new ConcurrencyError(refusal.stream, refusal.expected, refusal.actual)
        : new ValidationError(refusal.issues),
  };
}

export function toWireFailure(error: unknown): WireFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/** SQLite's errors come back as `SqliteError` with their code, so they are mapped as in the thread. */
export function fromWireFailure(failure: WireFailure): Error {
  if (failure.code !== undefined && failure.name === 'SqliteError')
    return new Database.SqliteError(failure.message, failure.code);
  const error = new Error(failure.message);
  error.name = failure.name;
  if (failure.code !== undefined) Object.assign(error, { code: failure.code });
  return error;
}
