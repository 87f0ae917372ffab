import type { MessagePort } from 'node:worker_threads';
import { ValidationError, type Issue } from '../core/errors.ts';
import type { KnownActor } from './actorTypes.ts';
import type { CaptureRequest } from './captureInput.ts';
import type { CaptureDraft } from './draft.ts';
import type { KnownSource } from './draftOf.ts';

/**
 * The messages between the capture pool (`capturePool.ts`) and its threads (`captureThread.ts`).
 * Only plain data crosses a thread's boundary: a refusal travels as its issues and is made the
 * same `ValidationError` again on the pool's side.
 */

/** What a thread is started with (`workerData`): the flag it waits on, and the port it asks the store through. */
export interface CaptureThreadData {
  /** One `Int32Array` slot: 0 while a question waits for its answer, 1 once the answer is on the port. */
  readonly flag: SharedArrayBuffer;
  readonly questions: MessagePort;
}

/** Pool → thread: capture this text with what is known of the store. */
export interface CaptureJob {
  readonly request: CaptureRequest;
  readonly today: string;
  readonly knownActors?: readonly KnownActor[];
  readonly knownSource?: KnownSource | null;
  /** Whether the store can be asked for its facts (`CaptureContext.knownFacts`), through the question port. */
  readonly asksFacts: boolean;
  /** Whether the store can be asked whether an id is taken (`CaptureContext.factExists`). */
  readonly asksIds: boolean;
  /** Every fact id of the store, when they were few enough to send: `factExists` is answered from them, not asked. */
  readonly knownIds?: readonly string[];
}

/** An error the thread did not expect, as data (its stack goes to the server's log). */
export interface CaptureFailure {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** Thread → pool, once per job. */
export type FromCaptureThread =
  | { readonly type: 'drafted'; readonly draft: CaptureDraft }
  | { readonly type: 'refused'; readonly issues: readonly Issue[] }
  | { readonly type: 'failed'; readonly failure: CaptureFailure };

/** Thread → pool on the question port, while the thread waits on its flag. */
export type StoreQuestion = { readonly type: 'known-facts' } | { readonly type: 'fact-exists'; readonly id: string };

/** A fact of the store as `CaptureContext.knownFacts` gives it. */
export interface KnownFact {
  readonly id: string;
  readonly summary: string;
  readonly when: string;
}

/** Pool → thread on the question port. */
export type StoreAnswer =
  | { readonly ok: true; readonly value: readonly KnownFact[] | boolean }
  | { readonly ok: false; readonly failure: CaptureFailure };

export function toCaptureFailure(error: unknown): CaptureFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
}

/** The thread's outcome of a capture that threw: a refusal crosses as its issues. */
export function failedCapture(error: unknown): FromCaptureThread {
  if (error instanceof ValidationError) return { type: 'refused', issues: error.issues };
  return { type: 'failed', failure: toCaptureFailure(error) };
}
