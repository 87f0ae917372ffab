import { B, E, scan } from './scan.ts';
import type { Mention, Part, Reading } from './reading.ts';

/** English phrases of a calendar unit told against the story: "earlier that month", "the following week", "the following weekend", "the year before". */

const mention = (m: RegExpExecArray, reading: Reading, source: string): Mention => ({
  start: m.index,
  end: m.index + m[0].length,
  reading,
  source,
});

/**
 * "the following weekend", "the previous weekend": the first Saturday–Sunday after the previous
 * event, or the last before it; "the year before", "the month after" with no event named after
 * them: the calendar unit before or after the previous event's.
 */
function besideUnits(text: string): Mention[] {
  const weekend = new RegExp(`${B}the\\s+(?<shift>following|next|previous|preceding)\\s+weekend${E}`, 'iu');
  const unit = new RegExp(
    `${B}the\\s+(?<unit>week|month|year)\\s+(?<dir>before|after)${E}(?!\\s*(?:last|next|\\d|\\p{Lu})|\\s+(?:the|its|his|her|their|this|that|these|those|a|an|el|la)${E})`,
    'iu',
  );
  return [
    ...scan(text, weekend, (m) => {
      const relation = /^(?:previous|preceding)$/iu.test(m.groups?.shift ?? '') ? 'before' : 'after';
      const reading: Reading = {
        kind: 'relative',
        relation,
        offset: null,
        anchor: { kind: 'previous' },
        weekend: true,
      };
      return mention(m, reading, 'a relative phrase');
    }),
    ...scan(text, unit, (m) => {
      const u = (m.groups?.unit ?? '').toLowerCase() as 'week' | 'month' | 'year';
      const shift = /^before$/iu.test(m.groups?.dir ?? '') ? -1 : 1;
      return mention(m, { kind: 'relative-unit', unit: u, shift, order: null, part: null }, 'a relative phrase');
    }),
  ];
}

const PARTS: Record<string, Part> = { early: 'early', mid: 'mid', late: 'late' };

function units(text: string): Mention[] {
  const re = new RegExp(
    `${B}(?:(?<order>earlier|later)\\s+(?:in\\s+)?(?:that|the\\s+same|that\\s+same)|(?<part>early|mid|late)(?:-|\\s+)(?:in\\s+)?(?:that|the\\s+same)|(?<same>that|the\\s+same|that\\s+same)|the\\s+(?<shift>following|next|previous|preceding|prior))\\s+(?<unit>week|month|year)${E}`,
    'iu',
  );
  return scan(text, re, (m) => {
    const g = m.groups ?? {};
    const unit = (g.unit ?? '').toLowerCase() as 'week' | 'month' | 'year';
    const order = g.order ? (/^earlier$/i.test(g.order) ? 'before' : 'after') : null;
    const shift = g.shift ? (/^(following|next)$/i.test(g.shift) ? 1 : -1) : 0;
    const part = g.part ? (PARTS[g.part.toLowerCase()] ?? null) : null;
    return mention(m, { kind: 'relative-unit', unit, shift, order, part }, 'a relative phrase');
  });
}

/** The English phrases of a calendar unit beside the story's dates. */
export function relativeUnitMentions(text: string): Mention[] {
  return [...units(text), ...besideUnits(text)];
}
