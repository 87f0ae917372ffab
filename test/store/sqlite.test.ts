import { expect } from 'chai';
import { IllegalStateError, ValidationError } from '../../src/core/errors.ts';
import { openSqliteEventStore, type SqliteEventStoreOptions } from '../../src/store/sqlite/SqliteEventStore.ts';
import { SCHEMA_VERSION } from '../../src/store/sqlite/schema.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { eventStoreContract } from './contract.ts';
import { anEvent, caught, ids, Recorder, someEvents, uniqueStream } from './contract/fixtures.ts';

function contractOn(options: Omit<SqliteEventStoreOptions, 'path'>) {
  return async () => {
    const dir = await createTempDir();
    const store = openSqliteEventStore({ ...options, path: dir.file('events.db') });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await dir.remove();
      },
    };
  };
}

eventStoreContract('SQLite, temp file', contractOn({}));
// Tiny pages put page boundaries inside every catch-up spec.
eventStoreContract(
  'SQLite, temp file, synchronous=normal, subscription pages of 2',
  contractOn({ synchronous: 'normal', subscriptionPageSize: 2 }),
);

describe('SqliteEventStore', () => {
  let dir: TempDir;
  const toClose: { close(): Promise<void> }[] = [];
  beforeEach(async () => {
    dir = await createTempDir();
  });
  afterEach(async () => {
    for (const store of toClose.splice(0)) await store.close();
    await dir.remove();
  });
  function open(options: Omit<SqliteEventStoreOptions, 'path'> = {}) {
    const store = openSqliteEventStore({ path: dir.file('events.db'), ...options });
    toClose.push(store);
    return store;
  }

  describe('reading $all', () => {
    it('parses the metadata the events of one append share once, and gives it to each of them frozen', async () => {
      const store = open();
      await store.append(uniqueStream(), someEvents(3));
      const other = anEvent({}, 'Other');
      await store.append(uniqueStream(), [{ ...other, metadata: { ...other.metadata, recordedBy: 'another' } }]);
      const [a, b, c, d] = await store.readAll();
      expect(a!.metadata).to.equal(b!.metadata).and.to.equal(c!.metadata);
      expect(Object.isFrozen(a!.metadata)).to.equal(true);
      expect(d!.metadata).to.include({ recordedBy: 'another' });
    });
  });

  describe('when opened', () => {
    it('uses WAL, durable commits and a busy timeout by default', () => {
      const db = open().database;
      expect(db.pragma('journal_mode', { simple: true })).to.equal('wal');
      expect(db.pragma('synchronous', { simple: true })).to.equal(2);
      expect(db.pragma('busy_timeout', { simple: true })).to.equal(5000);
      expect(db.pragma('cache_size', { simple: true })).to.equal(-65536);
    });

    it('applies synchronous=normal and a custom busy timeout', () => {
      const db = open({ synchronous: 'normal', busyTimeoutMs: 1234 }).database;
      expect(db.pragma('synchronous', { simple: true })).to.equal(1);
      expect(db.pragma('busy_timeout', { simple: true })).to.equal(1234);
    });

    it('refuses an unknown synchronous mode', () => {
      expect(() => open({ synchronous: 'off' as never })).to.throw(ValidationError, 'synchronous');
    });

    it('records the schema version once, however often the file is opened', async () => {
      await open().close();
      const db = open().database;
      expect(db.prepare('SELECT version FROM schema_version').pluck().all()).to.deep.equal([SCHEMA_VERSION]);
    });

    it('refuses a file written by a newer schema version', async () => {
      const first = open();
      first.database.prepare("INSERT INTO schema_version VALUES (?, 'later')").run(SCHEMA_VERSION + 1);
      await first.close();
      expect(() => open()).to.throw(IllegalStateError, 'newer');
    });

    it('keeps the events when the file is reopened', async () => {
      const stream = uniqueStream();
      const events = someEvents(2);
      const first = open();
      await first.append(stream, events);
      await first.close();
      expect(ids(await open().readStream(stream))).to.deep.equal(ids(events));
    });

    it('has no index on event ids (de-duplication reads the target stream)', () => {
      const db = open().database;
      const columns = db
        .prepare("SELECT il.name FROM pragma_index_list('events') l, pragma_index_info(l.name) il")
        .pluck()
        .all();
      expect(columns).to.not.include('event_id');
    });
  });

  describe('positions', () => {
    it('are decimal strings compared as numbers', () => {
      const store = open();
      expect(store.comparePositions('9', '10')).to.be.below(0);
      expect(store.comparePositions('10', '10')).to.equal(0);
      expect(store.comparePositions('11', '2')).to.be.above(0);
    });

    it('refuses a position that this store did not issue', async () => {
      const store = open();
      expect(() => store.comparePositions('abc', '1')).to.throw(ValidationError);
      expect(await caught(() => store.readAll({ after: '1:2' }))).to.be.instanceOf(ValidationError);
    });

    it('headPosition is undefined for an empty log and the last position otherwise', async () => {
      const store = open();
      expect(await store.headPosition()).to.equal(undefined);
      const result = await store.append(uniqueStream(), someEvents(3));
      expect(await store.headPosition())
        .to.equal(result.position)
        .and.equal('3');
    });
  });

  describe('append of no events to a missing stream', () => {
    it('reports revision -1 and no position', async () => {
      const result = await open().append(uniqueStream(), [], { expectedRevision: 'no_stream' });
      expect(result).to.deep.equal({ nextExpectedRevision: -1n, position: '0', appended: 0, alreadyAppended: [] });
    });
  });

  describe('a second store object on the same file', () => {
    it('reads what the first appended', async () => {
      const [writer, reader] = [open(), open()];
      const stream = uniqueStream();
      const events = someEvents(2);
      await writer.append(stream, events);
      expect(ids(await reader.readStream(stream))).to.deep.equal(ids(events));
      expect(ids(await reader.readAll())).to.deep.equal(ids(events));
    });

    it('delivers them to its live subscriptions by polling', async () => {
      const writer = open();
      const reader = open({ pollIntervalMs: 5 });
      const recorder = new Recorder();
      reader.subscribe({}, recorder);
      await recorder.caughtUp();
      const event = anEvent();
      await writer.append(uniqueStream(), [event]);
      await recorder.received(event.id);
      expect(ids(recorder.events)).to.deep.equal([event.id]);
    });

    it('detects a conflict with what the first wrote', async () => {
      const [first, second] = [open(), open()];
      const stream = uniqueStream();
      await first.append(stream, [anEvent()]);
      const error = await caught(() => second.append(stream, [anEvent()], { expectedRevision: 'no_stream' }));
      expect(error).to.have.property('actual', 0n);
    });
  });

  describe('close()', () => {
    it('stops the subscriptions and refuses further use', async () => {
      const store = open();
      const recorder = new Recorder();
      store.subscribe({}, recorder);
      await recorder.caughtUp();
      await store.close();
      expect(await caught(() => store.readAll())).to.be.instanceOf(IllegalStateError);
      expect(() => store.subscribe({}, new Recorder())).to.throw(IllegalStateError);
      expect(recorder.errors).to.deep.equal([]);
    });
  });
});
