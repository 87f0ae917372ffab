import Database from 'better-sqlite3';
import { expect } from 'chai';
import { ConcurrencyError, IllegalStateError, UnavailableError, ValidationError } from '../../src/core/errors.ts';
import type { NewEvent } from '../../src/core/event.ts';
import type { AppendOptions, CommittedEvents } from '../../src/store/port.ts';
import {
  openSqliteEventStore,
  type SqliteCommitThread,
  type SqliteEventStore,
} from '../../src/store/sqlite/SqliteEventStore.ts';
import { validateAppend } from '../../src/store/validateAppend.ts';
import { WorkerCommitter } from '../../src/store/sqlite/workerCommitter.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { anEvent, caught, Recorder, someEvents } from './contract/fixtures.ts';

/** The next turn of the event loop (after the store's own `setImmediate`, queued earlier). */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Another connection's write lock on `path` (`BEGIN IMMEDIATE`): the worker's commit waits for it. */
function holdWriteLock(path: string): { release(): void } {
  const db = new Database(path);
  db.exec('BEGIN IMMEDIATE');
  return {
    release() {
      db.exec('COMMIT');
      db.close();
    },
  };
}

/** What an append came to, as data two stores can be compared by. */
async function outcomeOf(append: Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await append };
  } catch (error) {
    const { name, message } = error as Error;
    if (error instanceof ConcurrencyError)
      return { name, message, stream: error.stream, expected: error.expected, actual: error.actual };
    return { name, message };
  }
}

describe('SqliteEventStore: group commits in a worker thread', () => {
  let dir: TempDir;
  const toClose: SqliteEventStore[] = [];
  beforeEach(async () => {
    dir = await createTempDir();
  });
  afterEach(async () => {
    for (const store of toClose.splice(0)) await store.close();
    await dir.remove();
  });
  function open(file: string, commitThread?: SqliteCommitThread, pollIntervalMs = 60_000): SqliteEventStore {
    const store = openSqliteEventStore({
      path: dir.file(file),
      pollIntervalMs,
      ...(commitThread ? { commitThread } : {}),
    });
    toClose.push(store);
    return store;
  }

  it('leaves the event loop free while the worker commits: a callback queued after the append runs before it resolves', async () => {
    const order: string[] = [];
    const worker = open('worker.db');
    const inThread = open('main.db', 'main');
    for (const [name, store] of [
      ['worker', worker],
      ['main', inThread],
    ] as const) {
      const append = store.append('fact-1', [anEvent()]).then(() => order.push(`${name}: resolved`));
      const next = new Promise<void>((resolve) =>
        setImmediate(() => resolve(void order.push(`${name}: next callback`))),
      );
      await Promise.all([append, next]);
    }
    expect(order).to.deep.equal(['worker: next callback', 'worker: resolved', 'main: resolved', 'main: next callback']);
  });

  it('refuses an unknown commitThread, naming the option, and commits a :memory: store in its own thread', async () => {
    const error = caught(async () =>
      openSqliteEventStore({ path: dir.file('x.db'), commitThread: 'elsewhere' as SqliteCommitThread }),
    );
    expect(await error)
      .to.be.instanceOf(ValidationError)
      .with.property('message', "commitThread: expected 'worker' or 'main', got \"elsewhere\"");
    const memory = openSqliteEventStore({ path: ':memory:', commitThread: 'worker' });
    toClose.push(memory);
    const order: string[] = [];
    const append = memory.append('fact-1', [anEvent()]).then(() => order.push('resolved'));
    const next = new Promise<void>((resolve) => setImmediate(() => resolve(void order.push('next callback'))));
    await Promise.all([append, next]);
    expect(order).to.deep.equal(['resolved', 'next callback']);
  });

  it('gives the same outcomes as the in-thread path for conflicting, retried, refused and ordered appends', async () => {
    // The same calls, with the same event ids, against a store of each kind.
    const first = anEvent({ n: 1 });
    const second = anEvent({ n: 2 });
    const third = anEvent({ n: 3 });
    const calls: [string, NewEvent[], AppendOptions][] = [
      ['fact-a', [first], { expectedRevision: 'no_stream' }],
      ['fact-a', [anEvent()], { expectedRevision: 'no_stream' }],
      ['fact-a', [second, third], { expectedRevision: 0n }],
      ['fact-a', [anEvent()], { expectedRevision: 0n }],
      ['fact-a', [first], { expectedRevision: 'no_stream' }],
      ['fact-a', [second, third, anEvent({ n: 4 })], { expectedRevision: 2n }],
      ['fact-b', [anEvent()], { expectedRevision: 'stream_exists' }],
      ['fact-b', [], { expectedRevision: 'any' }],
      ['fact-c', someEvents(3), {}],
      ['fact-d', [first], {}],
    ];
    const run = async (store: SqliteEventStore) => {
      const concurrent = await Promise.all(
        calls.map(([stream, events, options]) => outcomeOf(store.append(stream, events, options))),
      );
      // Retried one by one, each its own batch: every append already made answers as made.
      const retried = [];
      for (const [stream, events, options] of calls)
        retried.push(await outcomeOf(store.append(stream, events, options)));
      const log = (await store.readAll()).map((e) => [e.position, e.streamName, e.revision, e.id]);
      return { concurrent, retried, log };
    };
    const onWorker = await run(open('worker.db'));
    const inThread = await run(open('main.db', 'main'));
    expect(onWorker).to.deep.equal(inThread);
    // And they are what the store promises: one winner of the race, positions in call order.
    expect(onWorker.concurrent[1]).to.include({ name: 'ConcurrencyError', expected: 'no_stream', actual: 0n });
    expect(onWorker.concurrent[5]).to.deep.include({
      ok: { nextExpectedRevision: 3n, position: '4', appended: 1, alreadyAppended: [second.id, third.id] },
    });
    expect(onWorker.retried[0]).to.deep.include({
      ok: { nextExpectedRevision: 3n, position: '4', appended: 0, alreadyAppended: [first.id] },
    });
    expect(onWorker.log.map(([position]) => position)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('sends the appends made while a batch is being committed together as the next batch', async () => {
    const store = open('worker.db');
    const commits: CommittedEvents[] = [];
    store.onCommit((commit) => commits.push(commit));
    // Another connection holds the write lock, so the first batch waits in the worker until it is released.
    const lock = holdWriteLock(dir.file('worker.db'));
    const appends = [store.append('fact-0', [anEvent()])];
    for (let turn = 0; turn < 3; turn += 1) {
      await nextTurn();
      for (let i = 0; i < 4; i += 1) appends.push(store.append(`fact-${turn}-${i}`, [anEvent()]));
    }
    lock.release();
    await Promise.all(appends);
    expect(commits.map((c) => [c.after, c.events.length])).to.deep.equal([
      [undefined, 1],
      ['1', 12],
    ]);
  });

  it('delivers every event once, in order, to live subscriptions, also when their poll finds a commit before its answer', async () => {
    const store = open('worker.db', undefined, 1);
    const subscriber = new Recorder();
    const filtered = new Recorder();
    store.subscribe({}, subscriber);
    store.subscribe({ filter: { streamPrefixes: ['fact-1'] } }, filtered);
    await Promise.all([subscriber.caughtUp(), filtered.caughtUp()]);
    for (let wave = 0; wave < 20; wave += 1) {
      await Promise.all(Array.from({ length: 15 }, (_, i) => store.append(`fact-${i}`, someEvents(1 + (i % 2)))));
    }
    const all = await store.readAll();
    expect(all).to.have.length(20 * 22);
    await subscriber.until(() => subscriber.events.length >= all.length);
    expect(subscriber.events.map((e) => e.position)).to.deep.equal(all.map((e) => e.position));
    const wanted = all.filter((e) => e.streamName.startsWith('fact-1'));
    await filtered.until(() => filtered.events.length >= wanted.length);
    expect(filtered.events.map((e) => e.position)).to.deep.equal(wanted.map((e) => e.position));
  });

  it('on close, finishes the batch in flight and refuses the appends not sent yet', async () => {
    const store = openSqliteEventStore({ path: dir.file('worker.db') });
    const lock = holdWriteLock(dir.file('worker.db'));
    const inFlight = store.append('fact-1', [anEvent()]);
    await nextTurn();
    const queued = store.append('fact-2', [anEvent()]);
    const closed = store.close();
    const late = caught(() => store.append('fact-3', [anEvent()]));
    await nextTurn();
    lock.release();
    expect((await inFlight).position).to.equal('1');
    expect(await caught(() => queued))
      .to.be.instanceOf(IllegalStateError)
      .with.property('message', 'the event store is closed');
    expect(await late).to.be.instanceOf(IllegalStateError);
    await closed;
    const reopened = open('worker.db');
    expect((await reopened.readAll()).map((e) => e.streamName)).to.deep.equal(['fact-1']);
  });
});

describe('WorkerCommitter', () => {
  let dir: TempDir;
  beforeEach(async () => {
    dir = await createTempDir();
  });
  afterEach(() => dir.remove());

  it('rejects the batch of a thread that stops with an unknown outcome, then refuses every batch as not recorded', async () => {
    const path = dir.file('log.db');
    // The store creates and migrates the file; the worker writes to it.
    await openSqliteEventStore({ path, commitThread: 'main' }).close();
    const settings = { path, synchronous: 'full', busyTimeoutMs: 5000, cacheSizeKiB: 2048 } as const;
    const request = () => validateAppend('fact-1', [anEvent()], 'any');
    const working = new WorkerCommitter(settings);
    const committed = await working.commit([request()], true);
    expect(committed.outcomes[0]).to.deep.include({ ok: true });
    expect(committed.rows?.rows.map((row) => row.position)).to.deep.equal([1]);
    await working.close();

    // Stopped before it can have answered: its thread has not even started running.
    const committer = new WorkerCommitter(settings);
    const lost = committer.commit([request()], false);
    await committer.terminate();
    const error = await caught(() => lost);
    expect(error).to.be.instanceOf(UnavailableError).with.property('writeOutcome', 'unknown');
    expect(error.message).to.match(/^the event store's commit thread stopped \(.+\) while committing a batch/);

    const refused = await caught(() => committer.commit([request()], false));
    expect(refused).to.be.instanceOf(UnavailableError).with.property('writeOutcome', 'not-recorded');
    expect(refused.message).to.match(/the store takes no more appends until it is reopened$/);
    await committer.close();
  });

  it('turns a failure of the transaction into the error the thread would have thrown', async () => {
    // No schema in the file: the insert fails in the worker, as SQLite's own error.
    const path = dir.file('empty.db');
    await openSqliteEventStore({ path, commitThread: 'main' }).close();
    const raw = new Database(path);
    raw.exec('DROP TABLE events');
    raw.close();
    const committer = new WorkerCommitter({ path, synchronous: 'full', busyTimeoutMs: 5000, cacheSizeKiB: 2048 });
    const error = await caught(() => committer.commit([validateAppend('fact-1', [anEvent()], 'any')], false));
    expect(error.name).to.equal('SqliteError');
    expect(error).to.have.property('code', 'SQLITE_ERROR');
    expect(error.message).to.include('no such table: events');
    await committer.close();
  });
});
