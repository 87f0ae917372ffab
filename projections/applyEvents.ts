import type { RecordedEvent } from '../src/core/event.ts';
import { parseStreamName } from '../src/commands/aggregates.ts';
import { decodeEvent } from '../src/events/catalog.ts';
import type { FactEvent } from '../src/facts/events.ts';
import type { ActorEvent } from '../src/actors/events.ts';
import type { TopicEvent } from '../src/topics/events.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import type { EventPlace, FactDoc, SourceDoc } from './documents.ts';
import { projectFact } from './factProjection.ts';
import { historyEntryOf } from './factHistory.ts';
import { feedRowOf, membershipsOf, type FeedRow } from './feed.ts';
import type { ReadModelDb } from './readModelDb.ts';
import { projectActor, projectSource, projectTopic } from './registryProjections.ts';
import { timelineChanges } from './timelineChanges.ts';
import { recheckComponents } from './findingsProjection.ts';
import { putSourceText, textIndexOf } from './sourceTexts.ts';
import type { TextIndex } from '../src/sources/text/index.ts';
import { writeCheckpointEvent } from './checkpointEvent.ts';

/** What one applied event changed, for listeners such as the live feed. */
export interface AppliedEvent {
  readonly seq: number;
  readonly position: string;
  readonly streamName: string;
  readonly type: string;
  readonly factBefore: FactDoc | null;
  readonly factAfter: FactDoc | null;
}

/** One fact's part of a chunk: its document before the chunk, and the versions the chunk made. */
interface FactInBatch {
  readonly before: FactDoc | null;
  current: FactDoc;
  /** The feed memberships of `current`. */
  memberships: readonly string[];
  /** Events of one append (same stream, same instant, next to each other) make one version. */
  readonly versions: { fromSeq: number; doc: FactDoc; recordedAt: string }[];
}

/** Events applied at a time within a transaction, about (a chunk ends where a stream's events do). */
const CHUNK = 5000;

/**
 * Applies events to the read models in ONE transaction together with the checkpoint. Events at or
 * before the checkpoint are skipped, so two runners on one database never apply an event twice.
 *
 * Documents stay in memory while a chunk of events is applied: each fact's document is read (and
 * parsed) at most once, each version is serialised once, and the findings re-check of the
 * components the chunk touched reads the same in-memory documents. A big batch is applied in
 * chunks of about `CHUNK` events inside its one transaction, so the documents of one chunk are
 * garbage before the next (keeping a whole batch's documents alive costs more in garbage collection
 * than it saves). Chunks end between the events of two streams, never inside an append: the
 * versions, rows and findings come out the same however the events are cut.
 */
export function applyEvents(
  rm: ReadModelDb,
  events: readonly RecordedEvent[],
  comparePositions: (a: string, b: string) => number,
  /** Whether to return what each event changed; without a listener (a rebuild) nothing keeps it. */
  report = true,
): AppliedEvent[] {
  return rm.transaction(() => {
    const applied: AppliedEvent[] = [];
    let start = 0;
    while (start < events.length) {
      let end = Math.min(events.length, start + CHUNK);
      while (end < events.length && !chunkMayEndBefore(events, end)) end += 1;
      applyChunk(rm, events, start, end, comparePositions, report, applied);
      start = end;
    }
    return applied;
  });
}

/**
 * Whether a chunk may end before `events[i]`: the event before it is of another stream, and of a
 * stream the projections follow (an event of another category is passed over without ending the
 * version that the events around it may share).
 */
function chunkMayEndBefore(events: readonly RecordedEvent[], i: number): boolean {
  const previous = events[i - 1]!;
  return previous.streamName !== events[i]!.streamName && parseStreamName(previous.streamName) !== undefined;
}

/**
 * Applies `events[start..end)` inside the caller's transaction, the checkpoint with them, and the
 * id of the last one beside it (so a log that lost it is noticed: `checkLog`).
 */
function applyChunk(
  rm: ReadModelDb,
  events: readonly RecordedEvent[],
  start: number,
  end: number,
  comparePositions: (a: string, b: string) => number,
  report: boolean,
  applied: AppliedEvent[],
): void {
  let { position, seq } = rm.checkpoint();
  const facts = new Map<string, FactInBatch>();
  const sources = new Map<string, SourceDoc | null>();
  let previousStream: string | undefined;
  // `recordedAt` normalised to UTC; the events of one append share it.
  let lastRecordedAt: string | undefined;
  let lastRecordedAtUtc = '';
  let last: RecordedEvent | undefined;
  for (let i = start; i < end; i++) {
    const recorded = events[i]!;
    if (position !== undefined && comparePositions(recorded.position, position) <= 0) continue;
    position = recorded.position;
    last = recorded;
    // An event of a stream the projections do not follow (the store's identity, say) takes no seq:
    // the live subscription, filtered by stream prefix, never delivers it, and a catch-up or a
    // rebuild must number the events it applies as that did.
    const stream = parseStreamName(recorded.streamName);
    if (!stream) continue;
    seq += 1;
    const decoded = decodeEvent(recorded);
    const place: EventPlace = {
      revision: Number(recorded.revision),
      position: recorded.position,
      seq,
      recordedAt: decoded.metadata.recordedAt,
      recordedBy: decoded.metadata.recordedBy,
    };
    if (place.recordedAt !== lastRecordedAt) {
      lastRecordedAt = place.recordedAt;
      lastRecordedAtUtc = new Date(place.recordedAt).toISOString();
    }
    let factBefore: FactDoc | null = null;
    let factAfter: FactDoc | null = null;
    let feed: FeedRow | undefined;
    switch (stream.kind) {
      case 'fact': {
        let fact = facts.get(stream.id);
        // The first event of a stream has no document before it: no need to look.
        factBefore = fact ? fact.current : recorded.revision === 0n ? null : rm.fact(stream.id);
        factAfter = projectFact(factBefore, decoded.event as FactEvent, place);
        if (factAfter === null) break; // an event of a fact the log never recorded: nothing to show
        const membershipsBefore = fact ? fact.memberships : membershipsOf(factBefore);
        const membershipsAfter = membershipsOf(factAfter);
        if (!fact) {
          fact = { before: factBefore, current: factAfter, memberships: membershipsAfter, versions: [] };
          facts.set(stream.id, fact);
        }
        fact.current = factAfter;
        fact.memberships = membershipsAfter;
        feed = feedRowOf(
          seq,
          recorded.position,
          recorded.type,
          factBefore,
          factAfter,
          membershipsBefore,
          membershipsAfter,
        );
        const last = fact.versions.at(-1);
        if (last && previousStream === recorded.streamName && last.recordedAt === place.recordedAt)
          last.doc = factAfter;
        else fact.versions.push({ fromSeq: seq, doc: factAfter, recordedAt: place.recordedAt });
        break;
      }
      case 'actor': {
        const doc = projectActor(rm.registryDoc('actors', stream.id), decoded.event as ActorEvent, place);
        if (doc) rm.putRegistryDoc('actors', stream.id, doc);
        break;
      }
      case 'topic': {
        const doc = projectTopic(rm.registryDoc('topics', stream.id), decoded.event as TopicEvent, place);
        if (doc) rm.putRegistryDoc('topics', stream.id, doc);
        break;
      }
      case 'source': {
        const doc = projectSource(
          sources.has(stream.id) ? sources.get(stream.id)! : rm.registryDoc('sources', stream.id),
          decoded.event as SourceEvent,
          place,
        );
        if (!doc) break;
        sources.set(stream.id, doc);
        rm.putRegistryDoc('sources', stream.id, doc);
        if (decoded.event.type === 'SourceTextAttached')
          putSourceText(rm, stream.id, decoded.event.data.sha256, decoded.event.data.text);
        break;
      }
      default: {
        const unreachable: never = stream.kind;
        throw new Error(`unhandled stream category ${String(unreachable)}`);
      }
    }
    if (feed) {
      rm.addEvent(
        seq,
        recorded.position,
        lastRecordedAtUtc,
        feed.factId,
        JSON.stringify(historyEntryOf(decoded, seq)),
        JSON.stringify({ eventType: feed.eventType, before: feed.before, after: feed.after, changes: feed.changes }),
      );
    } else {
      rm.addEvent(seq, recorded.position, lastRecordedAtUtc, null, null, null);
    }
    previousStream = recorded.streamName;
    if (report)
      applied.push({
        seq,
        position: recorded.position,
        streamName: recorded.streamName,
        type: recorded.type,
        factBefore,
        factAfter,
      });
  }
  // Facts in id order and timeline rows in key order: the inserts walk the B-trees in order. The
  // timeline rows come last: they read the relations as they stood after each version.
  for (const factId of [...facts.keys()].sort()) {
    const fact = facts.get(factId)!;
    rm.putFactVersions(fact.versions);
    let previous = fact.before;
    for (const v of fact.versions) {
      rm.putLinks(v.doc, v.fromSeq, previous);
      previous = v.doc;
    }
  }
  const timeline = timelineChanges(rm, facts);
  rm.writeTimeline(timeline);
  recheck(rm, facts, sources);
  rm.setCheckpoint({ position, seq });
  if (last) writeCheckpointEvent(rm, last);
}

/**
 * Re-checks the components touched by a batch: the changed facts, the facts citing changed sources,
 * and every member of the components they were in (a component may have split or merged). Once per
 * chunk, over the chunk's documents (the ones just written) and the stored ones around them.
 */
function recheck(
  rm: ReadModelDb,
  facts: ReadonlyMap<string, FactInBatch>,
  changedSources: ReadonlyMap<string, SourceDoc | null>,
): void {
  if (facts.size === 0 && changedSources.size === 0) return;
  const seeds = new Set(facts.keys());
  for (const s of changedSources.keys()) for (const f of rm.factsCiting(s)) seeds.add(f);
  const dropped = new Set<string>();
  for (const f of [...seeds]) {
    const c = rm.componentOf(f);
    if (c !== undefined && !dropped.has(c)) {
      dropped.add(c);
      for (const m of rm.membersOf(c)) seeds.add(m);
    }
  }
  const sources = new Map(changedSources);
  const texts = new Map<string, TextIndex | null>();
  const components = recheckComponents(seeds, {
    fact: (id) => {
      const inBatch = facts.get(id);
      return inBatch ? inBatch.current : rm.fact(id);
    },
    source: (id) => {
      if (!sources.has(id)) sources.set(id, rm.registryDoc('sources', id));
      return sources.get(id) ?? null;
    },
    relatedFrom: (id) => rm.relatedFrom(id),
    sourceText: (id) => {
      if (!texts.has(id)) texts.set(id, textIndexOf(rm, id));
      return texts.get(id) ?? null;
    },
  });
  for (const c of components)
    for (const m of c.members) {
      const old = rm.componentOf(m);
      if (old !== undefined) dropped.add(old);
    }
  rm.replaceFindings(dropped, components);
}
