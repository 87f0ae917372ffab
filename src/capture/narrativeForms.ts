import type { Lang } from './lexicon.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './lexicon.ts';
import { OFFSET_PATTERN, offsetOf } from './offsetWords.ts';
import type { Mention, Reading } from './reading.ts';
import { B, E, scan } from './scan.ts';

/**
 * Relative phrases a story told in order uses to step on from the event before: "that Thursday",
 * "in the weeks that followed", "three months into her tenure", and their Spanish forms.
 */

const mention = (m: RegExpExecArray, start: number, reading: Reading): Mention => ({
  start,
  end: m.index + m[0].length,
  reading,
  source: 'a relative phrase',
});

/** Where a clause starts: the text's start, a sentence's end, a line break, a comma, or "and"/"but"/"then". */
const CLAUSE_START = /(?:^|[.!?;,:]["”’)]?\s+|\n\s*|^\s*|(?<![\p{L}])(?:and|but|then)\s+)$/iu;

/**
 * "That Thursday, the chairman resigned", "resigned on that Thursday", "ese jueves": a weekday named
 * with "that" opening a clause (after a sentence's end, a comma, "and", "but" or "then") or after
 * "on" (in Spanish, "ese"/"aquel" anywhere) is the next such weekday after the event before it
 * ("said that Monday's vote…" is a complementiser, not this).
 */
function thatWeekday(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(`${B}(?:on\\s+)?that\\s+(?:same\\s+)?(?<w>${WEEKDAY_PATTERN.en})${E}(?!['’]s)`, 'iu')
      : new RegExp(`${B}(?:ese|aquel)\\s+(?:mismo\\s+)?(?<w>${WEEKDAY_PATTERN.es})${E}`, 'iu');
  return scan(text, re, (m) => {
    const opensClause = CLAUSE_START.test(text.slice(Math.max(0, m.index - 8), m.index));
    if (lang === 'en' && !opensClause && !/^on\s/iu.test(m[0])) return null;
    const weekday = weekdayNumber(m.groups?.w ?? '');
    if (weekday === null) return null;
    return mention(m, m.index, { kind: 'relative-weekday', weekday, relation: 'after' });
  });
}

/**
 * "In the weeks that followed", "in the following days", "en las semanas siguientes": after the
 * event before, from it to the publication, as "weeks later" reads ("over the next few weeks" in
 * a present-tense story counts from the publication, so "next" is not among these words).
 */
function followingSpan(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:in|over|during)\\s+the\\s+(?:(?:following|ensuing|subsequent)\\s+(?:few\\s+)?(?:days|weeks|months)|(?:days|weeks|months)\\s+(?:that|which)\\s+followed)${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:en|durante)\\s+(?:los|las)\\s+(?:(?:días|semanas|meses)\\s+(?:siguientes|posteriores|que\\s+siguieron)|(?:siguientes|posteriores)\\s+(?:días|semanas|meses))${E}`,
          'iu',
        );
  return scan(text, re, (m) =>
    mention(m, m.index, {
      kind: 'relative',
      relation: 'after',
      offset: null,
      anchor: { kind: 'previous' },
      untilPublication: true,
    }),
  );
}

/**
 * "Three months into her tenure", "two weeks into the strike": that long after the event the words
 * name (the event before when none is named by them).
 */
function countedInto(text: string, lang: Lang): Mention[] {
  if (lang !== 'en') return [];
  const re = new RegExp(
    `${B}${OFFSET_PATTERN}\\s+into\\s+(?<anchor>(?:his|her|their|its|the)\\s+(?:new\\s+)?[\\p{L}-]+)${E}`,
    'iu',
  );
  return scan(text, re, (m) => {
    const offset = offsetOf(m.groups);
    if (!offset) return null;
    const words = (m.groups?.anchor ?? '').replace(/^(?:his|her|their|its|the)\s+(?:new\s+)?/iu, '');
    return mention(m, m.index, { kind: 'relative', relation: 'after', offset, anchor: { kind: 'named', words } });
  });
}

/** The relative phrases of a story told in order that `text` holds. */
export function narrativeMentions(text: string, lang: Lang): Mention[] {
  return [...thatWeekday(text, lang), ...followingSpan(text, lang), ...countedInto(text, lang)];
}
