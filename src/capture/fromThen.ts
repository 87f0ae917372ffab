import { boundsDate } from './capturedDate.ts';
import { brief } from './anchors.ts';
import type { Lang } from './lexicon.ts';
import type { Narrative } from './narrative.ts';
import type { Mention } from './reading.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * "Between then and the summer of 2022, the auction house sold twenty-two more of the maps", "desde entonces
 * hasta junio de 2023": a span from the previous event in the text to the end of the date named.
 */

const KINDS = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'decade']);
const EN = /(?:^|[^\p{L}])(?:between\s+then\s+and|from\s+then\s+(?:until|till|to|through))\s+$/iu;
const ES = /(?:^|[^\p{L}])(?:entre\s+entonces\s+y|desde\s+entonces\s+hasta)\s+(?:el\s+|la\s+)?$/iu;

/** Marks each date after "between then and" / "desde entonces hasta", the words before it joined to the phrase. */
export function fromThenMentions(text: string, list: readonly Mention[], lang: Lang): Mention[] {
  const lead = lang === 'en' ? EN : ES;
  return list.map((m) => {
    // "desde entonces hasta junio": the bound word was joined to June as "until"; the span replaces it.
    const inner = m.reading.kind === 'open' && m.reading.side === 'until' ? m.reading.of : m.reading;
    if (!KINDS.has(inner.kind)) return m;
    const bound =
      inner === m.reading
        ? ''
        : (/^(?:hasta|until|till|to|through)\s+(?:el\s+|la\s+)?/iu.exec(text.slice(m.start, m.end))?.[0] ?? null);
    if (bound === null) return m;
    const found = lead.exec(text.slice(Math.max(0, m.start - 60), m.start) + bound);
    if (!found) return m;
    const words = found[0].replace(/^[^\p{L}]/u, '').length - bound.length;
    return { ...m, start: m.start - words, reading: inner, fromThen: true };
  });
}

/**
 * The span from the previous event in the text to the end of the date `resolution` read, with its relation; a
 * previous event counted back from another ("He had consigned it three weeks earlier") looks back from that
 * other, which "then" names.
 */
export function fromThen(phrase: string, resolution: Resolution, narrative: Narrative): Resolution | null {
  const last = narrative.facts.findLast((f) => !f.background);
  const previous = narrative.facts.find((f) => f.id === last?.countedBackFrom) ?? last;
  const start = previous?.date.earliest ?? null;
  const end = resolution.date.latest;
  if (!previous || start === null || end === null || start > end) return null;
  const uncertain = previous.date.uncertain || resolution.date.uncertain;
  return {
    date: boundsDate(start, end, uncertain),
    rule: `${quoted(phrase)} runs from the previous event in the text (${quoted(brief(previous.summary))}), dated ${labelOf(previous.date)}, to the end of ${labelOf(resolution.date)}.`,
    confidence: Math.min(resolution.confidence, 0.7),
    relation: { type: 'after', fact: previous.id, offset: null },
    weekday: null,
  };
}
