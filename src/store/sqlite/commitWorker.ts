import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { createAppender, type Appender, type CommittedRows } from './append.ts';
import {
  toWireFailure,
  toWireOutcome,
  type CommitWorkerSettings,
  type FromWorker,
  type ToWorker,
} from './commitWire.ts';
import { configureConnection } from './schema.ts';
import { prepareStatements } from './statements.ts';

/**
 * The store's commit thread (started by `workerCommitter.ts`). It holds its own connection to the
 * store's file, with the store's pragmas, and commits each batch it is sent with the appender the
 * store runs in its own thread: the same checks, inserts and `COMMIT` (with its sync at
 * `synchronous=FULL`). It answers once the `COMMIT` has returned. The schema is the store's to
 * create: the store migrates the file before it starts this thread.
 */

const port = parentPort;
if (!port) throw new Error('commitWorker.ts runs only as a worker thread');
const settings = workerData as CommitWorkerSettings;

let connection: { db: Database.Database; appender: Appender } | undefined;
/** What the appender reported of the commit it just made. */
let committed: { rows?: CommittedRows } | undefined;

function open(): { db: Database.Database; appender: Appender } {
  const db = new Database(settings.path, { timeout: settings.busyTimeoutMs, fileMustExist: true });
  try {
    configureConnection(db, settings);
    const appender = createAppender(db, prepareStatements(db), (rows) => {
      committed = rows ? { rows } : {};
    });
    return { db, appender };
  } catch (error) {
    db.close();
    throw error;
  }
}

function commit(requests: ToWorker & { type: 'commit' }): FromWorker {
  committed = undefined;
  try {
    connection ??= open();
    const outcomes = connection.appender.appendValidated(requests.requests, requests.keepRows).map(toWireOutcome);
    // Set by the appender's callback during `appendValidated`, which the compiler cannot see.
    const report = committed as { rows?: CommittedRows } | undefined;
    const rows = report?.rows;
    return { type: 'committed', outcomes, wrote: report !== undefined, ...(rows ? { rows } : {}) };
  } catch (error) {
    return { type: 'failed', failure: toWireFailure(error) };
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'commit') {
    port.postMessage(commit(message));
    return;
  }
  connection?.db.close();
  connection = undefined;
  port.close();
});
