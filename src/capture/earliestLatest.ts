import type { Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';

/**
 * "a launch would come in the first half of 2027 at the earliest", "el fallo llegará en abril como muy
 * pronto": a date said to be the earliest is from it on; "by the end of June at the latest", "el 15 de
 * marzo a más tardar": one said to be the latest is on or before it. The words after the date, up to the
 * end of its clause, join the phrase.
 */

const KINDS = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'decade', 'deictic', 'weekday']);

const EN = /^,?\s+at\s+the\s+(earliest|latest)(?![\p{L}])/iu;
const ES = /^,?\s+(?:como\s+(?:muy\s+)?(pronto|tarde)|a\s+más\s+(tardar))(?![\p{L}])/iu;

/** Wraps each plain date followed by "at the earliest" / "at the latest" (or their Spanish forms) in its bound. */
export function earliestLatest(text: string, list: readonly Mention[], lang: Lang): Mention[] {
  const words = lang === 'en' ? EN : ES;
  return list.map((m) => {
    if (!KINDS.has(m.reading.kind)) return m;
    const after = words.exec(text.slice(m.end, m.end + 40));
    if (!after) return m;
    const word = (after[1] ?? after[2] ?? after[3] ?? '').toLowerCase();
    const earliest = word === 'earliest' || word === 'pronto';
    return {
      ...m,
      end: m.end + after[0].length,
      reading: { kind: 'open', side: earliest ? 'from' : 'by', of: m.reading },
    };
  });
}
