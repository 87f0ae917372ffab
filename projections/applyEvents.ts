import type { RecordedEvent } from '../src/core/event.ts';
import { parseStreamName } from '../src/commands/aggregates.ts';
import { decodeEvent } from '../src/events/catalog.ts';
import type { FactEvent } from '../src/facts/events.ts';
import type { ActorEvent } from '../src/actors/events.ts';
import type { TopicEvent } from '../src/topics/events.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import type { EventPlace, FactDoc } from './documents.ts';
import { projectFact } from './factProjection.ts';
import { historyEntryOf } from './factHistory.ts';
import { feedRowOf } from './feed.ts';
import type { ReadModelDb } from './readModelDb.ts';
import { projectActor, projectSource, projectTopic } from './registryProjections.ts';
import { timelineRowsOf } from './timelineRows.ts';
import { recheckComponents } from './findingsProjection.ts';

/** What one applied event changed, for listeners such as the live feed. */
export interface AppliedEvent {
  readonly seq: number;
  readonly position: string;
  readonly streamName: string;
  readonly type: string;
  readonly factBefore: FactDoc | null;
  readonly factAfter: FactDoc | null;
}

/**
 * Applies events to the read models in ONE transaction together with the checkpoint. Events at or
 * before the checkpoint are skipped, so two runners on one database never apply an event twice.
 */
export function applyEvents(
  rm: ReadModelDb,
  events: readonly RecordedEvent[],
  comparePositions: (a: string, b: string) => number,
): AppliedEvent[] {
  return rm.transaction(() => {
    let { position, seq } = rm.checkpoint();
    const before = new Map<string, FactDoc | null>();
    const current = new Map<string, FactDoc>();
    /** Versions per fact: events of one append (same stream, same instant, next to each other) make one version. */
    const versions = new Map<string, { fromSeq: number; doc: FactDoc; recordedAt: string }[]>();
    let previousStream: string | undefined;
    const changedSources = new Set<string>();
    const applied: AppliedEvent[] = [];
    for (const recorded of events) {
      if (position !== undefined && comparePositions(recorded.position, position) <= 0) continue;
      position = recorded.position;
      seq += 1;
      const stream = parseStreamName(recorded.streamName);
      if (!stream) continue;
      const decoded = decodeEvent(recorded);
      const place: EventPlace = {
        revision: Number(recorded.revision), position: recorded.position, seq,
        recordedAt: decoded.metadata.recordedAt, recordedBy: decoded.metadata.recordedBy,
      };
      let factBefore: FactDoc | null = null;
      let factAfter: FactDoc | null = null;
      switch (stream.kind) {
        case 'fact': {
          if (!before.has(stream.id)) before.set(stream.id, rm.fact(stream.id));
          factBefore = current.get(stream.id) ?? before.get(stream.id) ?? null;
          factAfter = projectFact(factBefore, decoded.event as FactEvent, place);
          current.set(stream.id, factAfter);
          const list = versions.get(stream.id) ?? [];
          const last = list.at(-1);
          if (last && previousStream === recorded.streamName && last.recordedAt === place.recordedAt) last.doc = factAfter;
          else list.push({ fromSeq: seq, doc: factAfter, recordedAt: place.recordedAt });
          versions.set(stream.id, list);
          break;
        }
        case 'actor':
          rm.putRegistryDoc('actors', stream.id, projectActor(rm.registryDoc('actors', stream.id), decoded.event as ActorEvent, place));
          break;
        case 'topic':
          rm.putRegistryDoc('topics', stream.id, projectTopic(rm.registryDoc('topics', stream.id), decoded.event as TopicEvent, place));
          break;
        case 'source':
          changedSources.add(stream.id);
          rm.putRegistryDoc('sources', stream.id, projectSource(rm.registryDoc('sources', stream.id), decoded.event as SourceEvent, place));
          break;
        default: {
          const unreachable: never = stream.kind;
          throw new Error(`unhandled stream category ${String(unreachable)}`);
        }
      }
      rm.addEvent(seq, recorded.position, place.recordedAt, factAfter
        ? { history: historyEntryOf(decoded, seq), feed: feedRowOf(seq, recorded.position, recorded.type, factBefore, factAfter) }
        : undefined);
      previousStream = recorded.streamName;
      applied.push({ seq, position: recorded.position, streamName: recorded.streamName, type: recorded.type, factBefore, factAfter });
    }
    for (const [factId, list] of versions) {
      const old = before.get(factId);
      rm.putFactVersions(list, old ? timelineRowsOf(old) : [], timelineRowsOf);
      for (const v of list) rm.putLinks(v.doc, v.fromSeq);
    }
    recheck(rm, new Set(versions.keys()), changedSources);
    rm.setCheckpoint({ position, seq });
    return applied;
  });
}

/**
 * Re-checks the components touched by a batch: the changed facts, the facts citing changed sources,
 * and every member of the components they were in (a component may have split or merged).
 */
function recheck(rm: ReadModelDb, changedFacts: ReadonlySet<string>, changedSources: ReadonlySet<string>): void {
  if (changedFacts.size === 0 && changedSources.size === 0) return;
  const seeds = new Set(changedFacts);
  for (const s of changedSources) for (const f of rm.factsCiting(s)) seeds.add(f);
  const dropped = new Set<string>();
  for (const f of [...seeds]) {
    const c = rm.componentOf(f);
    if (c !== undefined && !dropped.has(c)) {
      dropped.add(c);
      for (const m of rm.membersOf(c)) seeds.add(m);
    }
  }
  const components = recheckComponents(seeds, {
    fact: (id) => rm.fact(id),
    source: (id) => rm.registryDoc('sources', id),
    relatedFrom: (id) => rm.relatedFrom(id),
  });
  for (const c of components) for (const m of c.members) {
    const old = rm.componentOf(m);
    if (old !== undefined) dropped.add(old);
  }
  rm.replaceFindings(dropped, components);
}
