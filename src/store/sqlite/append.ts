import type Database from 'better-sqlite3';
import { ConcurrencyError, ValidationError } from '../../core/errors.ts';
import type { AppendRequest, AppendResult, BatchOutcome, ExpectedRevision } from '../port.ts';
import { formatPosition } from './positions.ts';
import type { EventRow, Statements, StreamRow } from './statements.ts';
import { validateAppend, type ValidAppend } from '../validateAppend.ts';

/** Returned by an append of zero events to a stream that does not exist: there is no position yet. */
export const NO_POSITION = '0';

export interface Appender {
  /** One append, in its own `BEGIN IMMEDIATE` transaction. */
  append(request: ValidAppend): AppendResult;
  /**
   * All requests in one `BEGIN IMMEDIATE` transaction, each refused (if at all) before it writes a
   * row. With `kept`, the rows the commit wrote are handed to it (when there are any) instead of to
   * `onCommitted`, which is then told of the commit without them.
   */
  appendBatch(requests: readonly AppendRequest[], kept?: (commit: CommittedRows) => void): BatchOutcome[];
  /**
   * The same for requests already checked and serialised (`validateAppend`). With `keepRows`, the
   * commit is handed to `onCommitted` with the rows it wrote.
   */
  appendValidated(requests: readonly ValidAppend[], keepRows?: boolean): BatchOutcome[];
}

/**
 * A row one commit wrote, with the caller's payload when it came with its JSON
 * (`EncodedEvent.payload`): the commit's events carry that instead of parsing `data` again.
 */
export interface CommittedRow extends EventRow {
  readonly payload: unknown;
}

/** The rows one commit wrote, in position order, and the head of the log just before them. */
export interface CommittedRows {
  /** The position of the log's last event before the commit; 0 when it was empty. */
  readonly after: number;
  readonly rows: readonly CommittedRow[];
}

/**
 * Builds the append functions over prepared statements. `onCommitted` runs after a commit that
 * wrote at least one event (it wakes the live subscriptions), with the commit's rows when they
 * were asked for.
 */
export function createAppender(
  db: Database.Database,
  statements: Statements,
  onCommitted: (commit?: CommittedRows) => void,
): Appender {
  // `.immediate` opens BEGIN IMMEDIATE.
  const appendOne = db.transaction((request: ValidAppend) => appendInTransaction(statements, request));

  // Each request is refused, if at all, by its checks, before it writes a row: a refused request
  // leaves nothing to undo, so the requests need no savepoint each. Anything thrown while writing
  // (disk full, I/O) aborts the whole batch, which rolls back. With `rows`, the head of the log is read under the write lock before anything is written, and
  // every row written is kept: no other writer can come between them.
  const appendAll = db.transaction((requests: readonly (ValidAppend | ValidationError)[], rows?: CommittedRow[]) => {
    const after = rows ? (statements.headPosition.get() ?? 0) : 0;
    const outcomes = requests.map((request): BatchOutcome => {
      if (request instanceof ValidationError) return { ok: false, error: request };
      let plan: Plan;
      try {
        plan = planAppend(statements, request);
      } catch (error) {
        if (error instanceof ConcurrencyError || error instanceof ValidationError) return { ok: false, error };
        throw error;
      }
      return { ok: true, result: writePlan(statements, request, plan, rows) };
    });
    return { outcomes, after };
  });

  return {
    append(request) {
      const result = appendOne.immediate(request);
      if (result.appended > 0) onCommitted();
      return result;
    },
    appendBatch(requests, kept) {
      if (!Array.isArray(requests)) throw ValidationError.at('requests', 'expected an array of append requests');
      const validated = requests.map((request: AppendRequest | null | undefined) => {
        try {
          if (typeof request !== 'object' || request === null)
            throw ValidationError.at('', 'expected an append request object');
          return validateAppend(request.stream, request.events, request.expectedRevision);
        } catch (error) {
          if (error instanceof ValidationError) return error;
          throw error;
        }
      });
      return commit(validated, false, kept);
    },
    appendValidated: (requests, keepRows = false) => commit(requests, keepRows),
  };

  function commit(
    requests: readonly (ValidAppend | ValidationError)[],
    keepRows: boolean,
    kept?: (commit: CommittedRows) => void,
  ): BatchOutcome[] {
    const rows: CommittedRow[] | undefined = keepRows || kept ? [] : undefined;
    const { outcomes, after } = appendAll.immediate(requests, rows);
    if (kept && rows && rows.length > 0) {
      kept({ after, rows });
      onCommitted();
    } else if (rows && rows.length > 0) onCommitted({ after, rows });
    else if (outcomes.some((outcome) => outcome.ok && outcome.result.appended > 0)) onCommitted();
    return outcomes;
  }
}

/** One append; must run inside a transaction. */
function appendInTransaction(st: Statements, request: ValidAppend): AppendResult {
  return writePlan(st, request, planAppend(st, request));
}

/** What an append found in the store: its stream, and which of its events are not there yet. */
interface Plan {
  readonly stream: StreamRow | undefined;
  readonly fresh: ValidAppend['events'];
  readonly alreadyAppended: string[];
}

/** Reads and checks one append, writing nothing: throws `ConcurrencyError` when it is refused. */
function planAppend(st: Statements, request: ValidAppend): Plan {
  const stream = st.findStream.get(request.stream);
  let fresh = request.events;
  const alreadyAppended: string[] = [];
  if (stream && fresh.length > 0) {
    const existing = new Set(st.streamEventIds.all(stream.stream_id));
    fresh = fresh.filter((event) => {
      if (!existing.has(event.id)) return true;
      alreadyAppended.push(event.givenId);
      return false;
    });
    // A retry of an append that succeeded: no revision check, the caller's expectation was met then.
    if (fresh.length === 0) return { stream, fresh, alreadyAppended };
  }
  checkExpectedRevision(request.stream, request.expectedRevision, stream);
  return { stream, fresh, alreadyAppended };
}

/** Writes what `planAppend` found fresh; refuses nothing. */
function writePlan(
  st: Statements,
  request: ValidAppend,
  { stream, fresh, alreadyAppended }: Plan,
  rows?: CommittedRow[],
): AppendResult {
  if (fresh.length === 0) return currentState(st, stream, alreadyAppended);
  let revision = stream ? stream.revision : -1;
  const streamId = stream
    ? stream.stream_id
    : Number(st.insertStream.run(request.stream, revision + fresh.length).lastInsertRowid);
  let position = 0;
  for (const event of fresh) {
    revision += 1;
    position = Number(
      st.insertEvent.run(streamId, revision, event.id, event.type, event.data, event.metadata).lastInsertRowid,
    );
    rows?.push({
      position,
      stream_name: request.stream,
      revision,
      event_id: event.id,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      payload: event.payload,
    });
  }
  if (stream) st.updateStreamRevision.run(revision, streamId);
  return {
    nextExpectedRevision: BigInt(revision),
    position: formatPosition(position),
    appended: fresh.length,
    alreadyAppended,
  };
}

function currentState(st: Statements, stream: StreamRow | undefined, alreadyAppended: string[]): AppendResult {
  if (!stream) return { nextExpectedRevision: -1n, position: NO_POSITION, appended: 0, alreadyAppended };
  const position = st.streamEventPosition.get(stream.stream_id, stream.revision)!;
  return {
    nextExpectedRevision: BigInt(stream.revision),
    position: formatPosition(position),
    appended: 0,
    alreadyAppended,
  };
}

function checkExpectedRevision(name: string, expected: ExpectedRevision, stream: StreamRow | undefined): void {
  const actual = stream === undefined ? undefined : BigInt(stream.revision);
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && actual === undefined) ||
    (expected === 'stream_exists' && actual !== undefined) ||
    (typeof expected === 'bigint' && actual === expected);
  if (!ok) throw new ConcurrencyError(name, String(expected), actual);
}
