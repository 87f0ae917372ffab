import type { Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';

/**
 * A weekday told beside a week counted from the publication is that weekday of that week, one
 * date: "last week Wednesday", "this week Tuesday", "Wednesday last week", "on Friday of next
 * week", "la semana pasada, el miércoles", "el miércoles de la semana pasada".
 */

/** The words between the week and the weekday that follows it. */
const WEEK_THEN_DAY: Record<Lang, RegExp> = { en: /^\s*,?\s*(?:on\s+)?$/iu, es: /^\s*,?\s*$/iu };
/** The words between the weekday and the week that follows it. */
const DAY_THEN_WEEK: Record<Lang, RegExp> = { en: /^\s+(?:of\s+)?$/iu, es: /^\s+de\s+$/iu };

/** The shift of a week counted from the publication ("last week": −1), or null. */
function weekShift(m: Mention): number | null {
  const r = m.reading;
  return r.kind === 'deictic' && r.unit === 'week' && r.order === undefined ? r.shift : null;
}

const plainWeekday = (m: Mention): boolean =>
  m.reading.kind === 'weekday' &&
  m.reading.lean === 'none' &&
  m.reading.dayOfMonth === undefined &&
  m.reading.week === undefined;

/** `list` (in text order) with each weekday beside a week from the publication joined to it as one mention. */
export function weekdaysOfWeeks(text: string, list: Mention[], lang: Lang): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const m = list[i] as Mention;
    const next = list[i + 1];
    if (next === undefined) {
      out.push(m);
      continue;
    }
    const between = text.slice(m.end, next.start);
    const [week, day] =
      weekShift(m) !== null && plainWeekday(next) && WEEK_THEN_DAY[lang].test(between)
        ? [m, next]
        : plainWeekday(m) && weekShift(next) !== null && DAY_THEN_WEEK[lang].test(between)
          ? [next, m]
          : [null, null];
    if (week === null || day === null || day.reading.kind !== 'weekday') {
      out.push(m);
      continue;
    }
    const reading = { ...day.reading, week: weekShift(week) as number };
    out.push({ start: m.start, end: next.end, reading, source: day.source });
    i += 1;
  }
  return out;
}
