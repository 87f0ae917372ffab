import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';

/**
 * Each entry's JSON in UTF-8, by the entry: entries are shared between pages and never changed (the
 * read cache and `KeptEntries` hand the same entry to every page that shows it unchanged), so an
 * entry kept across a change is neither written out nor encoded again; a page copies its bytes.
 */
const entryBytes = new WeakMap<TimelineEntry, Buffer>();

function bytesOf(entry: TimelineEntry): Buffer {
  let bytes = entryBytes.get(entry);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(entry), 'utf8');
    entryBytes.set(entry, bytes);
  }
  return bytes;
}

const COMMA = 0x2c;

/**
 * A JSON timeline page as bytes: exactly `Buffer.from(JSON.stringify(timeline))`, made from each
 * entry's JSON bytes (kept by the entry) and the text of the page's other fields, copied into one
 * buffer, instead of from one text of the whole page. A page's text holds characters beyond
 * Latin-1 (a dash, an accent), and turning a fresh 94 KB text of that kind into UTF-8 took about
 * 1 ms in a 100-entry page's build (0.05–0.4 ms for an all-ASCII text of that size): docs/benchmarks.md,
 * "A page after an unknown change over HTTP".
 */
export function timelineJson(timeline: Timeline): Buffer {
  const parts: (string | Buffer)[] = [];
  let text = '{';
  let first = true;
  for (const key of Object.keys(timeline) as (keyof Timeline)[]) {
    const value = timeline[key];
    if (value === undefined) continue;
    text += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (key !== 'entries') {
      text += JSON.stringify(value);
      continue;
    }
    parts.push(`${text}[`);
    for (const entry of timeline.entries) parts.push(bytesOf(entry));
    text = ']';
  }
  parts.push(`${text}}`);
  let length = 0;
  let entries = 0;
  for (const part of parts) {
    if (typeof part === 'string') length += Buffer.byteLength(part, 'utf8');
    else {
      length += part.length;
      entries++;
    }
  }
  const out = Buffer.allocUnsafe(length + Math.max(0, entries - 1));
  let at = 0;
  let copied = 0;
  for (const part of parts) {
    if (typeof part === 'string') at += out.write(part, at, 'utf8');
    else {
      if (copied++ > 0) out[at++] = COMMA;
      at += part.copy(out, at);
    }
  }
  return out;
}
