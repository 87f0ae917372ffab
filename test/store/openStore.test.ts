import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { ValidationError } from '../../src/core/errors.ts';
import { EventStoreDbStore } from '../../src/store/eventstoredb/EventStoreDbStore.ts';
import { openStore, parseStoreUrl } from '../../src/store/openStore.ts';
import { SqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { anEvent, caught } from './contract/fixtures.ts';

describe('openStore', () => {
  let dir: TempDir;
  beforeEach(async () => {
    dir = await createTempDir();
  });
  afterEach(() => dir.remove());

  describe('parseStoreUrl', () => {
    it('reads relative, absolute and in-memory SQLite URLs', () => {
      expect(parseStoreUrl('sqlite:./data/chronicle.db')).to.deep.equal({
        kind: 'sqlite',
        path: './data/chronicle.db',
      });
      expect(parseStoreUrl('sqlite:/abs/path.db')).to.deep.equal({ kind: 'sqlite', path: '/abs/path.db' });
      expect(parseStoreUrl('sqlite:///abs/path.db')).to.deep.equal({ kind: 'sqlite', path: '/abs/path.db' });
      expect(parseStoreUrl('sqlite::memory:')).to.deep.equal({ kind: 'sqlite', path: ':memory:' });
    });

    it('reads the synchronous option from the query', () => {
      expect(parseStoreUrl('sqlite:x.db?synchronous=normal')).to.deep.equal({
        kind: 'sqlite',
        path: 'x.db',
        synchronous: 'normal',
      });
    });

    it('recognises EventStoreDB and KurrentDB connection strings', () => {
      for (const url of ['esdb://localhost:2113?tls=false', 'esdb+discover://a,b,c', 'kurrentdb://host:2113']) {
        expect(parseStoreUrl(url)).to.deep.equal({ kind: 'eventstoredb', connectionString: url });
      }
    });

    for (const [url, reason] of [
      ['sqlite:', 'no path'],
      ['sqlite:x.db?synchronous=off', 'synchronous'],
      ['sqlite:x.db?journal=delete', 'unknown SQLite store option'],
      ['postgres://localhost/chronicle', 'sqlite:PATH'],
      ['', 'store URL'],
    ] as const) {
      it(`refuses ${JSON.stringify(url)}, naming the store option`, () => {
        expect(() => parseStoreUrl(url))
          .to.throw(ValidationError, reason)
          .with.property('issues')
          .that.satisfies((issues: ValidationError['issues']) => issues.length === 1 && issues[0]!.path === 'store');
      });
    }
  });

  it('opens a SQLite store, creating the missing directories', async () => {
    const path = dir.file('nested', 'deeper', 'chronicle.db');
    const store = await openStore(`sqlite:${path}?synchronous=normal`);
    try {
      expect(existsSync(path)).to.equal(true);
      expect(store).to.be.instanceOf(SqliteEventStore);
      expect((store as SqliteEventStore).database.pragma('synchronous', { simple: true })).to.equal(1);
      await store.append('fact-1', [anEvent()]);
      expect(await store.readStream('fact-1')).to.have.length(1);
    } finally {
      await store.close();
    }
  });

  it('opens an in-memory SQLite store', async () => {
    const store = await openStore('sqlite::memory:');
    await store.append('fact-1', [anEvent()]);
    expect(await store.headPosition()).to.equal('1');
    await store.close();
  });

  it('opens the EventStoreDB adapter for an esdb:// URL without contacting the server', async () => {
    const store = await openStore('esdb://127.0.0.1:1?tls=false');
    expect(store).to.be.instanceOf(EventStoreDbStore);
    await store.close();
  });

  it('refuses an unknown scheme, listing the accepted forms', async () => {
    const error = await caught(() => openStore('mysql://db'));
    expect(error).to.be.instanceOf(ValidationError);
    expect(error.message).to.include('sqlite:./data/chronicle.db').and.include('esdb://');
  });
});
