import { expect } from 'chai';
import fc from 'fast-check';
import { checkFactOf } from '../../projections/findingsProjection.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import { checkAll } from '../../src/checks/index.ts';
import type { CommandOf } from '../../src/commands/aggregates.ts';
import { execute } from '../../src/commands/execute.ts';
import { dayNumber, parseFuzzyDate, sortKeyOf } from '../../src/dates/index.ts';
import type { RelationData } from '../../src/facts/events.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { openTestChronicle, testClock } from '../support/chronicleFixture.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { dumpReadModels } from '../support/readModelDump.ts';
import { createTempDir } from '../support/tempDir.ts';

const SEED = 20261205;

/** Dates of every shape the order treats apart: days, spans, open starts and ends, widened, seasons. */
const DATES = [
  '2022-03-01',
  '2022-06-01',
  '2022-06',
  '../2022-10',
  '../2022-05-02',
  '2022-09-15/..',
  '2022~',
  '?2022-04-22',
  '2022-04/2022-07',
  '2022-21',
] as const;
const OFFSETS = [null, null, 'P10D', 'P1M', '../P2M', 'P1M/P3M'] as const;
const KINDS = ['after', 'before', 'same-day'] as const;
const FACTS = 6;

/** One write an editor might make, by fact index; `catch-up` projects what is pending (cutting the log into chunks). */
type Step =
  | { kind: 'record'; fact: number; date: number; target: number | null; relation: number; offset: number }
  | { kind: 'relate'; fact: number; target: number; relation: number; offset: number }
  | { kind: 'withdraw'; fact: number; target: number; relation: number }
  | { kind: 'revise'; fact: number; date: number }
  | { kind: 'retract' | 'reinstate'; fact: number }
  | { kind: 'catch-up' };

const index = (n: number) => fc.integer({ min: 0, max: n - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      fact: index(FACTS),
      date: index(DATES.length),
      target: fc.option(index(FACTS)),
      relation: index(KINDS.length),
      offset: index(OFFSETS.length),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('relate' as const),
      fact: index(FACTS),
      target: index(FACTS),
      relation: index(KINDS.length),
      offset: index(OFFSETS.length),
    }),
  },
  fc.record({ kind: fc.constant('withdraw' as const), fact: index(FACTS), target: index(FACTS), relation: index(3) }),
  fc.record({ kind: fc.constant('revise' as const), fact: index(FACTS), date: index(DATES.length) }),
  fc.record({ kind: fc.constantFrom('retract' as const, 'reinstate' as const), fact: index(FACTS) }),
  { weight: 2, arbitrary: fc.constant({ kind: 'catch-up' as const }) },
);
const steps = fc.array(step, { minLength: 4, maxLength: 16 });

const id = (n: number) => `fact-${n}`;
const relationOf = (s: { target: number; relation: number; offset: number }): RelationData => {
  const kind = KINDS[s.relation]!;
  return { kind, target: id(s.target), offset: kind === 'same-day' ? null : OFFSETS[s.offset]! };
};

/** Applies `step` through the commands; a refused one (a missing fact, a relation to itself, …) changes nothing. */
async function apply(chronicle: Chronicle, s: Step): Promise<void> {
  if (s.kind === 'catch-up') {
    await chronicle.runner.catchUp();
    return;
  }
  const factId = id(s.fact);
  const command: CommandOf<'fact'> =
    s.kind === 'record'
      ? {
          type: 'RecordFact',
          data: {
            factId,
            summary: factId,
            when: DATES[s.date]!,
            place: null,
            notes: null,
            actors: [],
            topics: [],
            citations: [],
            relations: s.target === null ? [] : [relationOf({ ...s, target: s.target })],
          },
        }
      : s.kind === 'relate'
        ? { type: 'AssertRelation', data: { factId, relation: relationOf(s) } }
        : s.kind === 'withdraw'
          ? { type: 'WithdrawRelation', data: { factId, kind: KINDS[s.relation]!, target: id(s.target) } }
          : s.kind === 'revise'
            ? { type: 'ReviseFactDate', data: { factId, when: DATES[s.date]! } }
            : { type: s.kind === 'retract' ? 'RetractFact' : 'ReinstateFact', data: { factId } };
  try {
    await execute(chronicle.write, 'fact', factId, command, { metadata: { recordedBy: 'ana', reason: 'property' } });
  } catch {
    // Refused: nothing was written.
  }
}

/**
 * The chronology as docs/design.md orders it, worked out from scratch from the current documents:
 * the bounds the date checks narrow each fact to (its `date-narrowed` finding), else its stated
 * ones; by start (the earliest day, or where that is open the latest), latest, precision, first event.
 */
function referenceOrder(rm: ReadModelDb): string[] {
  const docs = rm.allFacts().filter((d) => !d.retracted);
  const narrowed = new Map(
    checkAll(new Map(docs.map((d) => [d.factId, checkFactOf(d)])), new Map())
      .filter((x) => x.code === 'date-narrowed')
      .map((x) => [x.facts[0]!, x.implied!]),
  );
  const keyOf = (doc: (typeof docs)[number]) => {
    const stated = parseFuzzyDate(doc.when);
    const { earliest, latest } = narrowed.get(doc.factId) ?? stated;
    const latestDay = latest === null ? Infinity : dayNumber(latest);
    const start = earliest !== null ? dayNumber(earliest) : latest !== null ? latestDay : -Infinity;
    return [start, latestDay, sortKeyOf(stated).precisionRank, doc.firstSeq];
  };
  const keys = new Map(docs.map((d) => [d.factId, keyOf(d)]));
  const compare = (a: string, b: string) => {
    const [x, y] = [keys.get(a)!, keys.get(b)!];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
  return docs.map((d) => d.factId).sort(compare);
}

const chronology = (rm: ReadModelDb, asOf?: string) =>
  readTimeline(rm, { kind: 'all', ...(asOf === undefined ? {} : { asOf }) }).entries.map((e) => e.factId);

/** Every page of the chronology, `limit` entries at a time, through the cursors. */
function paged(rm: ReadModelDb, limit: number): string[] {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = readTimeline(rm, { kind: 'all', limit, ...(cursor ? { cursor } : {}) });
    out.push(...page.entries.map((e) => e.factId));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

describe(`the timeline order under random edits (fast-check, seed ${SEED})`, function () {
  this.timeout(120_000);

  it('is the order of the effective bounds worked out from scratch, at every point, as known then, after a rebuild', async () => {
    let narrowedRuns = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (list) => {
        const f = await openTestChronicle();
        try {
          const { chronicle } = f;
          const seen: { position: string; order: string[] }[] = [];
          for (const s of [...list, { kind: 'catch-up' } as const]) {
            await apply(chronicle, s);
            if (s.kind !== 'catch-up') continue;
            const rm = chronicle.readModels();
            const order = chronology(rm);
            expect(order, 'the chronology').to.deep.equal(referenceOrder(rm));
            expect(new Set(order).size, 'each fact once').to.equal(order.length);
            expect(paged(rm, 2), 'paged through the cursors').to.deep.equal(order);
            const position = rm.checkpoint().position;
            if (position) seen.push({ position, order });
          }
          const rm = chronicle.readModels();
          if (readTimeline(rm, { kind: 'all' }).entries.some((e) => e.when.effective)) narrowedRuns += 1;
          for (const { position, order } of seen)
            expect(chronology(rm, position), `as of ${position}`).to.deep.equal(order);

          const caughtUp = dumpReadModels(rm.db);
          await chronicle.runner.rebuild();
          const rebuilt = chronicle.readModels();
          expect(dumpReadModels(rebuilt.db).get('timeline'), 'the timeline rows after a rebuild').to.deep.equal(
            caughtUp.get('timeline'),
          );
          for (const { position, order } of seen) expect(chronology(rebuilt, position)).to.deep.equal(order);
        } finally {
          await f.close();
        }
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(narrowedRuns, 'runs that end with a fact its relations narrow').to.be.greaterThan(5);
  });

  it('is the same on EventStoreDB as on the embedded store', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (list) => {
        const embedded = await openTestChronicle();
        const standIn = await EsdbStandIn.start();
        const dir = await createTempDir('chronicle-order-');
        const esdb = await openChronicle({
          storeUrl: standIn.connectionString,
          readModelsUrl: `sqlite:${dir.file('readmodels.db')}`,
          clock: testClock(),
        });
        try {
          for (const s of list) {
            await apply(embedded.chronicle, s);
            await apply(esdb, s);
          }
          await embedded.chronicle.runner.catchUp();
          await esdb.runner.catchUp();
          const entries = (chronicle: Chronicle) =>
            readTimeline(chronicle.readModels(), { kind: 'all', includeRetracted: true }).entries.map((e) => ({
              factId: e.factId,
              when: e.when,
              status: e.status,
            }));
          expect(entries(esdb)).to.deep.equal(entries(embedded.chronicle));
        } finally {
          await esdb.close();
          await standIn.stop();
          await dir.remove();
          await embedded.close();
        }
      }),
      { seed: SEED, numRuns: 6 },
    );
  });
});
