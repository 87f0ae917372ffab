import type { Lang } from './lexicon.ts';
import type { Mention, Reading } from './reading.ts';
import { onOrAfter, onOrBefore } from './capturedDate.ts';
import { labelOf, quoted, type Resolution } from './resolution.ts';

/**
 * "since that day", "desde ese día", "until that night", "desde ese año": a bound word before a
 * reference back to a date the text told bounds it as it bounds a written date, and as "since then"
 * bounds the previous event: open from that date (or up to it), never the date itself. A negation
 * leaves "since" open ("no han podido sacar un solo kilo desde ese día", as "nobody has fished since
 * then"): the day is that of an event the text told, and the clause tells what has held since it;
 * "not … until that day" places the event on the day, and stays the reference.
 */

type Side = 'since' | 'until';
type Reference = Extract<Reading, { kind: 'relative' | 'relative-unit' }>;

/** "that day", "ese día", "aquella noche", "that month", "ese año": the date of an event the text told. */
export function referenceBack(r: Reading): r is Reference {
  if (r.kind === 'relative') return r.relation === 'same-day' && r.anchor.kind === 'last-day';
  return r.kind === 'relative-unit' && r.shift === 0 && r.order === null && r.part === null;
}

const WORDS: Record<Lang, [RegExp, Side][]> = {
  en: [
    [/(?:^|[^\p{L}])(?:ever\s+)?since\s+$/iu, 'since'],
    [/(?:^|[^\p{L}])(?:until|till|up\s+to)\s+$/iu, 'until'],
  ],
  es: [
    [/(?:^|[^\p{L}])desde\s+$/iu, 'since'],
    [/(?:^|[^\p{L}])hasta\s+$/iu, 'until'],
  ],
};

/** A negation before the bound word in its clause ("did not reopen until that day", "no volvió hasta ese día"). */
const NEGATED = /(?:(?:^|[^\p{L}])(?:not|never|no|nobody|nunca|nadie)|\p{L}n['’]t)(?![\p{L}])[^.;:,]*$/iu;

/** Wraps each reference back preceded by a bound word in the bound ("since that day" → open from that day). */
export function boundReferences(text: string, list: Mention[], lang: Lang): Mention[] {
  return list.map((m) => {
    if (!referenceBack(m.reading)) return m;
    const window = text.slice(Math.max(0, m.start - 60), m.start);
    for (const [re, side] of WORDS[lang]) {
      const found = re.exec(window);
      if (!found) continue;
      const prefix = found[0].replace(/^[^\p{L}]/u, '');
      if (side === 'until' && NEGATED.test(window.slice(0, -prefix.length))) return m;
      return {
        ...m,
        start: m.start - prefix.length,
        reading: { kind: 'open', side, of: m.reading },
      };
    }
    return m;
  });
}

/** The bound of a reference back, from the reading of the reference itself. */
export function boundedReference(side: string, inner: Resolution, phrase: string): Resolution {
  // A reference with nothing to refer back to keeps the widest honest date it was given.
  if (inner.date.earliest === null || inner.date.latest === null) return inner;
  const since = side === 'since';
  const date = since ? onOrAfter(inner.date) : onOrBefore(inner.date);
  return {
    ...inner,
    date,
    rule: `${quoted(phrase)} is ${since ? 'from' : 'up to'} ${labelOf(inner.date)}${since ? ' on' : ''}, the date it refers back to: ${inner.rule}`,
    relation: inner.relation ? { type: since ? 'after' : 'before', fact: inner.relation.fact, offset: null } : null,
  };
}
