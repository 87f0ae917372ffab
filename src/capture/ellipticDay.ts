import { E, scan } from './scan.ts';
import type { Mention } from './reading.ts';

/** A part of the day named earlier in the sentence: "that day", "on the morning of", "the same night". */
const DAY_NAMED = /(?<![\p{L}])(?:day|morning|afternoon|evening|night)(?![\p{L}])[^.!?]*$/iu;

/**
 * "Cray was arrested that day and released on bail the next.": "the next" or "the following"
 * closing a clause whose sentence has named a day is the day after the previous event.
 */
export const ellipticDayMentions = (text: string): Mention[] =>
  scan(text, new RegExp(`(?<![\\p{L}])the\\s+(?:next|following)${E}(?=\\s*[.;,!?])`, 'iu'), (m) => {
    const sentence =
      text
        .slice(Math.max(0, m.index - 200), m.index)
        .split(/[.!?]\s/u)
        .at(-1) ?? '';
    if (!DAY_NAMED.test(sentence)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      reading: {
        kind: 'relative',
        relation: 'after',
        offset: { kind: 'exact', count: 1, unit: 'D' },
        anchor: { kind: 'previous' },
      },
      source: 'a relative phrase',
    };
  });
