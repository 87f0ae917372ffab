import { parseStreamName } from '../../src/commands/aggregates.ts';
import { expect } from 'chai';
import type Database from 'better-sqlite3';
import { execute } from '../../src/commands/execute.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { decodeEvent } from '../../src/events/catalog.ts';
import type { FactEvent } from '../../src/facts/events.ts';
import { factDecider } from '../../src/facts/decide.ts';
import { actorDecider } from '../../src/actors/decider.ts';
import { sourceDecider } from '../../src/sources/decider.ts';
import { topicDecider } from '../../src/topics/decider.ts';
import { openChronicle } from '../../src/main.ts';
import type { RecordedEvent } from '../../src/core/event.ts';
import { applyEvents } from '../../projections/applyEvents.ts';
import type { EventPlace, FactDoc } from '../../projections/documents.ts';
import { projectFact } from '../../projections/factProjection.ts';
import { changedMask, feedRowOf, fieldsOfMask } from '../../projections/feed.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import { projectActor, projectSource, projectTopic } from '../../projections/registryProjections.ts';
import { effectiveDaysOf, startDayOf, timelineRowsOf } from '../../projections/timelineRows.ts';
import { dayNumber } from '../../src/dates/index.ts';
import { generateDossier } from '../support/generators/generateDossier.ts';
import { diffReadModels, dumpReadModels, type ReadModelDump } from '../support/readModelDump.ts';
import { countingIds, openTestChronicle, testClock, type ChronicleFixture } from '../support/chronicleFixture.ts';

/**
 * The projections have fast paths (documents kept in memory through a batch, memberships carried
 * from event to event, a catch-up from empty that builds the read indexes at the end, big
 * transactions). Whatever path builds the read models, every table must hold the same rows, and
 * every document must say what the deciders' state of its stream says.
 */

/** Every read-model table holds the same rows in both builds (see `test/support/readModelDump.ts`). */
function expectSameTables(actual: ReadModelDump, expected: ReadModelDump, what: string): void {
  expect(diffReadModels(actual, expected), what).to.deep.equal([]);
}

const indexesOf = (db: Database.Database, prefix: string) =>
  db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ? ORDER BY name`)
    .pluck()
    .all(`${prefix}%`) as string[];

const META_KEYS = new Set([
  'revision',
  'firstSeq',
  'firstPosition',
  'lastPosition',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);

/** What a read document says, without its book-keeping. */
const bodyOf = (doc: object | null) =>
  doc && Object.fromEntries(Object.entries(doc).filter(([key]) => !META_KEYS.has(key)));

/** What a decider's state says, in the read documents' terms: `null` while absent. */
function contentOf(kind: string, state: { status: string }) {
  if (state.status === 'absent') return null;
  const { status, ...content } = state;
  return kind === 'fact' ? { ...content, retracted: status === 'retracted' } : content;
}

/** The feed row as written before the fast paths: memberships from the timeline rows, changes by JSON. */
function referenceFeed(before: FactDoc | null, after: FactDoc | null) {
  const memberships = (doc: FactDoc | null) =>
    doc && !doc.retracted
      ? timelineRowsOf(doc).map((r) => (r.kind === 'all' ? 'all' : `${r.kind}:${r.timelineId}`))
      : [];
  const fields = ['summary', 'notes', 'when', 'place', 'actors', 'topics', 'citations', 'relations'] as const;
  const changes = before && after ? fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])) : [];
  return { before: memberships(before), after: memberships(after), changes };
}

describe('every path through the projections builds the same read models', function () {
  this.timeout(120_000);
  let f: ChronicleFixture;
  let log: RecordedEvent[];

  before(async () => {
    f = await openTestChronicle();
    const { dossier } = generateDossier({ targetEvents: 6000, seed: 7 });
    const write = f.chronicle.write;
    await importDossier(write, dossier, { metadata: { recordedBy: 'ana', reason: 'first import' } });
    // A second import that changes things, as an editor's next version of the file would: dates
    // revised, actors unlinked, topics added, citations withdrawn, relations asserted and withdrawn,
    // facts retracted, a source re-dated (its citing facts re-checked) and an actor merged.
    const facts = dossier.facts;
    facts.forEach((fact, i) => {
      if (i % 7 === 0) fact.when = '2021-06-15';
      if (i % 11 === 0 && (fact.actors?.length ?? 0) > 1) fact.actors = fact.actors!.slice(1);
      if (i % 13 === 0) fact.topics = [...new Set([...(fact.topics ?? []), dossier.topics[0]!.id])];
      if (i % 5 === 0) fact.citations = [];
      if (i % 17 === 0 && i > 0) fact.relations = [{ type: 'after', fact: facts[i - 1]!.id, offset: 'P3D' }];
      if (i % 19 === 0) fact.relations = [];
      if (i % 23 === 0) fact.retracted = true;
      if (i % 29 === 0) fact.summary = `${fact.summary} (revised)`;
    });
    dossier.sources[0]!.publishedOn = '2016-01-01';
    dossier.actors[2]!.mergedInto = dossier.actors[1]!.id;
    const second = await importDossier(write, dossier, { metadata: { recordedBy: 'bo', reason: 'second import' } });
    expect(second.rejected).to.deep.equal([]);
    const retracted = facts.find((_, i) => i % 23 === 0)!;
    await execute(
      write,
      'fact',
      retracted.id,
      { type: 'ReinstateFact', data: { factId: retracted.id } },
      { metadata: { recordedBy: 'cy', reason: 'back' } },
    );
    log = await f.chronicle.store.readAll({ maxCount: 100_000 });
    expect(log.length).to.be.greaterThan(5000); // more than one chunk of applyEvents
  });
  after(async () => f.close());

  it('projects every document of the log as the deciders fold its stream, from the stored form as from memory', () => {
    const docs = new Map<string, unknown>();
    const states = new Map<string, { status: string }>();
    const deciders = { fact: factDecider, actor: actorDecider, topic: topicDecider, source: sourceDecider } as const;
    let seq = 0;
    for (const recorded of log) {
      const kind = recorded.streamName.split('-')[0] as keyof typeof deciders;
      if (!parseStreamName(recorded.streamName)) continue; // the dossier's own streams: passed over, unnumbered
      const decoded = decodeEvent(recorded);
      const place: EventPlace = {
        revision: Number(recorded.revision),
        position: recorded.position,
        seq: ++seq,
        recordedAt: decoded.metadata.recordedAt,
        recordedBy: decoded.metadata.recordedBy,
      };
      const before = docs.get(recorded.streamName) ?? null;
      const project = (doc: any) =>
        kind === 'fact'
          ? projectFact(doc, decoded.event as FactEvent, place)
          : kind === 'actor'
            ? projectActor(doc, decoded.event as any, place)
            : kind === 'topic'
              ? projectTopic(doc, decoded.event as any, place)
              : projectSource(doc, decoded.event as any, place);
      const fast = project(before);
      const where = `${recorded.streamName}@${recorded.revision}`;
      expect(JSON.stringify(project(JSON.parse(JSON.stringify(before)))), where).to.equal(JSON.stringify(fast));
      const decider = deciders[kind] as { evolve(s: unknown, e: unknown): { status: string }; initialState(): unknown };
      const state = decider.evolve(states.get(recorded.streamName) ?? decider.initialState(), decoded.event);
      states.set(recorded.streamName, state);
      expect(bodyOf(fast), where).to.deep.equal(contentOf(kind, state));
      if (kind === 'fact') {
        const row = feedRowOf(seq, recorded.position, recorded.type, before as FactDoc | null, fast as FactDoc);
        const reference = referenceFeed(before as FactDoc | null, fast as FactDoc);
        expect({ before: row.before, after: row.after, changes: row.changes }).to.deep.equal(reference);
        // The event log stores the changes as a mask.
        expect(fieldsOfMask(changedMask(before as FactDoc | null, fast as FactDoc)), where).to.deep.equal(
          reference.changes,
        );
      }
      // Later events start from the stored form, as across batches, or from the fast one.
      docs.set(recorded.streamName, seq % 2 === 0 ? JSON.parse(JSON.stringify(fast)) : fast);
    }
  });

  it('a catch-up from empty, a rebuild, and a catch-up a few appends at a time with every index in place', async () => {
    // 1. From empty (read indexes dropped and built at the end), in the default big transactions.
    const runner = f.chronicle.runner;
    expect(await runner.catchUp()).to.equal(log.length);
    const rm = f.chronicle.readModels();
    const caughtUp = dumpReadModels(rm.db);
    const liveIndexes = indexesOf(rm.db, 'rm_');
    expect(liveIndexes).to.include.members([
      'rm_timeline_order',
      'rm_events_position',
      'rm_events_recorded',
      'rm_actors_merged',
    ]);

    // The indexes kept beside the documents say what the current documents say.
    const citesOf = rm.db.prepare('SELECT source_id FROM rm_cites WHERE fact_id = ? ORDER BY source_id').pluck();
    const relatedOf = rm.db
      .prepare('SELECT target FROM rm_relations WHERE fact_id = ? AND to_seq IS NULL ORDER BY target')
      .pluck();
    const currentRows = new Map<string, unknown[]>();
    for (const { factId, ...row } of rm.db
      .prepare(
        `SELECT fact_id AS factId, kind, timeline_id AS timelineId, role, retracted, earliest, latest,
        precision_rank AS rank, first_seq AS firstSeq, open_start AS openStart FROM rm_timeline WHERE to_seq IS NULL ORDER BY fact_id, kind, timeline_id`,
      )
      .all() as { factId: string }[]) {
      currentRows.set(factId, [...(currentRows.get(factId) ?? []), row]);
    }
    let narrowed = 0;
    for (const doc of rm.allFacts()) {
      const cites = citesOf.all(doc.factId);
      const wantedCites = doc.retracted ? [] : [...new Set(Object.values(doc.citations).map((c) => c.source))].sort();
      expect(cites, `cites of ${doc.factId}`).to.deep.equal(wantedCites);
      const related = relatedOf.all(doc.factId);
      const wantedRelated = doc.retracted ? [] : [...new Set(Object.values(doc.relations).map((r) => r.target))].sort();
      expect(related, `relations of ${doc.factId}`).to.deep.equal(wantedRelated);
      const rows = currentRows.get(doc.factId) ?? [];
      // Sorted on the bounds the fact's date-narrowed finding gives, where it has one.
      const implied = rm
        .findingsOf(doc.factId)
        .find((x) => x.code === 'date-narrowed' && x.facts[0] === doc.factId)?.implied;
      if (implied) narrowed += 1;
      const days = implied && {
        earliestDay: implied.earliest === null ? null : dayNumber(implied.earliest),
        latestDay: implied.latest === null ? null : dayNumber(implied.latest),
      };
      const wantedRows = timelineRowsOf(doc, effectiveDaysOf(doc, days))
        .map((r) => ({
          kind: r.kind,
          timelineId: r.timelineId,
          role: r.role,
          retracted: r.retracted ? 1 : 0,
          earliest: startDayOf(r),
          latest: r.latestDay,
          rank: r.precisionRank,
          firstSeq: r.firstSeq,
          openStart: r.earliestDay === Number.MIN_SAFE_INTEGER ? 1 : 0,
        }))
        .sort((a, b) => (a.kind + '\u0000' + a.timelineId < b.kind + '\u0000' + b.timelineId ? -1 : 1));
      expect(rows, `timeline rows of ${doc.factId}`).to.deep.equal(wantedRows);
    }
    expect(narrowed, 'facts whose relations narrow their dates').to.be.greaterThan(0);

    // 2. A rebuild into fresh tables, swapped in.
    expect(await runner.rebuild()).to.equal(log.length);
    expectSameTables(dumpReadModels(f.chronicle.readModels().db), caughtUp, 'rebuild');
    expect(indexesOf(f.chronicle.readModels().db, 'rm_')).to.deep.equal(liveIndexes);

    // 3. Separate read models: the first event applied on its own, then a catch-up (not from empty,
    //    so every index is kept up row by row) a few appends per transaction.
    const other = await openChronicle({
      storeUrl: f.storeUrl,
      readModelsUrl: `sqlite:${f.dir.file('other.db')}`,
      clock: testClock(),
      newId: countingIds(),
    });
    try {
      const otherRm = other.readModels();
      applyEvents(otherRm, log.slice(0, 1), (a, b) => other.store.comparePositions(a, b));
      const slow = new ProjectionRunner(other.store, otherRm, { batchSize: 20 });
      expect(await slow.catchUp()).to.equal(log.length - 1);
      expectSameTables(dumpReadModels(otherRm.db), caughtUp, 'catch-up a few appends at a time');

      // 4. And again in transactions of 97 events (ending inside appends, extended to their end).
      const third = new ReadModelDb(otherRm.db, 'x_');
      applyEvents(third, log.slice(0, 1), (a, b) => other.store.comparePositions(a, b));
      await new ProjectionRunner(other.store, third, { batchSize: 97 }).catchUp();
      expectSameTables(dumpReadModels(otherRm.db, 'x_'), caughtUp, 'catch-up in batches of 97');

      // 5. In one call told what each event changed (as a live listener is: a document copied per
      //    event), where the catch-ups and the rebuild above, told nothing, fold in place.
      const fourth = new ReadModelDb(otherRm.db, 'y_');
      applyEvents(fourth, log, (a, b) => other.store.comparePositions(a, b));
      expectSameTables(dumpReadModels(otherRm.db, 'y_'), caughtUp, 'each event with its documents');
    } finally {
      await other.close();
    }
  });

  it('puts the read indexes back when a catch-up from empty stops part-way, and resumes from its checkpoint', async () => {
    const other = await openChronicle({
      storeUrl: f.storeUrl,
      readModelsUrl: `sqlite:${f.dir.file('stopped.db')}`,
      clock: testClock(),
      newId: countingIds(),
    });
    try {
      let reads = 0;
      const failing = new Proxy(other.store, {
        get(target, key, receiver) {
          if (key === 'readAll') {
            return async (options: Parameters<typeof target.readAll>[0]) => {
              if (++reads === 3) throw new Error('the store went away');
              return target.readAll(options);
            };
          }
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const rm = other.readModels();
      // Batch by batch: loaded whole, they would stay empty until the end (test/projections/loadEmptyWhole.test.ts).
      const runner = new ProjectionRunner(failing, rm, { batchSize: 500, loadEmptyWhole: false });
      let error: unknown;
      await runner.catchUp().catch((e: unknown) => (error = e));
      expect(String(error)).to.match(/the store went away/);
      expect(rm.checkpoint().seq).to.be.greaterThan(0).and.lessThan(log.length);
      expect(indexesOf(rm.db, 'rm_')).to.deep.equal(indexesOf(f.chronicle.readModels().db, 'rm_'));
      const stoppedAt = log.findIndex((e) => e.position === rm.checkpoint().position) + 1;
      expect(stoppedAt, 'the checkpoint is an event of the log').to.be.greaterThan(0);
      expect(await runner.catchUp()).to.equal(log.length - stoppedAt);
      // The seq numbers the events the projections follow (the dossier's own streams they pass over).
      expect(rm.checkpoint().seq).to.equal(log.filter((e) => parseStreamName(e.streamName)).length);
      expectSameTables(
        dumpReadModels(rm.db),
        dumpReadModels(f.chronicle.readModels().db),
        'catch-up resumed after a failure',
      );
    } finally {
      await other.close();
    }
  });
});
