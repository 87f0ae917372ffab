import { expect } from 'chai';
import fc from 'fast-check';
import { execute } from '../../src/commands/execute.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { listRegistry } from '../../projections/queries/registryQuery.ts';
import { readTimeline, type TimelineQuery } from '../../projections/queries/timelineQuery.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const SEED = 20261128;

/** One write an editor might make, by index into the dossier's facts and actors. */
type Edit =
  | { kind: 'revise'; fact: number; day: number }
  | { kind: 'retract' | 'reinstate'; fact: number }
  | { kind: 'relate'; fact: number; target: number; relation: 'after' | 'before' | 'same-day' }
  | { kind: 'summary'; fact: number; text: string }
  | { kind: 'link' | 'unlink'; fact: number; actor: number }
  | { kind: 'rename'; actor: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('revise' as const), fact: fc.nat(), day: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'reinstate' as const), fact: fc.nat() }),
  fc.record({
    kind: fc.constant('relate' as const),
    fact: fc.nat(),
    target: fc.nat(),
    relation: fc.constantFrom('after' as const, 'before' as const, 'same-day' as const),
  }),
  fc.record({
    kind: fc.constant('summary' as const),
    fact: fc.nat(),
    text: fc.constantFrom('Re-read from the report', 'Confirmed by a second source'),
  }),
  fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), fact: fc.nat(), actor: fc.nat() }),
  fc.record({
    kind: fc.constant('rename' as const),
    actor: fc.nat(),
    text: fc.constantFrom('Renamed body', 'Another name'),
  }),
);

describe('the read cache through writes (fast-check, seed 20261128)', () => {
  let f: ChronicleFixture;
  let facts: string[];
  let actors: string[];
  let firstPosition: string;
  beforeEach(async () => {
    f = await openDemoChronicle();
    const rm = f.chronicle.readModels();
    facts = readTimeline(rm, { kind: 'all', includeRetracted: true }).entries.map((e) => e.factId);
    actors = listRegistry(rm, 'actors').map((a) => a.actorId);
    firstPosition = rm.checkpoint().position!;
  });
  afterEach(async () => f.close());

  const apply = async (e: Edit): Promise<void> => {
    const write = f.chronicle.write;
    const options = { metadata: { recordedBy: 'ana', reason: 'property test' } };
    const fact = 'fact' in e ? facts[e.fact % facts.length]! : '';
    try {
      switch (e.kind) {
        case 'revise': {
          const day = new Date(Date.UTC(2022, 3, e.day)).toISOString().slice(0, 10);
          await execute(write, 'fact', fact, { type: 'ReviseFactDate', data: { factId: fact, when: day } }, options);
          break;
        }
        case 'retract':
          await execute(write, 'fact', fact, { type: 'RetractFact', data: { factId: fact } }, options);
          break;
        case 'reinstate':
          await execute(write, 'fact', fact, { type: 'ReinstateFact', data: { factId: fact } }, options);
          break;
        case 'relate': {
          const target = facts[e.target % facts.length]!;
          await execute(
            write,
            'fact',
            fact,
            { type: 'AssertRelation', data: { factId: fact, relation: { kind: e.relation, target, offset: null } } },
            options,
          );
          break;
        }
        case 'summary':
          await execute(
            write,
            'fact',
            fact,
            { type: 'EditFactSummary', data: { factId: fact, summary: e.text } },
            options,
          );
          break;
        case 'link':
          await execute(
            write,
            'fact',
            fact,
            { type: 'LinkActor', data: { factId: fact, actorId: actors[e.actor % actors.length]!, role: null } },
            options,
          );
          break;
        case 'unlink':
          await execute(
            write,
            'fact',
            fact,
            { type: 'UnlinkActor', data: { factId: fact, actorId: actors[e.actor % actors.length]! } },
            options,
          );
          break;
        case 'rename': {
          const actor = actors[e.actor % actors.length]!;
          await execute(
            write,
            'actor',
            actor,
            { type: 'RenameActor', data: { actorId: actor, name: e.text } },
            options,
          );
          break;
        }
      }
    } catch {
      // A refused edit (retracting twice, relating a fact to itself, …) changes nothing: still a step.
    }
    await f.chronicle.runner.catchUp();
  };

  /** What a reader with nothing cached sees: its own connection, a fresh cache. */
  const uncached = (query: TimelineQuery) => {
    const fresh = ReadModelDb.open(f.dir.file('chronicle.db'));
    try {
      return readTimeline(fresh, query);
    } finally {
      fresh.db.close();
    }
  };

  it('answers every page after every edit exactly as a reader with nothing cached', async () => {
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const rm = f.chronicle.readModels();
        const queries: TimelineQuery[] = [
          { kind: 'all', includeRetracted: true },
          { kind: 'actor', id: 'sedena' },
          { kind: 'all', asOf: firstPosition },
          { kind: 'all', limit: 5 },
        ];
        for (const e of edits) {
          for (const q of queries) readTimeline(rm, q); // fill the cache
          await apply(e);
          if (rm.cache.size > 0) kept += 1;
          for (const q of queries)
            expect(readTimeline(rm, q), `${JSON.stringify(e)} then ${JSON.stringify(q)}`).to.deep.equal(uncached(q));
        }
      }),
      { seed: SEED, numRuns: 12 },
    );
    // The cache did keep values through writes (an edit of one fact leaves the others' entries).
    expect(kept).to.be.greaterThan(0);
  });

  it('drops the entry of the fact a write changed and keeps the others', async () => {
    const rm = f.chronicle.readModels();
    readTimeline(rm, { kind: 'all' });
    // The first fact, and one outside its relation component (whose findings the write re-checks).
    const changed = facts[0]!;
    const other = 'mexico-installs-nuctech-equipment';
    expect(facts).to.include(other);
    await apply({ kind: 'summary', fact: 0, text: 'Re-read from the report' });
    const scope = rm.cache.scope();
    expect(scope.has(`entry:${changed}`)).to.equal(false);
    expect(scope.has(`entry:${other}`)).to.equal(true);
    expect(readTimeline(rm, { kind: 'all' }).entries.find((e) => e.factId === changed)?.summary).to.equal(
      'Re-read from the report',
    );
  });

  it('answers from the rebuilt read models after a rebuild, through the old handle too', async () => {
    const before = f.chronicle.readModels();
    readTimeline(before, { kind: 'all' });
    await apply({ kind: 'summary', fact: 0, text: 'Confirmed by a second source' });
    readTimeline(before, { kind: 'all' });
    await f.chronicle.runner.rebuild();
    const after = f.chronicle.readModels();
    expect(readTimeline(after, { kind: 'all' })).to.deep.equal(uncached({ kind: 'all' }));
    // A reader that kept the handle from before the rebuild: the swapped-in tables carry a new token.
    expect(readTimeline(before, { kind: 'all' })).to.deep.equal(uncached({ kind: 'all' }));
    expect(before.cache.size).to.be.greaterThan(0);
  });

  it('empties the cache when a name changes, as every entry shows names', async () => {
    const rm = f.chronicle.readModels();
    readTimeline(rm, { kind: 'all' });
    await apply({ kind: 'rename', actor: actors.indexOf('sedena'), text: 'Renamed body' });
    expect(rm.cache.size).to.equal(0);
    const entry = readTimeline(rm, { kind: 'actor', id: 'sedena' }).entries[0]!;
    expect(entry.actors.find((a) => a.id === 'sedena')?.name).to.equal('Renamed body');
  });
});
