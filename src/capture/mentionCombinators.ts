import { MONTH_PATTERN, THAT_MONTH, countOf, monthNumber, type Lang } from './lexicon.ts';
import { daysInMonth } from '../dates/calendar.ts';
import type { Mention, Reading, YearHint } from './reading.ts';

/**
 * Words around a date phrase that change its meaning, folded into it: "last April", "May of
 * this year", "early 2023", "between X and Y", "the weekend of X", "by June", "since 2019".
 */

const PERIOD = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'decade']);
const isPeriod = (r: Reading) => PERIOD.has(r.kind);
const yearless = (r: Reading) =>
  (r.kind === 'calendar' || r.kind === 'season' || r.kind === 'quarter' || r.kind === 'half') && r.year === null;

function withHint(r: Reading, yearHint: YearHint): Reading {
  return r.kind === 'calendar' || r.kind === 'season' || r.kind === 'quarter' || r.kind === 'half'
    ? { ...r, yearHint }
    : r;
}

/** The year a date's own words name ("of this year", "last April", "the following spring"), or null. */
const ownYearWords = (r: Reading): YearHint | null =>
  (r.kind === 'calendar' || r.kind === 'season' || r.kind === 'quarter' || r.kind === 'half') &&
  r.yearHint !== 'narrative'
    ? r.yearHint
    : null;

/** The 60 characters before a mention. */
export const before = (text: string, m: Mention) => text.slice(Math.max(0, m.start - 60), m.start);
const after = (text: string, m: Mention) => text.slice(m.end, m.end + 40);

const HINT_WORDS: Record<string, YearHint> = {
  last: 'last',
  this: 'this',
  next: 'next',
  that: 'that',
  este: 'this',
  'el pasado': 'last',
  'el próximo': 'next',
};

/**
 * "last April", "el pasado 2 de mayo", "este 30 de septiembre" (the publication's year), "that November",
 * "Jan. 17 of this year", "diciembre de ese año".
 */
function yearWords(text: string, list: Mention[], lang: Lang): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i += 1) {
    let m = list[i] as Mention;
    if (yearless(m.reading)) {
      // "began that November": the year of the event told before, unless "that" opens a reported statement.
      const pre =
        /(?:^|\s)(last|this|next|este|el\s+pasado|el\s+próximo)\s+$/iu.exec(before(text, m)) ??
        (lang === 'en' ? THAT_MONTH.exec(before(text, m)) : null);
      if (pre) {
        const hint = HINT_WORDS[(pre[1] as string).toLowerCase().replace(/\s+/g, ' ')] ?? 'narrative';
        m = { ...m, start: m.start - pre[0].trimStart().length, reading: withHint(m.reading, hint) };
      }
      const suffix =
        lang === 'en'
          ? /^(?:,?\s+of|\s+)\s*(this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year(?![\p{L}])/iu.exec(
              after(text, m),
            )
          : /^\s+(?:de|del)\s+(este|ese|aquel|mismo|año\s+pasado|próximo\s+año|año\s+siguiente|año\s+anterior)(?:\s+año)?(?![\p{L}])|^\s+(pasado|próximo)(?![\p{L}])/iu.exec(
              after(text, m),
            );
      if (suffix) {
        const word = (suffix[1] ?? suffix[2] ?? '').toLowerCase();
        const hint: YearHint = /^(this|este)$/.test(word)
          ? 'this'
          : /^(last|año pasado)$/.test(word)
            ? 'last-year'
            : /^(next|próximo año)$/.test(word)
              ? 'next-year'
              : word === 'pasado'
                ? 'last'
                : word === 'próximo'
                  ? 'next'
                  : 'that';
        m = { ...m, end: m.end + suffix[0].length, reading: withHint(m.reading, hint) };
        while (i + 1 < list.length && (list[i + 1] as Mention).start < m.end) i += 1;
      }
    }
    out.push(m);
  }
  return out;
}

/** "between X and Y", "from X to Y", "X–Y", "entre X y Y", "desde X hasta Y"; "X or Y", "X, or perhaps Y", "X o Y" span both. */
function ranges(text: string, list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const a = list[i] as Mention;
    const b = list[i + 1];
    if (b && isPeriod(a.reading) && isPeriod(b.reading)) {
      const gap = text.slice(a.end, b.start);
      const lead = /(?:^|[^\p{L}])(between|from|entre|de|del|desde)\s+(?:the\s+|el\s+|la\s+)?$/iu.exec(before(text, a));
      // "2009, or perhaps 2011", "2009 o quizá 2011": a hedged alternative spans both, as a plain "or" does.
      const joint =
        /^\s*(?:(and|to|until|till|through|y|a|al|hasta|-|–)|,?\s*(or|o|u)(?:\s+(?:perhaps|maybe|possibly|quizás?|tal\s+vez|acaso))?(?:\s+(?:in|en))?)\s*(?:the\s+|el\s+|la\s+)?$/iu.exec(
          gap,
        );
      const word = (joint?.[1] ?? joint?.[2])?.toLowerCase();
      const leadWord = lead?.[1]?.toLowerCase();
      const fits =
        word !== undefined &&
        (word === '-' || word === '–'
          ? gap.trim().length === 1
          : word === 'or' || word === 'o' || word === 'u'
            ? leadWord === undefined
            : word === 'and' || word === 'y'
              ? leadWord === 'between' || leadWord === 'entre'
              : word === 'to' || word === 'until' || word === 'till' || word === 'through'
                ? leadWord === undefined || leadWord === 'from'
                : leadWord === 'de' || leadWord === 'del' || leadWord === 'desde');
      if (fits) {
        const start = lead ? a.start - lead[0].replace(/^[^\p{L}]/u, '').length : a.start;
        out.push({ start, end: b.end, reading: { kind: 'range', from: a.reading, to: b.reading }, source: 'a range' });
        i += 1;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * "between May and July 2020", "between 10 and 24 July": a range whose first end is a bare month or
 * day the finders do not read alone; it takes the month and year the second end states.
 */
function bareStarts(text: string, list: Mention[], lang: Lang): Mention[] {
  const month = MONTH_PATTERN[lang];
  const lead = new RegExp(
    `(?:^|[^\\p{L}])(between|from|entre|desde)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?|(${month}))\\s+(and|to|until|through|y|hasta|a)\\s+(?:the\\s+|el\\s+)?$`,
    'iu',
  );
  return list.map((m) => {
    const r = m.reading;
    if (r.kind !== 'calendar' || r.month === null) return m;
    const pre = lead.exec(before(text, m));
    if (!pre) return m;
    const joint = (pre[4] as string).toLowerCase();
    const opener = (pre[1] as string).toLowerCase();
    if ((joint === 'and' || joint === 'y') !== (opener === 'between' || opener === 'entre')) return m;
    let from: Reading;
    if (pre[2] !== undefined) {
      const d = Number(pre[2]);
      if (r.day === null || d < 1 || d >= r.day) return m;
      from = { ...r, day: d, weekday: null };
    } else {
      const n = monthNumber(pre[3] as string);
      if (n === null || n >= r.month) return m;
      from = { ...r, month: n, day: null, weekday: null };
    }
    return {
      ...m,
      start: m.start - pre[0].replace(/^[^\p{L}]/u, '').length,
      reading: { kind: 'range', from, to: r },
      source: 'a range',
    };
  });
}

/**
 * "in the year to June 2023", "the 12 months ending March 2024", "the three months to June 30",
 * "the quarter ended March 31": the months that end with that month, or on that day (from the day
 * after the same day so many months before; from the 1st when it is a month's last day).
 */
function yearsTo(text: string, list: Mention[]): Mention[] {
  return list.map((m) => {
    const r = m.reading;
    if (r.kind !== 'calendar' || r.month === null) return m;
    const pre =
      /(?:the\s+)?(?:(year|quarter|half[-\s]year)|(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+months)\s+(?:to|ending|ended|through)\s+(?:on\s+)?$/i.exec(
        before(text, m),
      );
    if (!pre) return m;
    const word = (pre[1] ?? '').toLowerCase();
    const count = word === 'year' ? 12 : word === 'quarter' ? 3 : word !== '' ? 6 : countOf(pre[2] as string);
    if (count === null || count < 1 || count > 12 || (r.year === null && r.day === null && word === 'year')) return m;
    const monthEnd = r.day !== null && r.day >= (r.month === 2 ? 28 : daysInMonth(2001, r.month));
    // The first month: the same day of the month `count` months back, or the month after it.
    const back = r.day === null || monthEnd ? count - 1 : count;
    const index = r.month - 1 - back;
    const month = (((index % 12) + 12) % 12) + 1;
    const year = r.year === null ? null : r.year + Math.floor(index / 12);
    const day = r.day === null ? null : monthEnd ? 1 : r.day + 1;
    const from: Reading = { ...r, year, month, day, weekday: null, yearHint: year === null ? r.yearHint : 'stated' };
    return {
      ...m,
      start: m.start - pre[0].length,
      reading: { kind: 'range', from, to: r, endStated: true },
      source: count === 12 ? 'twelve months to a month' : 'months to a date',
    };
  });
}

/** "the weekend of August 10". */
function weekends(text: string, list: Mention[]): Mention[] {
  return list.map((m) => {
    const pre = /(?:on\s+)?the\s+weekend\s+of\s+$/i.exec(before(text, m));
    return pre && m.reading.kind === 'calendar' && m.reading.day !== null
      ? { ...m, start: m.start - pre[0].length, reading: { kind: 'weekend', of: m.reading } }
      : m;
  });
}

/** "in the week of 3 May", "the week beginning 3 May", "en la semana del 1 de enero". */
function weeks(text: string, list: Mention[]): Mention[] {
  return list.map((m) => {
    const pre =
      /(?:(?:in|during|over)\s+)?the\s+week\s+(of|beginning|starting|commencing)\s+$|(?:(?:en|durante)\s+)?la\s+semana\s+(?:del|de)\s+(?:el\s+)?$/iu.exec(
        before(text, m),
      );
    return pre && m.reading.kind === 'calendar' && m.reading.day !== null
      ? {
          ...m,
          start: m.start - pre[0].length,
          reading: { kind: 'week', of: m.reading, beginning: pre[1] !== undefined && pre[1].toLowerCase() !== 'of' },
        }
      : m;
  });
}

/**
 * "Este año, el gobernador ordenó el 26 de febrero", "That year, she resigned on 4 April": a
 * year named before a date without one in the same sentence only gives that date its year.
 */
function yearFrames(text: string, list: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const a = list[i] as Mention;
    const b = list[i + 1];
    const r = a.reading;
    const hint: YearHint | null =
      r.kind === 'deictic' && r.unit === 'year' && r.order === undefined
        ? r.shift === 0
          ? 'this'
          : r.shift === -1
            ? 'last-year'
            : r.shift === 1
              ? 'next-year'
              : null
        : r.kind === 'relative-unit' && r.unit === 'year' && r.shift === 0 && r.order === null && r.part === null
          ? 'that'
          : null;
    if (
      hint !== null &&
      b !== undefined &&
      yearless(b.reading) &&
      ownYearWords(b.reading) === null &&
      b.start - a.end <= 150 &&
      !/[.;!?]/.test(text.slice(a.end, b.start))
    ) {
      out.push({ ...b, reading: withHint(b.reading, hint) });
      i += 1;
      continue;
    }
    out.push(a);
  }
  return out;
}

export { yearFrames, yearWords, ranges, bareStarts, weekends, weeks, yearsTo };
