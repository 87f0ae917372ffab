import { COUNT_PATTERN, countOf, unitFactor, unitOf } from './lexicon.ts';
import type { Mention } from './reading.ts';
import { B, scan } from './scan.ts';

/**
 * "Classes began on June 19. Within the first week, she found …", "moved to three-weekly
 * collections in June 2023. Its recycling rate climbed … in the first year,", "En la primera
 * semana, los alumnos …": the first unit of time after the previous event, at most that long after
 * it ("within the first two months", "en los tres primeros meses": at most two, three). The phrase
 * closes its clause ("the first week of September" is a date of its own), and a sentence that
 * tells a rule or a plan ("must", "will", "if", "deberá", "si") holds no event.
 */

/** The phrase ends at a mark that closes a clause. */
const CLOSES = '(?=\\s*[,.;:!?]|\\s*$)';

const ENGLISH = new RegExp(
  `${B}(?:(?:with)?in|during)\\s+the\\s+first\\s+(?:(?<n>${COUNT_PATTERN})\\s+)?(?<u>days?|weeks?|fortnight|months?|years?)${CLOSES}`,
  'iu',
);

const SPANISH = new RegExp(
  `${B}(?:en|durante|dentro\\s+de)\\s+(?:(?:el\\s+primer|la\\s+primera)\\s+(?<u>día|semana|mes|año)|(?:los|las)\\s+(?:(?<n>${COUNT_PATTERN})\\s+primer[oa]s|primer[oa]s\\s+(?<m>${COUNT_PATTERN}))\\s+(?<v>días|semanas|meses|años))${CLOSES}`,
  'iu',
);

/** Words of a rule or a plan, not of an event told ("may" in lowercase: "in May" is a month). */
const RULE_OR_PLAN =
  /(?<![\p{L}])(?:must|will|would|should|shall|can|could|might|if|unless|deberá|deberán|debe|deben|podrá|podrán|puede|pueden|si)(?![\p{L}])/iu;
const MAY = /(?<![\p{L}])may(?![\p{L}])/u;

/** The sentence around `start`…`end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), 0);
  const rest = text.slice(end);
  const stop = rest.search(/[.!?](?:\s|$)/u);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

/** "within the first week", "en la primera semana": at most that long after the previous event. */
export function firstUnitMentions(text: string, lang: 'en' | 'es'): Mention[] {
  return scan(text, lang === 'en' ? ENGLISH : SPANISH, (m) => {
    const g = m.groups ?? {};
    const word = g.u ?? g.v ?? '';
    const written = g.n ?? g.m;
    // "in the first days" counts no number of days.
    if (written === undefined && /s$/iu.test(word) && !/^mes$/iu.test(word)) return null;
    const count = written === undefined ? 1 : countOf(written);
    const unit = unitOf(word);
    if (count === null || count < 1 || unit === null) return null;
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    if (RULE_OR_PLAN.test(sentence) || MAY.test(sentence)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      reading: {
        kind: 'relative',
        relation: 'after',
        offset: { kind: 'at-most', count: count * unitFactor(word), unit },
        anchor: { kind: 'previous' },
      },
      source: 'a relative phrase',
    };
  });
}
