/** Metadata every event carries (docs/design.md § Events). */
export interface EventMetadata {
  readonly recordedBy: string;
  /** ISO 8601 instant. */
  readonly recordedAt: string;
  readonly reason?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /**
   * On the events a dossier import appends: the digest of the dossier item, as the file gave it,
   * that the append brought the stream to (docs/design.md § Dossier format, re-importing).
   */
  readonly dossierDigest?: string;
  readonly schemaVersion: number;
}

/** An event ready to append: it has an id and metadata. */
export interface NewEvent {
  /** A UUID; appending an id already in the stream is reported, never duplicated. */
  readonly id: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  /**
   * `JSON.stringify(data)`, when the caller has made that text already: the SQLite store writes it
   * instead of serialising `data` again. It must be exactly that text, and `data` plain JSON data
   * (what `JSON.parse` of the text gives back, which the compiled guard of its type ensures): the
   * store hands `data` itself, unparsed, to the callback of the commit that wrote it.
   */
  readonly dataJson?: string;
}

/** An event as the store returns it. */
export interface RecordedEvent extends NewEvent {
  readonly streamName: string;
  /** 0-based revision of the event in its stream. */
  readonly revision: bigint;
  /**
   * Global position in the log. Opaque to everything but the store that issued it; positions of
   * one store compare with `store.comparePositions`.
   */
  readonly position: string;
}
