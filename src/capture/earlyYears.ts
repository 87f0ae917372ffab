import { B, E, scan } from './scan.ts';
import type { Mention } from './reading.ts';

/**
 * Years before 1900 ("built in 1843 by convicts", "desde 1848,"): a number from 1000 to 1899 is a
 * year only after a preposition that takes a time ("in", "since", "until", "en", "desde", "hasta")
 * and before the end of its clause or a word that cannot be the noun it counts ("in 1850 streets"
 * is a count). Later years are read without these conditions (`periodPatterns.ts`).
 */

const PREPOSITIONS = 'in|since|until|till|before|after|en|desde|hasta|antes\\s+de|después\\s+de';
const FOLLOWERS =
  'and|or|but|to|by|when|where|after|before|as|at|in|on|for|with|from|until|while|the|a|an|his|her|its|their|y|o|pero|por|cuando|donde|en|con|el|la|los|las|un|una|su|sus';

const EARLY_YEAR = new RegExp(
  `${B}(?:${PREPOSITIONS})\\s+(?<year>1[0-8]\\d\\d)(?=\\s*(?:[,.;:)\\]—–]|$)|\\s+(?:${FOLLOWERS})${E})`,
  'iu',
);

/** The years before 1900 a text names after a preposition of time. */
export function earlyYears(text: string): Mention[] {
  return scan(text, EARLY_YEAR, (m) => {
    const digits = m.groups?.year as string;
    const start = m.index + m[0].length - digits.length;
    return {
      start,
      end: start + digits.length,
      reading: { kind: 'calendar', year: Number(digits), month: null, day: null, weekday: null, yearHint: 'stated' },
      source: 'a year',
    };
  });
}
