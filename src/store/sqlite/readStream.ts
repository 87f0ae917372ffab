import { ValidationError } from '../../core/errors.ts';
import type { RecordedEvent } from '../../core/event.ts';
import type { ReadStreamOptions } from '../port.ts';
import { toRecordedEvent } from './recordedEvent.ts';
import type { Statements } from './statements.ts';
import { validateCount } from '../validateAppend.ts';

/** Names per query: a JSON array parameter, read by `json_each`. */
const NAMES_PER_QUERY = 500;

/** Which of `streams` exist (a stream row is written with its first event). */
export function existingStreams(st: Statements, streams: readonly string[]): Set<string> {
  if (!Array.isArray(streams)) throw ValidationError.at('streams', 'expected an array of stream names');
  streams.forEach((s: unknown, i) => {
    if (typeof s !== 'string' || s.length === 0)
      throw ValidationError.at(`streams[${i}]`, 'expected a non-empty stream name');
  });
  const found = new Set<string>();
  for (let start = 0; start < streams.length; start += NAMES_PER_QUERY)
    for (const name of st.existingStreams.all(JSON.stringify(streams.slice(start, start + NAMES_PER_QUERY))))
      found.add(name);
  return found;
}

/** The events of one stream in revision order; `[]` when it does not exist. */
export function readStream(st: Statements, stream: string, options: ReadStreamOptions = {}): RecordedEvent[] {
  if (typeof stream !== 'string' || stream.length === 0)
    throw ValidationError.at('stream', 'expected a non-empty stream name');
  const from = options.fromRevision ?? 0n;
  if (typeof from !== 'bigint' || from < 0n) throw ValidationError.at('fromRevision', 'expected a bigint >= 0n');
  const maxCount = validateCount(options.maxCount, 'maxCount') ?? -1;
  // Two lookups, not a join: the join costs ~5× more, and a missing stream (every new fact of an
  // import) is answered by the first.
  const found = st.findStream.get(stream);
  if (!found) return [];
  return st.readStream
    .all(found.stream_id, from, maxCount)
    .map((row) => toRecordedEvent({ ...row, stream_name: stream }));
}
