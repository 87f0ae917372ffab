import { E, scan } from './scan.ts';
import type { Mention } from './reading.ts';

/**
 * "Varga resigned the day the audit came out", "he read the preprint the day it appeared": "the
 * day" after a word in lower case, then a clause in the past (its subject, a pronoun or a noun
 * with its article, and a verb in -ed or an irregular past): the same day as the event that clause
 * tells.
 */
const DAY_CLAUSE = new RegExp(
  `(?<=\\p{Ll}\\s)the\\s+day\\s+(?:that\\s+|when\\s+)?(?<anchor>(?:it|he|she|they|we|the\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+(?:was\\s+|were\\s+)?\\p{Ll}+(?:ed|ame|ent|ew|ook|oke|ote|old|aw|id)(?:\\s+(?:out|up|in|off|down))?)${E}`,
  'u',
);

/** The English phrases "the day" and a clause in the past (see {@link DAY_CLAUSE}). */
export const dayClauseMentions = (text: string): Mention[] =>
  scan(text, DAY_CLAUSE, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    reading: {
      kind: 'relative',
      relation: 'same-day',
      offset: null,
      anchor: { kind: 'named', words: m.groups?.anchor ?? '' },
    },
    source: 'a relative phrase',
  }));
