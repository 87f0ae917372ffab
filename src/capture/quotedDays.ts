import { dayDate } from './capturedDate.ts';
import type { Narrative } from './narrative.ts';
import type { Mention } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * "yesterday", "today", "ayer", "hoy" inside quoted words count from the day the words were said or
 * written: the last day the same paragraph named, when it is before the publication ("The next
 * day, Dr. Greve forwarded the email … 'we became aware yesterday'").
 */

/** Whether `at` falls inside quotation marks, counted from the start of its line. */
export function insideQuote(text: string, at: number): boolean {
  const lead = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  const opened = (lead.match(/[“«]/gu) ?? []).length - (lead.match(/[”»]/gu) ?? []).length;
  if (opened > 0) return true;
  return (lead.match(/"/gu) ?? []).length % 2 === 1;
}

const RELATION = { '-1': 'before', '0': 'same-day', '1': 'after' } as const;

/** The reading of a quoted day word from the paragraph's last day, or null when the rule does not apply. */
export function quotedDay(
  text: string,
  mention: Mention,
  narrative: Narrative,
  paragraph: number | undefined,
): Resolution | null {
  const r = mention.reading;
  if (r.kind !== 'deictic' || r.unit !== 'day' || r.order || Math.abs(r.shift) > 1) return null;
  const { reference, referenceParagraph, lastDay, publication } = narrative;
  if (!lastDay || !reference || reference.earliest !== lastDay.day || reference.latest !== lastDay.day) return null;
  if (referenceParagraph !== paragraph || publication?.earliest == null || lastDay.day >= publication.earliest)
    return null;
  if (!insideQuote(text, mention.start)) return null;
  const date = dayDate(lastDay.day + r.shift, lastDay.uncertain);
  const type = RELATION[String(r.shift) as '-1' | '0' | '1'];
  return {
    date,
    rule: `${quoted(text.slice(mention.start, mention.end))} is in quoted words: it counts from the day the paragraph last named (${labelOf(dayDate(lastDay.day, lastDay.uncertain))}), when they were said or written.`,
    confidence: 0.6,
    relation: { type, fact: lastDay.factId, offset: r.shift === 0 ? null : 'P1D' },
    weekday: null,
  };
}
