import { expect } from 'chai';
import { execute, loadAggregate, type WriteDeps } from '../../src/commands/execute.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { encodeEvent } from '../../src/events/catalog.ts';
import type { EventStore } from '../../src/store/port.ts';
import { aFact } from '../support/builders.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const options = { metadata: { recordedBy: 'ana', reason: 'test' } };

async function refusal(run: () => Promise<unknown>): Promise<ValidationError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the command to be refused').to.be.instanceOf(ValidationError);
  return error as ValidationError;
}

describe('execute', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openDemoChronicle()));
  afterEach(async () => f.close());

  describe('what a command names must exist', () => {
    it('refuses a fact naming an actor, a topic and a source that do not exist, each at its path, and writes nothing', async () => {
      const error = await refusal(() =>
        execute(
          f.chronicle.write,
          'fact',
          'new-fact',
          {
            type: 'RecordFact',
            data: aFact({
              factId: 'new-fact',
              actors: [
                { id: 'sedena', role: null },
                { id: 'nobody', role: null },
              ],
              topics: ['nowhere'],
              citations: [
                {
                  source: 'no-such-paper',
                  quote: null,
                  locator: null,
                  statedDate: null,
                  statedWeekday: null,
                  credibility: null,
                },
              ],
            }),
          },
          options,
        ),
      );
      expect(error.issues).to.deep.equal([
        { path: 'actors[1].id', message: 'no actor nobody is registered' },
        { path: 'topics[0]', message: 'no topic nowhere is defined' },
        { path: 'citations[0].source', message: 'no source no-such-paper is registered' },
      ]);
      expect(await f.chronicle.store.readStream('fact-new-fact')).to.deep.equal([]);
    });

    it('refuses to link an actor that is not registered, before it looks at the fact', async () => {
      const error = await refusal(() =>
        execute(
          f.chronicle.write,
          'fact',
          'no-such-fact',
          { type: 'LinkActor', data: { factId: 'no-such-fact', actorId: 'nobody', role: null } },
          options,
        ),
      );
      expect(error.issues).to.deep.equal([{ path: 'actors[0].id', message: 'no actor nobody is registered' }]);
    });

    it('refuses to merge an actor into one that is not registered', async () => {
      const error = await refusal(() =>
        execute(
          f.chronicle.write,
          'actor',
          'sedena',
          { type: 'MergeActor', data: { actorId: 'sedena', into: 'ghost' } },
          options,
        ),
      );
      expect(error.issues).to.deep.equal([{ path: 'into', message: 'no actor ghost is registered' }]);
    });

    it('refuses a topic under a parent that is not defined, and leaves a topic named its own parent to the decider', async () => {
      const define = (parent: string) =>
        execute(
          f.chronicle.write,
          'topic',
          'drones',
          { type: 'DefineTopic', data: { topicId: 'drones', label: 'Drones', parent, notes: null } },
          options,
        );
      expect((await refusal(() => define('aircraft'))).issues).to.deep.equal([
        { path: 'parent', message: 'no topic aircraft is defined' },
      ]);
      expect((await refusal(() => define('drones'))).issues).to.deep.equal([
        { path: 'parent', message: 'a topic cannot be its own parent' },
      ]);
    });

    it('lets a relation point at a fact that does not exist: the checks report it as dangling', async () => {
      const result = await execute(
        f.chronicle.write,
        'fact',
        'new-fact',
        {
          type: 'RecordFact',
          data: aFact({ factId: 'new-fact', relations: [{ kind: 'after', target: 'not-yet', offset: null }] }),
        },
        options,
      );
      expect(result.events.map((e) => e.type)).to.deep.equal(['FactRecorded', 'RelationAsserted']);
    });
  });

  describe('what a process has seen exist', () => {
    /** The chronicle's write deps, counting the reads of each stream. */
    function countingReads(): { deps: WriteDeps; reads: Map<string, number> } {
      const reads = new Map<string, number>();
      const store = f.chronicle.write.store;
      const counted: EventStore = {
        ...store,
        readStream: (stream, opts) => {
          reads.set(stream, (reads.get(stream) ?? 0) + 1);
          return store.readStream(stream, opts);
        },
      };
      return { deps: { ...f.chronicle.write, store: counted }, reads };
    }
    const naming = (factId: string, actorId: string) => ({
      type: 'RecordFact' as const,
      data: aFact({ factId, actors: [{ id: actorId, role: null }] }),
    });

    it("reads an actor's stream for the first write that names it, not for the next ones", async () => {
      const { deps, reads } = countingReads();
      for (const id of ['one', 'two', 'three']) await execute(deps, 'fact', id, naming(id, 'sedena'), options);
      expect(reads.get('actor-sedena')).to.equal(1);
    });

    it('looks an actor it found missing up again, and takes it once it is registered', async () => {
      const { deps, reads } = countingReads();
      await refusal(() => execute(deps, 'fact', 'early', naming('early', 'newcomer'), options));
      await execute(
        deps,
        'actor',
        'newcomer',
        {
          type: 'RegisterActor',
          data: { actorId: 'newcomer', name: 'Newcomer', kind: 'person', aliases: [], notes: null },
        },
        options,
      );
      const result = await execute(deps, 'fact', 'late', naming('late', 'newcomer'), options);
      expect(result.events.map((e) => e.type)).to.deep.equal(['FactRecorded', 'ActorLinked']);
      expect(reads.get('actor-newcomer')).to.be.greaterThanOrEqual(2);
    });
  });

  it('refuses to fold a stream that holds an event of another aggregate', async () => {
    await f.chronicle.store.append('fact-mixed', [
      encodeEvent(
        { type: 'TopicDefined', data: { topicId: 'mixed', label: 'Mixed', parent: null, notes: null } },
        '00000000-0000-4000-8000-0000000000b1',
        { recordedBy: 'elsewhere' },
        new Date('2022-11-01T09:00:00Z'),
      ),
    ]);
    const error = await loadAggregate(f.chronicle.store, 'fact', 'mixed').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(String(error)).to.match(/unhandled fact event TopicDefined/);
  });
});
