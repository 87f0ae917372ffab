/** One event as the stand-in keeps it, in the shape EventStoreDB stores it. */
export interface LogRecord {
  readonly stream: string;
  /** 0-based revision in its stream. */
  readonly revision: bigint;
  /** Lower-case UUID, as EventStoreDB returns ids. */
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** 100 ns ticks since the Unix epoch (EventStoreDB's `created` metadata). */
  readonly created: bigint;
  /** Position in `$all`. Commit and prepare positions are equal, as for every non-transactional write. */
  readonly position: bigint;
}

/** An event as an append proposes it. */
export interface ProposedRecord {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

export interface InMemoryLogOptions {
  /** Milliseconds since the epoch for `created`. Default `Date.now`. */
  readonly clock?: () => number;
  /**
   * Write a few system events first (`$`-streams), as a fresh EventStoreDB node has in `$all`
   * before any user write. Default true.
   */
  readonly seedSystemEvents?: boolean;
}

const RECORD_HEADER_BYTES = 80n;
const TICKS_PER_MS = 10_000n;

/**
 * The stand-in's transaction log: `$all` in order plus an index per stream. It outlives any one
 * gRPC server, so a test can stop a server and start a new one on the same data ("node restart").
 * Positions grow by each record's size, like byte offsets in EventStoreDB's transaction file, so
 * nothing can mistake them for a dense sequence.
 */
export class InMemoryLog {
  readonly #all: LogRecord[] = [];
  readonly #streams = new Map<string, LogRecord[]>();
  readonly #listeners = new Set<() => void>();
  readonly #clock: () => number;
  #nextPosition = 0n;

  constructor(options: InMemoryLogOptions = {}) {
    this.#clock = options.clock ?? Date.now;
    if (options.seedSystemEvents ?? true) {
      const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
      this.append('$settings', [
        {
          id: '8b1d4f3e-3a56-4e6f-9b0c-1d2e3f405162',
          type: '$settings',
          contentType: 'application/json',
          data: json({}),
          customMetadata: new Uint8Array(),
        },
      ]);
      this.append('$projections-$all', [
        {
          id: '0c2f5d1a-7b8e-4c9d-a1b2-c3d4e5f60718',
          type: '$ProjectionsInitialized',
          contentType: 'application/json',
          data: json({}),
          customMetadata: new Uint8Array(),
        },
      ]);
    }
  }

  /** Every record of `$all`, in log order. */
  get all(): readonly LogRecord[] {
    return this.#all;
  }

  /** The records of one stream, or `undefined` when it does not exist. */
  stream(name: string): readonly LogRecord[] | undefined {
    return this.#streams.get(name);
  }

  /** Revision of the stream's last event, `undefined` when the stream does not exist. */
  lastRevision(name: string): bigint | undefined {
    return this.#streams.get(name)?.at(-1)?.revision;
  }

  /** Writes `events` at the end of `stream` (the caller has checked the expected revision). */
  append(stream: string, events: readonly ProposedRecord[]): LogRecord[] {
    if (events.length === 0) return [];
    const created = BigInt(this.#clock()) * TICKS_PER_MS;
    const written = events.map((event) =>
      this.#put({
        ...event,
        id: event.id.toLowerCase(),
        stream,
        revision: BigInt(this.#streams.get(stream)?.length ?? 0),
        created,
        position: this.#nextPosition,
      }),
    );
    for (const listener of [...this.#listeners]) listener();
    return written;
  }

  /**
   * The log a backup taken after its first `count` records restores: the same records (ids,
   * revisions, positions), and later writes continue from there — at positions this log may
   * already have given to other events, as a restored EventStoreDB node does. `restoredTo(0)`
   * is a node that came back with nothing at all.
   */
  restoredTo(count: number): InMemoryLog {
    const copy = new InMemoryLog({ clock: this.#clock, seedSystemEvents: false });
    for (const record of this.#all.slice(0, count)) copy.#put(record);
    return copy;
  }

  #put(record: LogRecord): LogRecord {
    const records = this.#streams.get(record.stream) ?? [];
    this.#streams.set(record.stream, records);
    records.push(record);
    this.#all.push(record);
    this.#nextPosition =
      record.position +
      RECORD_HEADER_BYTES +
      BigInt(record.stream.length + record.type.length + record.data.length + record.customMetadata.length);
    return record;
  }

  /** Calls `listener` after every append that wrote something; returns its removal. */
  onAppend(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
