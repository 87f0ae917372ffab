import type { Paragraph } from './paragraphs.ts';
import type { Mention } from './reading.ts';

/**
 * The byline or dateline date: a full date (day, month and year) in a short line of the header
 * (at most 120 characters, not a sentence: it does not end with a full stop), among the first five
 * paragraphs and before the first one of 150 characters or more.
 */
export function bylineMention(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): Mention | null {
  const bodyStart = paragraphs.find((p) => p.end - p.start >= 150)?.start ?? text.length;
  for (const p of paragraphs.slice(0, 5)) {
    if (p.start >= bodyStart) break;
    const found = mentions.find((m) => {
      const r = m.reading;
      if (
        m.start < p.start ||
        m.end > p.end ||
        r.kind !== 'calendar' ||
        r.year === null ||
        r.month === null ||
        r.day === null
      ) {
        return false;
      }
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
      const lineEnd = text.indexOf('\n', m.end);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
      return line.length <= 120 && !/[.!?]["'”’)]*$/u.test(line);
    });
    if (found) return found;
  }
  return null;
}
