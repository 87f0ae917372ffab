import type { ActorEvent } from '../src/actors/events.ts';
import type { CitationData, RelationData } from '../src/facts/events.ts';
import type { SourceEvent } from '../src/sources/events.ts';
import type { TopicEvent } from '../src/topics/events.ts';

/**
 * The documents the read models store, as JSON, and the API and the live feed serve. They are the
 * read side's own types, built by the projections from events: the deciders' states may change
 * shape without changing a stored byte. A registry document holds its first event's payload, kept
 * up to date, in that payload's key order; the projection specs pin the stored JSON of each kind.
 */

/** Where an event sits: its stream revision, its global position and the read model's sequence number. */
export interface EventPlace {
  readonly revision: number;
  readonly position: string;
  /** 1, 2, 3… in log order, assigned by the runner; orders positions of any store. */
  readonly seq: number;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

/** Book-keeping every read-model document carries. */
export interface DocumentMeta {
  /** Stream revision of the last event applied (the ETag). */
  readonly revision: number;
  readonly firstSeq: number;
  readonly firstPosition: string;
  readonly lastPosition: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** A citation of a fact document, keyed by its id in `citations`. */
interface CitationDoc extends CitationData {
  readonly citationId: string;
}

/** A fact as it is now: the fact read model. */
interface FactBody {
  readonly factId: string;
  readonly summary: string;
  readonly notes: string | null;
  readonly when: string;
  readonly place: string | null;
  /** actor id → role */
  readonly actors: Readonly<Record<string, string | null>>;
  readonly topics: readonly string[];
  /** citation id → citation */
  readonly citations: Readonly<Record<string, CitationDoc>>;
  /** `${kind}:${target}` → relation */
  readonly relations: Readonly<Record<string, RelationData>>;
  /** A retracted fact keeps its document; timelines hide it unless asked for. */
  readonly retracted: boolean;
}

type Payload<E extends { type: string; data: object }, T extends E['type']> = Extract<E, { type: T }>['data'];

/** An actor: its registration, kept up to date, and the actor it was found to be (`mergedInto`), or `null`. */
type ActorBody = Payload<ActorEvent, 'ActorRegistered'> & { readonly mergedInto: string | null };

/** A topic: its definition, kept up to date. */
type TopicBody = Payload<TopicEvent, 'TopicDefined'>;

/** A source: its registration, kept up to date. */
type SourceBody = Payload<SourceEvent, 'SourceRegistered'>;

export type FactDoc = FactBody & DocumentMeta;
export type ActorDoc = ActorBody & DocumentMeta;
export type TopicDoc = TopicBody & DocumentMeta;
export type SourceDoc = SourceBody & DocumentMeta;

/**
 * Stamps the book-keeping of the event at `place` on `body`, a fresh object the projection just
 * built, and returns it. A document `previous` keeps where and by whom it was created; without one,
 * the document starts here. The keys are assigned in place, in the stored order: on a copy of the
 * previous document they keep their positions, on a new body they come after its own keys.
 *
 * Plain assignments on purpose: copying with object rest/spread leaves V8 with a slow
 * dictionary-mode object, which is slow to build, to copy again and to `JSON.stringify`.
 */
export function stampDocument<B extends object>(
  body: B,
  previous: DocumentMeta | null,
  place: EventPlace,
): B & DocumentMeta {
  const doc = body as { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] };
  doc.revision = place.revision;
  doc.firstSeq = previous ? previous.firstSeq : place.seq;
  doc.firstPosition = previous ? previous.firstPosition : place.position;
  doc.lastPosition = place.position;
  doc.createdAt = previous ? previous.createdAt : place.recordedAt;
  doc.createdBy = previous ? previous.createdBy : place.recordedBy;
  doc.updatedAt = place.recordedAt;
  doc.updatedBy = place.recordedBy;
  return body as B & DocumentMeta;
}
