import { expect } from 'chai';
import { execute, type WriteDeps } from '../../src/commands/execute.ts';
import { StreamTurns } from '../../src/commands/streamTurns.ts';
import { AlreadyExistsError, IllegalStateError, UnavailableError } from '../../src/core/errors.ts';
import { eventIdsFor } from '../../src/http/idempotency.ts';
import { EventStoreDbStore } from '../../src/store/eventstoredb/EventStoreDbStore.ts';
import type { EventStore } from '../../src/store/port.ts';
import { countingIds, openTestChronicle, testClock, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';

const metadata = { recordedBy: 'test-editor' };
const recordFact = (factId: string, summary = 'A fact') =>
  ({
    type: 'RecordFact',
    data: {
      factId,
      summary,
      when: '2022',
      place: null,
      notes: null,
      actors: [],
      topics: [],
      citations: [],
      relations: [],
    },
  }) as const;
const revise = (factId: string, when: string) => ({ type: 'ReviseFactDate', data: { factId, when } }) as const;

/** A store on which, before each of the next `n` appends, another writer revises the fact first. */
function contested(deps: WriteDeps, n: number): EventStore {
  const store = deps.store;
  let left = n;
  return {
    ...store,
    append: async (stream, events, options) => {
      if (left > 0) {
        left -= 1;
        await execute(
          deps,
          'fact',
          'a',
          revise('a', new Date(Date.UTC(2021, 0, left + 1)).toISOString().slice(0, 10)),
          { metadata },
        );
      }
      return store.append(stream, events, options);
    },
    readStream: (stream, options) => store.readStream(stream, options),
  };
}

describe('execute', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openTestChronicle();
    await execute(f.chronicle.write, 'fact', 'a', recordFact('a') as never, { metadata });
  });
  afterEach(async () => f.close());

  describe('a write without an expected revision that collides', () => {
    it('waits a time drawn from the injected jitter before each new attempt, and gets in', async () => {
      const draws: number[] = [];
      const random = () => {
        draws.push(0.25);
        return 0.25;
      };
      const deps = { ...f.chronicle.write, turns: undefined };
      const result = await execute({ ...deps, store: contested(deps, 2), random }, 'fact', 'a', revise('a', '2023'), {
        metadata,
      });
      expect(draws).to.have.length(2);
      expect(result.state.status === 'active' && result.state.when).to.equal('2023');
      const types = (await f.chronicle.store.readStream('fact-a')).map((e) => e.type);
      expect(types).to.deep.equal(['FactRecorded', 'FactDateRevised', 'FactDateRevised', 'FactDateRevised']);
    });

    it('gives up after 64 collisions in a row: 503 not-recorded, and nothing of its own written', async () => {
      const deps = { ...f.chronicle.write, turns: undefined };
      const error = await execute(
        { ...deps, store: contested(deps, 64), random: () => 0 },
        'fact',
        'a',
        revise('a', '2023'),
        { metadata },
      ).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(UnavailableError);
      expect((error as UnavailableError).writeOutcome).to.equal('not-recorded');
      expect((error as Error).message).to.match(/fact-a was changed by other writers 64 times/);
      const dates = (await f.chronicle.store.readStream('fact-a')).map((e) => (e.data as { when?: string }).when);
      expect(dates).to.have.length(65);
      expect(dates).not.to.include('2023');
    });
  });

  describe('a command that only creates its stream', () => {
    /** The store, counting the streams read through it. */
    function readsCounted(): { store: EventStore; reads: string[] } {
      const reads: string[] = [];
      const store = f.chronicle.write.store;
      return {
        reads,
        store: {
          ...store,
          append: (stream, events, options) => store.append(stream, events, options),
          readStream: (stream, options) => {
            reads.push(stream);
            return store.readStream(stream, options);
          },
        },
      };
    }

    it('is decided without reading its stream, which does not exist yet', async () => {
      const { store, reads } = readsCounted();
      const result = await execute({ ...f.chronicle.write, store }, 'fact', 'b', recordFact('b') as never, {
        metadata,
      });
      expect(result.revision).to.equal(0n);
      expect(reads).to.deep.equal([]);
      expect((await f.chronicle.store.readStream('fact-b')).map((e) => e.type)).to.deep.equal(['FactRecorded']);
    });

    it('is refused as it was, once its stream is read, when the stream exists; nothing is written', async () => {
      const { store, reads } = readsCounted();
      const error = await execute({ ...f.chronicle.write, store }, 'fact', 'a', recordFact('a', 'Again') as never, {
        metadata,
      }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(AlreadyExistsError);
      expect((error as Error).message).to.equal('fact a already exists');
      expect(reads).to.deep.equal(['fact-a']);
      expect(await f.chronicle.store.readStream('fact-a')).to.have.length(1);
    });
  });

  describe('with event ids known before the append (an Idempotency-Key)', () => {
    const ids = eventIdsFor('local POST /api/facts', 'key-1');

    it('reports a command already applied under those ids as applied, without writing again', async () => {
      const first = await execute(f.chronicle.write, 'fact', 'b', recordFact('b') as never, {
        metadata,
        eventIds: ids,
      });
      const again = await execute(f.chronicle.write, 'fact', 'b', recordFact('b') as never, {
        metadata,
        eventIds: ids,
      });
      expect(again.position).to.equal(first.position);
      expect(again.revision).to.equal(0n);
      expect(await f.chronicle.store.readStream('fact-b')).to.have.length(1);
      expect((await f.chronicle.store.readStream('fact-b'))[0]!.id).to.equal(ids(0));
    });

    it('refuses another change under ids already used', async () => {
      await execute(f.chronicle.write, 'fact', 'b', recordFact('b') as never, { metadata, eventIds: ids });
      const error = await execute(f.chronicle.write, 'fact', 'b', recordFact('b', 'Other') as never, {
        metadata,
        eventIds: ids,
      }).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(IllegalStateError);
      expect((error as Error).message).to.match(/already in fact-b, for another change/);
    });
  });
});

describe('execute on EventStoreDB, when the store refuses a write another writer got ahead of', function () {
  this.timeout(10_000);
  let standIn: EsdbStandIn;
  let store: EventStoreDbStore;
  beforeEach(async () => {
    standIn = await EsdbStandIn.start();
    store = new EventStoreDbStore({ connectionString: standIn.connectionString });
  });
  afterEach(async () => {
    await store.close();
    await standIn.stop();
  });

  it('reads the stream once for one write: the append starts from the stream the command was decided on', async () => {
    const deps: WriteDeps = { store, clock: testClock(), newId: countingIds() };
    await execute(deps, 'fact', 'a', recordFact('a') as never, { metadata });
    const callsBefore = standIn.node.calls.length;
    const result = await execute(deps, 'fact', 'a', revise('a', '2023'), { metadata });
    expect(result.revision).to.equal(1n);
    expect(standIn.node.calls.slice(callsBefore)).to.deep.equal(['Read', 'Append']);
  });

  it('reads a new fact’s stream before appending it (a store that does not answer is then told from an append in doubt)', async () => {
    const deps: WriteDeps = { store, clock: testClock(), newId: countingIds() };
    const callsBefore = standIn.node.calls.length;
    const result = await execute(deps, 'fact', 'a', recordFact('a') as never, { metadata });
    expect(result.revision).to.equal(0n);
    expect(standIn.node.calls.slice(callsBefore)).to.deep.equal(['Read', 'Append']);
  });

  it('decides again on the stream the store read when it refused, and appends without reading it once more', async () => {
    const deps: WriteDeps = { store, clock: testClock(), newId: countingIds() };
    await execute(deps, 'fact', 'a', recordFact('a') as never, { metadata });
    const readsBefore = standIn.node.calls.filter((c) => c === 'Read').length;
    const result = await execute(
      { ...deps, store: contested(deps, 1), random: () => 0 },
      'fact',
      'a',
      revise('a', '2023'),
      {
        metadata,
      },
    );
    expect(result.revision).to.equal(2n);
    // The other writer: its load (1). This write: its load, and the look at the stream after the
    // refusal that found the other's event (2); its second append starts from that.
    expect(standIn.node.calls.filter((c) => c === 'Read').length - readsBefore).to.equal(3);
    const types = (await store.readStream('fact-a')).map((e) => e.type);
    expect(types).to.deep.equal(['FactRecorded', 'FactDateRevised', 'FactDateRevised']);
  });
});

describe('StreamTurns', () => {
  it('runs the writes to one stream one at a time, in the order they came; other streams do not wait', async () => {
    const turns = new StreamTurns();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = turns.take('fact-a', async () => {
      log.push('a1 start');
      await gate;
      log.push('a1 end');
    });
    const second = turns.take('fact-a', async () => void log.push('a2'));
    const other = turns.take('fact-b', async () => void log.push('b1'));
    await other;
    expect(log).to.deep.equal(['a1 start', 'b1']);
    release();
    await Promise.all([first, second]);
    expect(log).to.deep.equal(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('lets a write whose deadline passes while it waits give up, writing nothing, and keeps the order of the rest', async () => {
    const turns = new StreamTurns();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = turns.take('fact-a', () => gate.then(() => void log.push('first')));
    const late = new AbortController();
    const second = turns.take('fact-a', async () => void log.push('second'), late.signal).catch((e: unknown) => e);
    const third = turns.take('fact-a', async () => void log.push('third'));
    late.abort();
    const error = (await second) as UnavailableError;
    expect(error).to.be.instanceOf(UnavailableError);
    expect(error.writeOutcome).to.equal('not-recorded');
    expect(log).to.deep.equal([]);
    release();
    await Promise.all([first, third]);
    expect(log).to.deep.equal(['first', 'third']);
  });
});
