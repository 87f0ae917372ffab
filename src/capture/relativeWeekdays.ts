import { anchorOf, NAMED_EVENT_PATTERN } from './anchorWords.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, weekdayNumber } from './lexicon.ts';
import type { Mention } from './reading.ts';
import { B, E, scan } from './scan.ts';

/** English weekdays told against the story: "the following Monday", "the Friday before the meeting". */

const mention = (m: RegExpExecArray, reading: Mention['reading'], source: string): Mention => ({
  start: m.index,
  end: m.index + m[0].length,
  reading,
  source,
});

/** "the following Monday", "the previous Friday": from the previous event. */
function weekdays(text: string): Mention[] {
  const re = new RegExp(`${B}(?:the\\s+)?(following|next|previous|preceding)\\s+(${WEEKDAY_PATTERN.en})${E}`, 'u');
  return scan(text, re, (m) => {
    const weekday = weekdayNumber(m[2] as string);
    if (weekday === null) return null;
    const relation = /^(previous|preceding)$/i.test(m[1] as string) ? 'before' : 'after';
    // "next Wednesday" without "the" counts from the publication (a deictic), not from the story.
    if (!/^the\s/i.test(m[0]) && /^next$/i.test(m[1] as string)) return null;
    return mention(m, { kind: 'relative-weekday', weekday, relation }, 'a relative weekday');
  });
}

/**
 * "the Friday before", "the Monday after the first payday", "the Friday before the meeting": the
 * last such weekday before the event named, or the previous event, or the first after it (not "the
 * Friday before last", nor "the Monday after Easter", a date of its own).
 */
function weekdaysBeside(text: string): Mention[] {
  const re = new RegExp(
    `${B}the\\s+(?<w>${WEEKDAY_PATTERN.en})\\s+(?<dir>before|after)${E}(?!\\s*(?:last|next|\\d|\\p{Lu}))(?:\\s+${NAMED_EVENT_PATTERN})?`,
    'u',
  );
  const apposition = new RegExp(`(?:\\d|(?<![\\p{L}])(?:${MONTH_PATTERN.en}))\\s*[,(–—-]\\s*$`, 'iu');
  return scan(text, re, (m) => {
    const weekday = weekdayNumber(m.groups?.w ?? '');
    // "26 August, the Tuesday after the bank holiday" states the weekday of the date before it.
    if (weekday === null || apposition.test(text.slice(Math.max(0, m.index - 24), m.index))) return null;
    const relation = /^before$/iu.test(m.groups?.dir ?? '') ? 'before' : 'after';
    return mention(
      m,
      { kind: 'relative-weekday', weekday, relation, anchor: anchorOf(m.groups?.anchor) },
      'a relative weekday',
    );
  });
}

/** The English weekdays of `text` told before or after an event. */
export const englishWeekdayMentions = (text: string): Mention[] => [...weekdays(text), ...weekdaysBeside(text)];
