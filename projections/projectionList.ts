import type { ActorEvent } from '../src/actors/events.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import type { TextIndex } from '../src/sources/text/index.ts';
import type { TopicEvent } from '../src/topics/events.ts';
import type { Batch, BatchEvent } from './batch.ts';
import type { FactDoc, SourceDoc } from './documents.ts';
import { recheckComponents } from './findingsProjection.ts';
import type { ReadModelDb } from './readModelDb.ts';
import { projectActor, projectSource, projectTopic } from './registryProjections.ts';
import { textIndexOf } from './sourceTexts.ts';
import { timelineChanges } from './timelineChanges.ts';

/** What a projection is handed: the read models, the batch's events it can handle (in log order), the whole batch. */
export interface ProjectionBatch {
  readonly rm: ReadModelDb;
  readonly events: readonly BatchEvent[];
  readonly batch: Batch;
}

/**
 * A projection: the events it can handle, and how it writes what they change into its read models,
 * inside the batch's one transaction. Each sees the writes of those before it in `PROJECTIONS`.
 */
export interface Projection {
  readonly name: string;
  readonly canHandle: (event: BatchEvent) => boolean;
  readonly apply: (batch: ProjectionBatch) => void;
}

const isFact = (e: BatchEvent) => e.stream.kind === 'fact';

/** Facts in id order: the inserts walk the B-trees in order. */
const factsInOrder = (batch: Batch) => [...batch.facts.keys()].sort().map((id) => batch.facts.get(id)!);

const registries: Projection = {
  name: 'registries',
  canHandle: (e) => e.stream.kind !== 'fact',
  apply: ({ rm, events }) => {
    const { registries: r } = rm;
    for (const { stream, event, place } of events) {
      if (stream.kind === 'actor') {
        const doc = projectActor(r.doc('actors', stream.id), event as ActorEvent, place);
        if (doc) r.put('actors', stream.id, doc);
      } else if (stream.kind === 'topic') {
        const doc = projectTopic(r.doc('topics', stream.id), event as TopicEvent, place);
        if (doc) r.put('topics', stream.id, doc);
      } else if (stream.kind === 'source') {
        const doc = projectSource(r.doc('sources', stream.id), event as SourceEvent, place);
        if (doc) r.put('sources', stream.id, doc);
      }
    }
  },
};

const sourceTexts: Projection = {
  name: 'source texts',
  canHandle: (e) => e.event.type === 'SourceTextAttached',
  apply: ({ rm, events }) => {
    for (const { stream, event } of events) {
      if (event.type !== 'SourceTextAttached' || !rm.registries.doc('sources', stream.id)) continue;
      rm.sourceTexts.put(stream.id, event.data.sha256, event.data.text);
    }
  },
};

/**
 * One row per event (its place in the log, for "as known at" reads), and for a fact event what its
 * feed row needs beside the fact's versions: its type and the fields it changed, computed once as
 * the batch is read (`BatchEvent.row`); the live feed reads them back (`readFeedMessages`).
 */
const eventLog: Projection = {
  name: 'event log and feed',
  canHandle: () => true,
  apply: ({ rm, events }) => {
    for (const { recorded, seq, recordedAtMs, row } of events)
      rm.eventLog.add(seq, recorded.position, recordedAtMs, row);
  },
};

const factVersions: Projection = {
  name: 'fact versions',
  canHandle: isFact,
  apply: ({ rm, batch }) => {
    for (const fact of factsInOrder(batch)) rm.facts.put(fact.versions);
  },
};

/** The relation and citation indexes, version by version (the timeline reads the relations as they stood after each). */
const relations: Projection = {
  name: 'relations',
  canHandle: isFact,
  apply: ({ rm, batch }) => {
    for (const fact of factsInOrder(batch)) {
      let previous = fact.before;
      for (const v of fact.versions) {
        rm.relations.put(v.doc, v.fromSeq, previous);
        previous = v.doc;
      }
    }
  },
};

/** What the timeline and the findings both read around a batch (see `aroundBatch`). */
interface AroundBatch {
  /**
   * `rm.relatedFrom`, answered without a query for a fact of the batch that no relation row points
   * at (most facts: few are the target of a relation). The relation rows of the batch's own links
   * are written by then (`relations` comes first), so the rows asked about once are all there.
   */
  readonly relatedFrom: (factId: string, seq?: number) => string[];
  /** The current document of a fact, the batch's or the stored one (each stored one read once). */
  readonly fact: (factId: string) => FactDoc | null;
}

const around = new WeakMap<Batch, AroundBatch>();

/**
 * What the timeline and the findings both read around a batch, read once for both: which of its
 * facts a relation row points at, and the stored documents of the facts outside it that their
 * components reach. Neither projection, nor any between them, writes those.
 */
function aroundBatch(rm: ReadModelDb, batch: Batch): AroundBatch {
  let known = around.get(batch);
  if (known === undefined) {
    const { facts } = batch;
    const targeted = rm.relations.targetedAmong([...facts.keys()]);
    const stored = new Map<string, FactDoc | null>();
    known = {
      relatedFrom: (factId, seq) => (facts.has(factId) && !targeted.has(factId) ? [] : rm.relatedFrom(factId, seq)),
      fact: (factId) => {
        const inBatch = facts.get(factId);
        if (inBatch) return inBatch.current;
        if (!stored.has(factId)) stored.set(factId, rm.fact(factId));
        return stored.get(factId) ?? null;
      },
    };
    around.set(batch, known);
  }
  return known;
}

const timeline: Projection = {
  name: 'timeline',
  canHandle: isFact,
  apply: ({ rm, batch }) => {
    const { relatedFrom, fact } = aroundBatch(rm, batch);
    rm.timeline.write(timelineChanges(rm, batch.facts, relatedFrom, fact));
  },
};

/**
 * Re-checks the components touched by a batch: the changed facts, the facts citing changed sources,
 * and every member of the components they were in (a component may have split or merged). Once per
 * batch, over the batch's documents (the ones just written) and the stored ones around them. The
 * sources it reads are kept for the batch, or for a rebuild's tables from batch to batch
 * (`keptSources`: a source's event drops it).
 */
const findings: Projection = {
  name: 'findings',
  canHandle: (e) => e.stream.kind === 'fact' || e.stream.kind === 'source',
  apply: ({ rm, events, batch }) => {
    const { facts } = batch;
    const seeds = new Set(facts.keys());
    const sources = rm.keptSources ?? new Map<string, SourceDoc | null>();
    for (const e of events)
      if (e.stream.kind === 'source') {
        sources.delete(e.stream.id);
        for (const f of rm.relations.factsCiting(e.stream.id)) seeds.add(f);
      }
    if (seeds.size === 0) return;
    // A fact the batch records has no component yet: no row to look for.
    const isNew = (f: string) => facts.get(f)?.before === null;
    const dropped = new Set<string>();
    for (const f of [...seeds]) {
      if (isNew(f)) continue;
      const c = rm.findings.componentOf(f);
      if (c !== undefined && !dropped.has(c)) {
        dropped.add(c);
        for (const m of rm.findings.membersOf(c)) seeds.add(m);
      }
    }
    const texts = new Map<string, TextIndex | null>();
    const { relatedFrom, fact } = aroundBatch(rm, batch);
    const components = recheckComponents(seeds, {
      fact,
      source: (id) => {
        if (!sources.has(id)) sources.set(id, rm.registries.doc('sources', id));
        return sources.get(id) ?? null;
      },
      relatedFrom,
      sourceText: (id) => {
        if (!texts.has(id)) texts.set(id, textIndexOf(rm, id));
        return texts.get(id) ?? null;
      },
    });
    for (const c of components)
      for (const m of c.members) {
        if (isNew(m)) continue;
        const old = rm.findings.componentOf(m);
        if (old !== undefined) dropped.add(old);
      }
    rm.findings.replace(dropped, components);
  },
};

/**
 * The projections, in the order they apply a batch: the registries and texts first (the findings
 * read them), the fact versions and the relation index before the timeline (it reads both), the
 * findings last.
 */
export const PROJECTIONS: readonly Projection[] = [
  registries,
  sourceTexts,
  eventLog,
  factVersions,
  relations,
  timeline,
  findings,
];
