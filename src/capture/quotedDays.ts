import { dayDate } from './capturedDate.ts';
import type { Narrative } from './narrative.ts';
import type { Mention } from './reading.ts';
import type { CapturedEvent } from './readEvents.ts';
import { SAYING } from './nameContext.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * "yesterday", "today", "ayer", "hoy" inside quoted words count from the day the words were said or
 * written: the last day the same paragraph named, when it is before the publication ("The next
 * day, Dr. Greve forwarded the email … 'we became aware yesterday'").
 */

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
  if (!narrative.quotes.insideQuote(mention.start)) return null;
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

/** A verb of saying, as a word. */
const SAYS = new RegExp(`(?:^|[^\\p{L}])(?:${SAYING})(?![\\p{L}])`, 'iu');

/**
 * "'Ayer recorrimos toda la línea', dijo Moncada el viernes", "'We walked the line yesterday,' Ames
 * said on Friday": a quoted "yesterday", "today", "ayer", "hoy" read from the publication counts
 * from the day the attribution after the quotation names, when that day is not after the publication.
 */
export function quotedDayOfAttribution(
  text: string,
  e: CapturedEvent,
  next: CapturedEvent | undefined,
  narrative: Narrative,
): CapturedEvent {
  const r = e.event.primary.reading;
  if (!next || e.resolution.relation || r.kind !== 'deictic' || r.unit !== 'day' || r.order || Math.abs(r.shift) > 1)
    return e;
  const quote = narrative.quotes.quotationAround(e.event.primary.start);
  const at = next.event.primary.start;
  if (!quote || at < quote.close) return e;
  const after = text.slice(quote.close, at);
  // The attribution: the rest of the quotation's sentence, a verb of saying in it before the day.
  if (/[.!?]["”’]?\s|["“«\n]/u.test(after) || !SAYS.test(after)) return e;
  const { earliest, latest, uncertain } = next.resolution.date;
  const pub = narrative.publication?.latest ?? null;
  if (earliest === null || earliest !== latest || (pub !== null && earliest > pub)) return e;
  const date = dayDate(earliest + r.shift, uncertain);
  const type = RELATION[String(r.shift) as '-1' | '0' | '1'];
  const phrase = text.slice(e.event.primary.start, e.event.primary.end);
  return {
    ...e,
    resolution: {
      date,
      rule: `${quoted(phrase)} is in quoted words: it counts from the day the attribution after them names (${labelOf(dayDate(earliest, uncertain))}), when they were said.`,
      confidence: 0.6,
      relation: { type, fact: next.id, offset: r.shift === 0 ? null : 'P1D' },
      weekday: null,
    },
  };
}
