import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';

/**
 * Each entry's JSON text, by the entry: entries are shared between pages and never changed (the
 * read cache and `KeptEntries` hand the same entry to every page that shows it unchanged), so an
 * entry kept across a change is not written out again.
 */
const entryTexts = new WeakMap<TimelineEntry, string>();

function entryText(entry: TimelineEntry): string {
  let text = entryTexts.get(entry);
  if (text === undefined) {
    text = JSON.stringify(entry);
    entryTexts.set(entry, text);
  }
  return text;
}

/**
 * A JSON timeline page as bytes: exactly `Buffer.from(JSON.stringify(timeline))`, written from
 * each entry's JSON text into one buffer instead of made from one text of the whole page. A page's
 * text holds characters beyond Latin-1 (a dash, an accent), and turning a fresh 94 KB text of that
 * kind into UTF-8 took about 1 ms in a 100-entry page's build (0.05–0.4 ms for an all-ASCII text of
 * that size); the entries' texts, of about 1 KB each, about 0.4 ms in all: docs/benchmarks.md,
 * "A page after an unknown change over HTTP".
 */
export function timelineJson(timeline: Timeline): Buffer {
  const texts: string[] = [];
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
    texts.push(`${text}[`);
    timeline.entries.forEach((entry, i) => texts.push(i === 0 ? entryText(entry) : `,${entryText(entry)}`));
    text = ']';
  }
  texts.push(`${text}}`);
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t, 'utf8');
  const out = Buffer.allocUnsafe(bytes);
  let at = 0;
  for (const t of texts) at += out.write(t, at, 'utf8');
  return out;
}
