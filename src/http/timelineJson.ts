import type { Timeline } from '../../projections/queries/timelineQuery.ts';

const COMMA = Buffer.from(',');

/**
 * A JSON timeline page as bytes: exactly `Buffer.from(JSON.stringify(timeline))`, made from each
 * entry's JSON text instead of one text of the whole page. A page's text holds characters beyond
 * Latin-1 (a dash, an accent), and turning a fresh 94 KB text of that kind into UTF-8 took about
 * 1 ms in a 100-entry page's build (0.05–0.4 ms for an all-ASCII text of that size; the entries'
 * texts of about 1 KB each, about 0.4 ms in all): docs/benchmarks.md, "A page after an unknown
 * change over HTTP".
 */
export function timelineJson(timeline: Timeline): Buffer {
  const parts: Buffer[] = [];
  let text = '{';
  for (const key of Object.keys(timeline) as (keyof Timeline)[]) {
    const value = timeline[key];
    if (value === undefined) continue;
    if (text.length > 1 || parts.length > 0) text += ',';
    text += `${JSON.stringify(key)}:`;
    if (key !== 'entries') {
      text += JSON.stringify(value);
      continue;
    }
    parts.push(Buffer.from(`${text}[`, 'utf8'));
    timeline.entries.forEach((entry, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(Buffer.from(JSON.stringify(entry), 'utf8'));
    });
    text = ']';
  }
  parts.push(Buffer.from(`${text}}`, 'utf8'));
  return Buffer.concat(parts);
}
