import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { openSqliteEventStore, type SqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import { anEvent, Recorder, someEvents } from './contract/fixtures.ts';

describe('SqliteEventStore.subscribe', () => {
  let store: SqliteEventStore;
  beforeEach(() => {
    store = openSqliteEventStore({ path: ':memory:', subscriptionPageSize: 3 });
  });
  afterEach(() => store.close());

  it('calls onCaughtUp with undefined on an empty log', async () => {
    const recorder = new Recorder();
    store.subscribe({}, recorder);
    await recorder.caughtUp();
    expect(recorder.caughtUpCalls).to.deep.equal([undefined]);
  });

  it('calls onCaughtUp with the given position when nothing follows it', async () => {
    await store.append('fact-1', someEvents(2));
    const recorder = new Recorder();
    store.subscribe({ after: '2' }, recorder);
    await recorder.caughtUp();
    expect(recorder.caughtUpCalls).to.deep.equal(['2']);
  });

  it('checkpoints past filtered-out events at the end of a page, and catches up at the last one', async () => {
    await store.append('fact-1', [anEvent()]); // 1
    await store.append('actor-1', someEvents(4)); // 2..5
    const recorder = new Recorder();
    store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
    await recorder.caughtUp();
    expect(
      recorder.log.map((e) => (e.kind === 'event' ? `event ${e.event.position}` : `${e.kind} ${e.position}`)),
    ).to.deep.equal(['event 1', 'checkpoint 3', 'checkpoint 5', 'caughtUp 5']);
  });

  it('does not checkpoint a page that ends with a delivered event', async () => {
    await store.append('actor-1', [anEvent()]); // 1
    await store.append('fact-1', [anEvent()]); // 2
    const recorder = new Recorder();
    store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
    await recorder.caughtUp();
    expect(recorder.log.map((e) => e.kind)).to.deep.equal(['event', 'caughtUp']);
  });

  it('refuses an empty prefix list and a malformed position', () => {
    expect(() => store.subscribe({ filter: { streamPrefixes: [] } }, new Recorder())).to.throw(
      ValidationError,
      'filter.streamPrefixes',
    );
    expect(() => store.subscribe({ after: '-1' }, new Recorder())).to.throw(ValidationError, 'after');
  });

  it('delivers an append made by its own handler after the current page', async () => {
    await store.append('fact-1', someEvents(4));
    const extra = anEvent();
    const recorder = new Recorder(async (event) => {
      if (event.revision === 0n) await store.append('fact-2', [extra]);
    });
    store.subscribe({}, recorder);
    await recorder.received(extra.id);
    expect(recorder.events.map((e) => e.position)).to.deep.equal(['1', '2', '3', '4', '5']);
  });
});
