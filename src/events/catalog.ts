import { z } from 'zod';
import type { EventMetadata, NewEvent, RecordedEvent } from '../core/event.ts';
import { ValidationError } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import { factEventSchemas, type FactEvent } from '../facts/events.ts';
import { actorEventSchemas, type ActorEvent } from '../actors/events.ts';
import { topicEventSchemas, type TopicEvent } from '../topics/events.ts';
import { sourceEventSchemas, type SourceEvent } from '../sources/events.ts';
import { dossierEventSchemas, type DossierEvent } from '../commands/dossier/events.ts';
import { upcast } from './upcasters.ts';
import { compileGuard, type Guard } from './compileGuard.ts';

/** Every event of docs/design.md's catalogue (plus the few additions named in the README). */
export type ChronicleEvent = FactEvent | ActorEvent | TopicEvent | SourceEvent | DossierEvent;
export type ChronicleEventType = ChronicleEvent['type'];

/** Each event type's payload schema, by type. */
export const eventSchemas: Record<string, z.ZodType> = {
  ...factEventSchemas,
  ...actorEventSchemas,
  ...topicEventSchemas,
  ...sourceEventSchemas,
  ...dossierEventSchemas,
};

/**
 * Each event type's guard, compiled once from its schema: a stored event it passes is what zod
 * would give back unchanged, so replaying the log runs zod only for an event it does not pass
 * (an upcast payload in another key order, say, or a malformed one, whose error zod words).
 */
const guards: Record<string, Guard> = Object.fromEntries(
  Object.entries(eventSchemas).map(([type, schema]) => [type, compileGuard(schema)]),
);

/** The schema version each event type is written with today. */
const currentVersions: Partial<Record<ChronicleEventType, number>> = {
  RelationAsserted: 2,
  SourceRegistered: 2,
  SourceDetailsEdited: 2,
};

export function schemaVersionOf(type: string): number {
  return currentVersions[type as ChronicleEventType] ?? 1;
}

export const EventMetadataSchema = z.object({
  recordedBy: z.string().min(1).max(200),
  recordedAt: z.iso.datetime({ offset: true }),
  reason: z.string().max(2000).optional(),
  correlationId: z.string().max(200).optional(),
  causationId: z.string().max(200).optional(),
  dossierDigest: z.string().max(100).optional(),
  schemaVersion: z.number().int().min(1),
});

/** Metadata zod would accept and give back unchanged (see compileGuard.ts). */
const metadataGuard = compileGuard(EventMetadataSchema);

/** The metadata a caller supplies; `recordedAt` and `schemaVersion` are filled in. */
export interface CallerMetadata {
  readonly recordedBy: string;
  readonly reason?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Set by a dossier import on the events of an item it applies (see `EventMetadata`). */
  readonly dossierDigest?: string;
}

/**
 * Validates a domain event on the way in and wraps it for the store. A payload the compiled guard
 * passes is one zod would give back unchanged, so it goes as it is; any other goes through zod,
 * whose result (trimmed, in the schema's key order) or error is the answer.
 */
export function encodeEvent(event: ChronicleEvent, id: string, caller: CallerMetadata, recordedAt: Date): NewEvent {
  return encodeWithMetadata(event, id, metadataOf(caller, recordedAt.toISOString(), schemaVersionOf(event.type)));
}

/**
 * `encodeEvent` for many events a caller records at one instant: one metadata object per schema
 * version, frozen and shared by the events that carry it (the store serialises a metadata object
 * shared by an append's events once).
 */
export function eventEncoder(
  caller: CallerMetadata,
  recordedAt: Date,
): (event: ChronicleEvent, id: string, dataJson?: string) => NewEvent {
  const at = recordedAt.toISOString();
  const byVersion = new Map<number, EventMetadata>();
  return (event, id, dataJson) => {
    const version = schemaVersionOf(event.type);
    let metadata = byVersion.get(version);
    if (!metadata) byVersion.set(version, (metadata = Object.freeze(metadataOf(caller, at, version))));
    return encodeWithMetadata(event, id, metadata, dataJson);
  };
}

/**
 * The event checked against its type's schema. `dataJson`, the text of the event's payload, goes
 * with it when the payload is stored as given (the compiled guard passes it); a payload zod
 * rewrote is serialised by the store.
 */
function encodeWithMetadata(event: ChronicleEvent, id: string, metadata: EventMetadata, dataJson?: string): NewEvent {
  const schema = eventSchemas[event.type];
  if (!schema) throw ValidationError.at('type', `unknown event type ${event.type}`);
  const parsed = guards[event.type]!(event.data)
    ? { success: true as const, data: event.data }
    : schema.safeParse(event.data);
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error, 'data'));
  return dataJson !== undefined && parsed.data === event.data
    ? { id, type: event.type, data: parsed.data, metadata, dataJson }
    : { id, type: event.type, data: parsed.data, metadata };
}

const metadataOf = (caller: CallerMetadata, recordedAt: string, schemaVersion: number): EventMetadata => ({
  recordedBy: caller.recordedBy,
  recordedAt,
  ...(caller.reason ? { reason: caller.reason } : {}),
  ...(caller.correlationId ? { correlationId: caller.correlationId } : {}),
  ...(caller.causationId ? { causationId: caller.causationId } : {}),
  ...(caller.dossierDigest ? { dossierDigest: caller.dossierDigest } : {}),
  schemaVersion,
});

/** A stored event read back: upcast to the current version and validated. */
export interface DecodedEvent {
  readonly id: string;
  readonly event: ChronicleEvent;
  readonly metadata: EventMetadata;
  readonly streamName: string;
  readonly revision: bigint;
  readonly position: string;
}

/**
 * The metadata last validated (a copy of its own keys, every value a primitive) with zod's result.
 * The events of one append carry equal metadata and a log is read in order: validating equal
 * metadata again would give the same result, so it is reused.
 */
let lastMetadata:
  | {
      readonly copy: Readonly<Record<string, unknown>>;
      readonly keys: number;
      readonly parsed: z.infer<typeof EventMetadataSchema>;
    }
  | undefined;

const isPlainObject = (raw: unknown): raw is Record<string, unknown> =>
  typeof raw === 'object' && raw !== null && Object.getPrototypeOf(raw) === Object.prototype;

/** Whether `raw` has exactly the keys of the last metadata validated, each with the same primitive value. */
function sameAsLast(raw: Record<string, unknown>, last: NonNullable<typeof lastMetadata>): boolean {
  let keys = 0;
  for (const key in raw) {
    const value = raw[key];
    if (
      (typeof value === 'object' && value !== null) ||
      !Object.hasOwn(last.copy, key) ||
      !Object.is(value, last.copy[key])
    )
      return false;
    keys += 1;
  }
  return keys === last.keys;
}

/** Where a stored event is, for its errors: `stream@revision` (built only for an error). */
const whereOf = (recorded: RecordedEvent): string => `${recorded.streamName}@${recorded.revision}`;

const unknownType = (stored: RecordedEvent) => ValidationError.at(whereOf(stored), `unknown event type ${stored.type}`);

/** Zod's output for `data`, or its error naming the event and the field. */
function parse(schema: z.ZodType, data: unknown, recorded: RecordedEvent): unknown {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error, `${whereOf(recorded)}.data`));
  return parsed.data;
}

/**
 * A stored event's metadata, validated (as written: `schemaVersion` is the payload's stored
 * version). A replay calls it once for the events of an append that share one metadata object.
 * The result may be the stored object itself: callers read it and never change it.
 */
export function decodeMetadata(recorded: RecordedEvent): z.infer<typeof EventMetadataSchema> {
  const raw = recorded.metadata;
  // Metadata zod would give back unchanged (as the store writes it) is its own result.
  if (metadataGuard(raw)) return raw as z.infer<typeof EventMetadataSchema>;
  const plain = isPlainObject(raw);
  if (plain && lastMetadata && sameAsLast(raw, lastMetadata)) return lastMetadata.parsed;
  const meta = EventMetadataSchema.safeParse(raw);
  if (!meta.success) throw new ValidationError(zodIssues(meta.error, `${whereOf(recorded)}.metadata`));
  if (plain) {
    const copy: Record<string, unknown> = {};
    let keys = 0;
    let flat = true;
    for (const key in raw) {
      const value = raw[key];
      if (typeof value === 'object' && value !== null) flat = false;
      copy[key] = value;
      keys += 1;
    }
    lastMetadata = flat ? { copy, keys, parsed: meta.data } : undefined;
  }
  return meta.data;
}

/** Upcasts and validates an event read from the store; a malformed one is an error, never ignored. */
export function decodeEvent(recorded: RecordedEvent): DecodedEvent {
  if (!eventSchemas[recorded.type]) throw unknownType(recorded);
  const metadata = decodeMetadata(recorded);
  return {
    id: recorded.id,
    event: decodePayload(recorded, metadata),
    metadata: { ...metadata, schemaVersion: schemaVersionOf(recorded.type) },
    streamName: recorded.streamName,
    revision: recorded.revision,
    position: recorded.position,
  };
}

/**
 * A stored event's payload, upcast to the current version and validated, given its metadata
 * (`decodeMetadata`): the compiled guard checks it, zod only where the guard fails. A malformed
 * one is an error naming the event and the field.
 */
export function decodePayload(stored: RecordedEvent, metadata: EventMetadata): ChronicleEvent {
  const schema = eventSchemas[stored.type];
  if (!schema) throw unknownType(stored);
  const target = schemaVersionOf(stored.type);
  const version = metadata.schemaVersion;
  const data = version < target ? upcast(stored.type, version, target, stored.data) : stored.data;
  return { type: stored.type, data: guards[stored.type]!(data) ? data : parse(schema, data, stored) } as ChronicleEvent;
}
