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

/** Applies `evolve` to a document and updates its book-keeping: the shape every projection shares. */
export function projectDocument<S extends { exists: boolean }, E>(
  doc: (Omit<S, 'exists'> & DocumentMeta) | null,
  event: E,
  place: EventPlace,
  evolve: (state: S, event: E) => S,
  initial: () => S,
): Omit<S, 'exists'> & DocumentMeta {
  const before = (doc ? { ...doc, exists: true } : initial()) as S;
  const { exists: _exists, ...after } = evolve(before, event);
  const meta: DocumentMeta = doc
    ? { ...pickMeta(doc), revision: place.revision, lastPosition: place.position, updatedAt: place.recordedAt, updatedBy: place.recordedBy }
    : {
        revision: place.revision, firstSeq: place.seq, firstPosition: place.position, lastPosition: place.position,
        createdAt: place.recordedAt, createdBy: place.recordedBy, updatedAt: place.recordedAt, updatedBy: place.recordedBy,
      };
  return { ...after, ...meta } as Omit<S, 'exists'> & DocumentMeta;
}

function pickMeta(doc: DocumentMeta): DocumentMeta {
  const { revision, firstSeq, firstPosition, lastPosition, createdAt, createdBy, updatedAt, updatedBy } = doc;
  return { revision, firstSeq, firstPosition, lastPosition, createdAt, createdBy, updatedAt, updatedBy };
}
