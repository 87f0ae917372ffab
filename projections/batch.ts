import type { EventMetadata, RecordedEvent } from '../src/core/event.ts';
import { parseStreamName, type AggregateKind } from '../src/commands/aggregates.ts';
import { decodeMetadata, decodePayload, type ChronicleEvent } from '../src/events/catalog.ts';
import type { FactEvent } from '../src/facts/events.ts';
import type { EventPlace, FactDoc } from './documents.ts';
import { changedMask } from './feed.ts';
import { FactFold } from './factFold.ts';
import { projectFact } from './factProjection.ts';
import type { FactEventRow } from './readModels/eventLog.ts';
import type { Checkpoint } from './readModels/meta.ts';

/** One event of a batch, decoded and numbered, as every projection sees it. */
export interface BatchEvent {
  readonly recorded: RecordedEvent;
  /** Its payload, upcast and validated. */
  readonly event: ChronicleEvent;
  readonly stream: { readonly kind: AggregateKind; readonly id: string };
  readonly place: EventPlace;
  readonly seq: number;
  /** `recordedAt` in milliseconds since the epoch. */
  readonly recordedAtMs: number;
  /**
   * For a fact event, in a batch read with `eachDocument`: the fact's document before and after it
   * (`after` is null for a fact the log never recorded).
   */
  readonly fact: { readonly before: FactDoc | null; readonly after: FactDoc | null } | undefined;
  /** For a fact event of a recorded fact: what the event log keeps of it for the feed. */
  readonly row: FactEventRow | null;
}

/** One fact's part of a batch: its document before the batch, and the versions the batch made. */
export interface FactInBatch {
  readonly before: FactDoc | null;
  /** The latest of `versions`. */
  current: FactDoc;
  /** Events of one append (same stream, same instant, next to each other) make one version. */
  readonly versions: { fromSeq: number; doc: FactDoc; recordedAt: string }[];
}

/** The events of a batch the read models have not applied yet, and the fact documents they make. */
export interface Batch {
  readonly events: readonly BatchEvent[];
  /** The facts the batch changed, by id. */
  readonly facts: ReadonlyMap<string, FactInBatch>;
  /** Where the read models are after the batch. */
  readonly checkpoint: Checkpoint;
  /** The last event of the batch (of a stream the projections follow or not), if any. */
  readonly last: RecordedEvent | undefined;
}

/**
 * Reads `events` into a batch after `checkpoint`: events at or before it are skipped, so two
 * runners on one database never apply an event twice; events of streams the projections do not
 * follow (the store's identity, say) take no seq — the live subscription, filtered by stream
 * prefix, never delivers them, and a catch-up or a rebuild must number the events as that did.
 * Each fact's documents are folded here once, for every projection: `currentOf` gives the stored
 * document of a fact the batch has not touched yet. With `eachDocument`, every event keeps the
 * documents before and after it (`projectFact`: a copy per event); without, a fact's document is
 * copied once per version (`FactFold`).
 */
export function readBatch(
  events: readonly RecordedEvent[],
  checkpoint: Checkpoint,
  comparePositions: (a: string, b: string) => number,
  currentOf: (factId: string) => FactDoc | null,
  eachDocument = true,
): Batch {
  let { position, seq } = checkpoint;
  const out: BatchEvent[] = [];
  const facts = new Map<string, FactInBatch>();
  const folds = new Map<string, FactFold>();
  let previousStream: string | undefined;
  // The events of one append are of one stream: its name is parsed once, and they share the result.
  let parsedName: string | undefined;
  let parsed: BatchEvent['stream'] | undefined;
  let lastRecordedAt: string | undefined;
  let lastRecordedAtMs = 0;
  let last: RecordedEvent | undefined;
  // The log is in order: once an event is past the checkpoint, so are all after it.
  let skipping = position !== undefined;
  // The events of one append share their metadata (the SQLite store's `readAll` gives them one
  // object): it is validated once.
  let rawMetadata: EventMetadata | undefined;
  let metadata!: EventMetadata;
  for (const recorded of events) {
    if (skipping) {
      if (comparePositions(recorded.position, position!) <= 0) continue;
      skipping = false;
    }
    position = recorded.position;
    last = recorded;
    if (recorded.streamName !== parsedName) {
      parsedName = recorded.streamName;
      parsed = parseStreamName(parsedName);
    }
    const stream = parsed;
    if (!stream) continue;
    seq += 1;
    if (recorded.metadata !== rawMetadata) {
      rawMetadata = recorded.metadata;
      metadata = decodeMetadata(recorded);
    }
    const event = decodePayload(recorded, metadata);
    const revision = Number(recorded.revision);
    const place: EventPlace = {
      revision,
      position: recorded.position,
      seq,
      recordedAt: metadata.recordedAt,
      recordedBy: metadata.recordedBy,
    };
    // The events of one append share their instant: read it once.
    if (place.recordedAt !== lastRecordedAt) {
      lastRecordedAt = place.recordedAt;
      lastRecordedAtMs = new Date(place.recordedAt).getTime();
    }
    let fact: BatchEvent['fact'];
    let row: FactEventRow | null = null;
    if (stream.kind === 'fact') {
      const inBatch = facts.get(stream.id);
      const sameAppend = previousStream === recorded.streamName;
      let before: FactDoc | null;
      let after: FactDoc | null;
      let changes: number;
      if (eachDocument) {
        // The first event of a stream has no document before it: no need to look.
        before = inBatch ? inBatch.current : revision === 0 ? null : currentOf(stream.id);
        after = projectFact(before, event as FactEvent, place);
        changes = changedMask(before, after);
        fact = { before, after };
      } else {
        let fold = folds.get(stream.id);
        if (!fold) {
          fold = new FactFold(revision === 0 ? null : currentOf(stream.id));
          folds.set(stream.id, fold);
        }
        if (!(sameAppend && inBatch?.versions.at(-1)?.recordedAt === place.recordedAt)) fold.newVersion();
        // The document before the batch: all `addVersion` reads of it.
        before = fold.start;
        changes = fold.apply(event as FactEvent, place);
        after = fold.doc;
      }
      if (after !== null) {
        row = { factId: after.factId, eventType: recorded.type, changes };
        addVersion(facts, stream.id, before, after, { seq, recordedAt: place.recordedAt, sameAppend });
      }
    }
    // Every event of the same shape, built by a literal: one hidden class for the projections' reads.
    out.push({ recorded, event, stream, place, seq, recordedAtMs: lastRecordedAtMs, fact, row });
    previousStream = recorded.streamName;
  }
  return { events: out, facts, checkpoint: { position, seq }, last };
}

/** Records `after` as the fact's newest version, or as the last version's new document when both come of one append. */
function addVersion(
  facts: Map<string, FactInBatch>,
  factId: string,
  before: FactDoc | null,
  after: FactDoc,
  at: { seq: number; recordedAt: string; sameAppend: boolean },
): void {
  let fact = facts.get(factId);
  if (!fact) {
    fact = { before, current: after, versions: [] };
    facts.set(factId, fact);
  }
  fact.current = after;
  const last = fact.versions.at(-1);
  // The previous event was of this stream: the same append when it was recorded at the same instant.
  if (last && at.sameAppend && last.recordedAt === at.recordedAt) last.doc = after;
  else fact.versions.push({ fromSeq: at.seq, doc: after, recordedAt: at.recordedAt });
}
