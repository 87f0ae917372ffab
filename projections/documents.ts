import type { ActorState } from '../src/actors/decider.ts';
import type { FactState } from '../src/facts/state.ts';
import type { SourceState } from '../src/sources/decider.ts';
import type { TopicState } from '../src/topics/decider.ts';

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

export type FactDoc = Omit<FactState, 'exists'> & DocumentMeta;
export type ActorDoc = Omit<ActorState, 'exists'> & DocumentMeta;
export type TopicDoc = Omit<TopicState, 'exists'> & DocumentMeta;
export type SourceDoc = Omit<SourceState, 'exists'> & DocumentMeta;

/**
 * Applies `evolve` to a document and updates its book-keeping: the shape every projection shares.
 * The document's keys keep their order: the state's, then the book-keeping's.
 *
 * The result is built by plain assignments: copying with object rest/spread
 * (`const { exists, ...after } = …; return { ...after, ...meta }`) leaves V8 with a slow
 * dictionary-mode object, which cost tens of microseconds to build and made every later copy and
 * `JSON.stringify` of the document slow too.
 */
export function projectDocument<S extends { exists: boolean }, E>(
  doc: (Omit<S, 'exists'> & DocumentMeta) | null,
  event: E,
  place: EventPlace,
  evolve: (state: S, event: E) => S,
  initial: () => S,
): Omit<S, 'exists'> & DocumentMeta {
  const before = (doc ? { ...doc, exists: true } : initial()) as S;
  const evolved = evolve(before, event) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(evolved)) if (key !== 'exists') out[key] = evolved[key];
  // A new document starts here; an existing one keeps where and by whom it was created.
  const first = doc ?? {
    firstSeq: place.seq,
    firstPosition: place.position,
    createdAt: place.recordedAt,
    createdBy: place.recordedBy,
  };
  out.revision = place.revision;
  out.firstSeq = first.firstSeq;
  out.firstPosition = first.firstPosition;
  out.lastPosition = place.position;
  out.createdAt = first.createdAt;
  out.createdBy = first.createdBy;
  out.updatedAt = place.recordedAt;
  out.updatedBy = place.recordedBy;
  return out as Omit<S, 'exists'> & DocumentMeta;
}
