import type { RecordedEvent } from './event.ts';

/**
 * Typed errors. Domain and store code throw these; the edges (HTTP, CLI) alone turn them into
 * status codes and exit codes.
 */

/** Where in a request an input was: its body (the default), its query, its path or a header. */
export type IssueLocation = 'body' | 'query' | 'path' | 'header';

/** One reason an input was refused, located by a JSON-path-like `path` such as `facts[2].when`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
  /** For a request: which part of it `path` is in; the edge fills it in where a command cannot know. */
  readonly in?: IssueLocation;
}

export abstract class ChronicleError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that can never be accepted as given: the field and the reason are named. */
export class ValidationError extends ChronicleError {
  readonly code = 'validation';
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[] | Issue) {
    const list = Array.isArray(issues) ? issues : [issues as Issue];
    super(list.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '));
    this.issues = list;
  }
  static at(path: string, message: string, where?: IssueLocation): ValidationError {
    return new ValidationError({ path, message, ...(where ? { in: where } : {}) });
  }
  /** The same issues, with `prefix` put in front of every path (for nested items). */
  prefixed(prefix: string): ValidationError {
    return new ValidationError(this.issues.map((i) => ({ ...i, path: joinPath(prefix, i.path) })));
  }
  /** The same issues, those not located yet placed `where`. */
  locatedIn(where: IssueLocation): ValidationError {
    return new ValidationError(this.issues.map((i) => (i.in ? i : { ...i, in: where })));
  }
}

export class NotFoundError extends ChronicleError {
  readonly code = 'not-found';
}

/** The stream is not at the revision the caller expected (optimistic concurrency). */
export class ConcurrencyError extends ChronicleError {
  readonly code = 'concurrency';
  constructor(
    readonly stream: string,
    readonly expected: string,
    /** The stream's actual revision, or `undefined` when it does not exist. */
    readonly actual: bigint | undefined,
    /**
     * The stream as the store had just read it when it refused, when it had: a writer deciding
     * again starts from it instead of reading the stream once more (and so is not the last to try).
     */
    readonly events?: readonly RecordedEvent[],
  ) {
    super(
      `stream ${stream} is at ${actual === undefined ? 'no revision (it does not exist)' : `revision ${actual}`}, expected ${expected}`,
    );
  }
}

/** A command that is well-formed but not allowed in the current state (e.g. re-dating a retracted fact). */
export class IllegalStateError extends ChronicleError {
  readonly code = 'illegal-state';
}

/**
 * A rebuild (or a first load of empty read models) whose fresh tables another rebuild on the same
 * read-model file started over: it stops, and leaves the tables and the swap to the later one.
 */
export class RebuildTakenOverError extends IllegalStateError {
  constructor() {
    super(
      'another rebuild of these read models started on the same file and took over the tables this one was filling; this one stopped, and the read models are as the other leaves them',
    );
  }
}

/** Creating something whose id is taken. */
export class AlreadyExistsError extends ChronicleError {
  readonly code = 'already-exists';
}

/**
 * What became of a write that could not be confirmed: nothing was written (`not-recorded`: safe
 * to retry), it may or may not have been written (`unknown`: retry with the same `Idempotency-Key`,
 * or read, to find out), or it is in the log but the read models do not show it yet (`recorded`).
 */
export type WriteOutcome = 'not-recorded' | 'unknown' | 'recorded';

/** The store could not be reached or refused for a reason that may pass: the caller may retry. */
export class UnavailableError extends ChronicleError {
  readonly code = 'unavailable';
  constructor(
    message: string,
    /** For a write: what became of it. */
    readonly writeOutcome?: WriteOutcome,
  ) {
    super(message);
  }
}

/**
 * Work handed to another thread failed there: the thread threw what its code does not throw, or
 * stopped (out of memory, terminated) before it answered. It was work that writes nothing.
 */
export class ThreadFailedError extends ChronicleError {
  readonly code = 'thread-failed';
}

/** The caller gave up on work that writes nothing (its client went away), and the work was stopped. */
export class CancelledError extends ChronicleError {
  readonly code = 'cancelled';
}

/** The store did not answer within the deadline (a frozen node, a link that drops everything): it may pass. */
export class NoAnswerError extends UnavailableError {}

/**
 * The log no longer holds the event the read models were built up to: the store came back empty,
 * or restored from an older backup. Writes are refused until `chronicle rebuild` (or the backup the
 * read models match is restored).
 */
export class StoreBehindReadModelsError extends ChronicleError {
  readonly code = 'store-behind-read-models';
  constructor(
    message: string,
    readonly writeOutcome?: WriteOutcome,
  ) {
    super(message);
  }
}

export function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}
