import Database from 'better-sqlite3';
import type { EventMetadata, RecordedEvent } from '../../../src/core/event.ts';
import { exportDossier } from '../../../src/exports/dossierExport.ts';
import { applyEvents } from '../../../projections/applyEvents.ts';
import { listRegistry } from '../../../projections/queries/registryQuery.ts';
import { readFindings } from '../../../projections/queries/findingsQuery.ts';
import { readTimeline } from '../../../projections/queries/timelineQuery.ts';
import { ReadModelDb } from '../../../projections/readModelDb.ts';
import type { StoredEvent } from './logIntegrity.ts';
import { dumpReadModels, type ReadModelDump } from '../readModelDump.ts';

/** A stored event as the store hands it out. */
export function toRecorded(event: StoredEvent): RecordedEvent {
  return {
    id: event.id,
    type: event.type,
    data: JSON.parse(event.data) as unknown,
    metadata: JSON.parse(event.metadata) as EventMetadata,
    streamName: event.stream,
    revision: BigInt(event.revision),
    position: String(event.position),
  };
}

/**
 * Read models built beside the crashed ones, over the same log, in as few transactions as
 * possible: `at(position)` applies the log up to and including `position` in one transaction (in
 * a fresh in-memory database) and dumps the result — what the crashed read models must hold when
 * their checkpoint is at `position`. Positions must not go back.
 */
export class ReferenceReadModels {
  private readonly db = new Database(':memory:');
  private readonly rm = new ReadModelDb(this.db);
  private applied = 0;

  constructor(private readonly log: readonly StoredEvent[]) {}

  at(position: string | undefined): ReadModelDump {
    const upTo = position === undefined ? 0 : Number(position);
    const next = this.log.slice(this.applied).filter((e) => e.position <= upTo);
    if (this.applied > 0 && upTo < this.log[this.applied - 1]!.position)
      throw new Error(`the reference is already past ${position}`);
    if (next.length > 0) applyEvents(this.rm, next.map(toRecorded), (a, b) => Number(a) - Number(b));
    this.applied += next.length;
    return dumpReadModels(this.db);
  }

  close(): void {
    this.db.close();
  }
}

/**
 * What a reader sees: the whole store exported as a dossier, every timeline (all facts, each
 * actor's, each topic's, retracted facts included) and the date findings, as one JSON text.
 */
export function readerViews(rm: ReadModelDb): string {
  const timeline = (kind: 'actor' | 'topic', id: string) => readTimeline(rm, { kind, id, includeRetracted: true });
  return JSON.stringify({
    dossier: exportDossier(rm),
    all: readTimeline(rm, { kind: 'all', includeRetracted: true }),
    actors: listRegistry(rm, 'actors').map((a) => timeline('actor', a.actorId)),
    topics: listRegistry(rm, 'topics').map((t) => timeline('topic', t.topicId)),
    findings: readFindings(rm, { kind: 'all' }),
  });
}
