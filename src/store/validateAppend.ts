import { ValidationError, type Issue } from '../core/errors.ts';
import type { ExpectedRevision } from './port.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event checked and serialised once, ready for the insert statement. */
export interface EncodedEvent {
  /** Lower-case canonical UUID (the form EventStoreDB returns), so de-duplication ignores case. */
  readonly id: string;
  /** The id as the caller gave it, for `alreadyAppended`. */
  readonly givenId: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  /**
   * The caller's payload, when it came with its JSON (`NewEvent.dataJson`): plain JSON data that
   * text parses back to, so a commit's events can be handed on without parsing it again.
   */
  readonly payload: unknown;
}

export interface ValidAppend {
  readonly stream: string;
  readonly events: readonly EncodedEvent[];
  readonly expectedRevision: ExpectedRevision;
}

/**
 * Checks one append and serialises its payloads. Every problem is reported at once, located by a
 * path relative to the request (`stream`, `events[2].id`, `expectedRevision`).
 */
export function validateAppend(stream: unknown, events: unknown, expectedRevision: unknown): ValidAppend {
  const issues: Issue[] = [];
  if (typeof stream !== 'string' || stream.length === 0) {
    issues.push({ path: 'stream', message: 'expected a non-empty stream name' });
  }
  const expected = expectedRevision ?? 'any';
  if (!isExpectedRevision(expected)) {
    issues.push({
      path: 'expectedRevision',
      message: `expected 'any', 'no_stream', 'stream_exists' or a bigint >= 0n, got ${describe(expected)}`,
    });
  }
  const encoded: EncodedEvent[] = [];
  if (!Array.isArray(events)) {
    issues.push({ path: 'events', message: 'expected an array of events' });
  } else {
    const seen = new Map<string, number>();
    // A metadata object the append's events share is serialised once (nothing runs in between).
    const shared: SharedMetadata = { metadata: undefined, json: undefined };
    for (let index = 0; index < events.length; index++) {
      const result = encodeEvent(events[index] as unknown, index, issues, shared);
      if (!result) continue;
      const first = seen.get(result.id);
      if (first !== undefined) {
        issues.push({ path: `events[${index}].id`, message: `duplicates events[${first}].id` });
        continue;
      }
      seen.set(result.id, index);
      encoded.push(result);
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { stream: stream as string, events: encoded, expectedRevision: expected as ExpectedRevision };
}

/** The metadata object last serialised in an append, and its JSON. */
interface SharedMetadata {
  metadata: unknown;
  json: string | undefined;
}

/**
 * Checks and serialises the event at `index` of an append. The event's path (`events[2]`) is
 * written only into an issue: a bulk import validates every event it appends.
 */
function encodeEvent(event: unknown, index: number, issues: Issue[], shared: SharedMetadata): EncodedEvent | undefined {
  if (typeof event !== 'object' || event === null) {
    issues.push({ path: `events[${index}]`, message: 'expected an event object' });
    return undefined;
  }
  const { id, type, data, metadata, dataJson: given } = event as Record<string, unknown>;
  const before = issues.length;
  if (typeof id !== 'string' || !UUID.test(id))
    issues.push({ path: `events[${index}].id`, message: `expected a UUID, got ${describe(id)}` });
  if (typeof type !== 'string' || type.length === 0)
    issues.push({ path: `events[${index}].type`, message: 'expected a non-empty event type' });
  // A payload whose JSON the caller made (`NewEvent.dataJson`) is not serialised again.
  const dataJson = typeof given === 'string' ? given : toJson(data, `events[${index}].data`, issues);
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    issues.push({ path: `events[${index}].metadata`, message: 'expected a metadata object' });
  }
  if (metadata !== shared.metadata || shared.json === undefined) {
    shared.metadata = metadata;
    shared.json = toJson(metadata, `events[${index}].metadata`, issues);
  }
  if (issues.length > before) return undefined;
  return {
    id: (id as string).toLowerCase(),
    givenId: id as string,
    type: type as string,
    data: dataJson!,
    metadata: shared.json!,
    payload: typeof given === 'string' ? data : undefined,
  };
}

function toJson(value: unknown, path: string, issues: Issue[]): string | undefined {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) issues.push({ path, message: 'expected a JSON value' });
    return json;
  } catch (error) {
    issues.push({ path, message: `cannot be serialised as JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function isExpectedRevision(value: unknown): value is ExpectedRevision {
  return (
    value === 'any' || value === 'no_stream' || value === 'stream_exists' || (typeof value === 'bigint' && value >= 0n)
  );
}

function describe(value: unknown): string {
  return typeof value === 'bigint' ? `${value}n` : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Validates an optional non-negative integer count option. */
export function validateCount(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw ValidationError.at(path, `expected a non-negative integer, got ${describe(value)}`);
  }
  return value;
}
