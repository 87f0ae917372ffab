import { B, E, scan, yearOf } from './scan.ts';
import {
  MONTH_PATTERN,
  ORDINAL_PATTERN,
  SEASON_PATTERN,
  monthNumber,
  ordinalOf,
  seasonOf,
  weekdayNumber,
  type Lang,
} from './lexicon.ts';
import { calendarReading, type Mention, type Reading, type YearHint } from './reading.ts';
import { firstPlace } from './hemisphere.ts';
import { earlyYears } from './earlyYears.ts';
import { fiscalMentions } from './fiscalPeriods.ts';

/** What ends a clause, for the place a season's own clause names. */
const CLAUSE_ENDS = ['.', '!', '?', ';', ',', '\n'];

/**
 * Years, decades, seasons, quarters and halves: the periods chrono-node does not read.
 */

const Y = '((?:19|20)\\d\\d)';

/** Words after a four-digit number that show it counts something ("2000 homes"), so is no year. */
const COUNTED =
  'people|persons|homes|houses|households|cases|patients|residents|families|workers|jobs|votes|units|tonnes|tons|metres|meters|miles|km|kilometres|dollars|euros|pesos|pounds|members|students|children|signatures|personas|casos|viviendas|hogares|familias|trabajadores|votos|pacientes|euros|dólares|metros|kilómetros';

const mention = (m: RegExpExecArray, reading: Reading, source: string, from = 0): Mention => ({
  start: m.index + from,
  end: m.index + m[0].length,
  reading,
  source,
});

function hintOf(word: string | undefined, year: number | null): YearHint {
  if (year !== null) return 'stated';
  const w = (word ?? '').toLowerCase();
  if (w === 'this' || w === 'esta' || w === 'este') return 'this';
  if (w === 'last' || w.startsWith('pasad')) return 'last';
  if (w === 'next' || /^(?:the|this)\s+coming$/.test(w) || w.startsWith('próxim') || w === 'que viene') return 'next';
  if (/^(?:the\s+)?(?:previous|preceding|prior)$|^anterior$/.test(w)) return 'previous';
  if (/^(?:the\s+)?(?:following|next)$|^siguiente$/.test(w)) return 'following';
  if (/^(?:that|ese|esa|aquel|aquella)$/.test(w)) return 'that';
  return 'narrative';
}

function years(text: string): Mention[] {
  const re = new RegExp(
    `${B}(?<![$£€#/.,:\\d]|\\d[.,]|No\\. |n\\.º )${Y}(?!\\s*(?:%|per ?cent|por ciento)|-year|[.,]\\d|\\s+(?:${COUNTED})${E})${E}`,
    'iu',
  );
  return scan(text, re, (m) => {
    const year = yearOf(m[1]);
    return year === null
      ? null
      : mention(m, { kind: 'calendar', year, month: null, day: null, weekday: null, yearHint: 'stated' }, 'a year');
  });
}

function yearRanges(text: string): Mention[] {
  const re = new RegExp(`${B}${Y}\\s*[–-]\\s*((?:19|20)?\\d\\d)${E}`, 'u');
  return scan(text, re, (m) => {
    const from = yearOf(m[1]);
    const end = m[2] as string;
    const to = from === null ? null : yearOf(end.length === 2 ? `${String(from).slice(0, 2)}${end}` : end);
    if (from === null || to === null || to <= from) return null;
    const year = (y: number): Reading => ({
      kind: 'calendar',
      year: y,
      month: null,
      day: null,
      weekday: null,
      yearHint: 'stated',
    });
    return mention(m, { kind: 'range', from: year(from), to: year(to) }, 'a range of years');
  });
}

function decades(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(`${B}(?:the\\s+)?((?:19|20)\\d0)['’]?s${E}`, 'iu')
      : new RegExp(`${B}(?:los\\s+años|la\\s+década\\s+de(?:\\s+los)?)\\s+((?:19|20)\\d0)${E}`, 'iu');
  return scan(text, re, (m) => mention(m, { kind: 'decade', decade: Number(m[1]) }, 'a decade'));
}

/**
 * "the summer of 2015", "last spring", "el invierno pasado", "el pasado verano"; a season without a year before "of", "in" or "from" and
 * no year is no date ("the summer of discontent"), while one with its year is read whatever follows it ("in the
 * summer of 2015 of a fever").
 */
function seasons(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:(this|last|next|(?:the|this)\\s+coming|the\\s+(?:previous|preceding|prior|following|next)|that|the|in|by|until|since|during)\\s+)?(${SEASON_PATTERN})${E}(?:\\s+(?:of\\s+)?${Y}${E}|(?!\\s+(?:of|in|from)\\s+(?!(?:19|20)\\d\\d)))`,
          'iu',
        )
      : new RegExp(
          `${B}(?:(esta|este|esa|ese|aquella|aquel|la|el|en|durante|desde|hasta)(?:\\s+mism[oa])?\\s+)?(?:(pasad[oa]|próxim[oa])\\s+)?(${SEASON_PATTERN})${E}(?:\\s+(pasad[oa]|próxim[oa]|que viene|anterior|siguiente))?(?:\\s+(?:de|del)\\s+${Y}${E})?`,
          'iu',
        );
  const story = firstPlace(text, lang) === 'south';
  // A season's clause that names a place is told there ("toured England in the summer of 2023").
  const south = (at: number) => {
    const start = Math.max(...CLAUSE_ENDS.map((c) => text.lastIndexOf(c, at - 1))) + 1;
    const ends = CLAUSE_ENDS.map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
    const own = firstPlace(text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length), lang);
    return (own === null ? story : own === 'south') ? { southern: true } : {};
  };
  return scan(text, re, (m) => {
    // Spanish puts "pasado" or "próximo" after the season or, after its article, before it ("el pasado verano").
    const name = (lang === 'en' ? m[2] : m[3]) as string;
    const season = seasonOf(name);
    const yearText = lang === 'en' ? m[3] : m[5];
    const year = yearOf(yearText);
    if (!season || (m[1] === undefined && year === null)) return null;
    if (lang === 'es' && m[2] !== undefined && !/^(?:el|la)$/iu.test(m[1] ?? '')) return null;
    if (lang === 'es' && season === 'spring' && /^[A-Z]/.test(name) && m[1] === undefined) return null;
    const hintWord = lang === 'en' ? m[1] : (m[4] ?? m[2] ?? m[1]);
    const keepsPrefix = /^(this|last|next|the|that|esta|este|esa|ese|aquella|aquel|la|el)$|^(?:the|this)\s/i.test(
      m[1] ?? '',
    );
    const from = m[1] !== undefined && !keepsPrefix ? m[1].length + 1 : 0;
    const reading: Reading = { kind: 'season', season, year, yearHint: hintOf(hintWord, year), ...south(m.index) };
    return mention(m, reading, 'a season', from);
  });
}

const FISCAL_BEFORE = /(?:fiscal|financial)\s+$/iu;

/** "the second quarter", "Q3 2024": calendar quarters ("its fiscal fourth quarter" is none: its year's months are unknown). */
function quarters(text: string, lang: Lang): Mention[] {
  const words =
    lang === 'en'
      ? new RegExp(`${B}(?:the\\s+)?(${ORDINAL_PATTERN})\\s+quarter${E}(?:\\s+of)?(?:\\s+${Y}${E})?`, 'iu')
      : new RegExp(`${B}(?:el\\s+)?(${ORDINAL_PATTERN})\\s+trimestre${E}(?:\\s+(?:de|del)\\s+${Y}${E})?`, 'iu');
  const read = (q: number | null, y: string | undefined) => {
    const year = yearOf(y);
    return q !== null && q >= 1 && q <= 4
      ? ({ kind: 'quarter', quarter: q, year, yearHint: hintOf(undefined, year) } as const)
      : null;
  };
  const out = scan(text, words, (m) => {
    // Checked on the few characters before the match: a lookbehind with an open count of spaces
    // costs the square of a long run of blank lines.
    if (FISCAL_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    const reading = read(ordinalOf(m[1] as string), m[2]);
    return reading ? mention(m, reading, 'a quarter') : null;
  });
  // "the last quarter of 2023", "el último trimestre de 2023": the fourth; with its year only, as
  // "last quarter" alone counts back from the publication.
  const last =
    lang === 'en'
      ? new RegExp(`${B}(?:the\\s+)?(?:last|final)\\s+quarter\\s+of\\s+${Y}${E}`, 'iu')
      : new RegExp(`${B}(?:el\\s+)?(?:último|ultimo)\\s+trimestre\\s+(?:de|del)\\s+${Y}${E}`, 'iu');
  out.push(
    ...scan(text, last, (m) => {
      const reading = read(4, m[1]);
      return reading ? mention(m, reading, 'a quarter') : null;
    }),
  );
  out.push(
    ...scan(text, new RegExp(`${B}Q([1-4])[\\s-]*${Y}${E}`, 'u'), (m) => {
      const reading = read(Number(m[1]), m[2]);
      return reading ? mention(m, reading, 'a quarter') : null;
    }),
  );
  return out;
}

function halves(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(`${B}(?:the\\s+)?(first|second)\\s+half\\s+of\\s+${Y}${E}|${B}H([12])[\\s-]*${Y}${E}`, 'iu')
      : new RegExp(
          `${B}(?:el\\s+)?(primer|segundo)\\s+semestre${E}(?:\\s+(?:de|del)\\s+${Y}${E})?|${B}(?:la\\s+)?(primera|segunda)\\s+mitad\\s+(?:de|del)\\s+${Y}${E}`,
          'iu',
        );
  return scan(text, re, (m) => {
    const word = m[1] ?? m[3];
    const half = word !== undefined ? ordinalOf(word) : null;
    const year = yearOf(m[2] ?? m[4]);
    const h = half ?? (m[3] !== undefined && /^\d$/.test(m[3]) ? Number(m[3]) : null);
    if (h === null) return null;
    return mention(m, { kind: 'half', half: h, year, yearHint: hintOf(undefined, year) }, 'a half-year');
  });
}

/**
 * A month, with or without its year ("in late May", "June 2023"), where chrono-node merges it into
 * something else. "May" counts as the month only after a preposition or before a year.
 */
function months(text: string, lang: Lang): Mention[] {
  if (lang !== 'en') return [];
  const re = new RegExp(
    `${B}(?:(?<lead>in|of|since|by|until|before|after|during|through|from|to|early|late|mid-|last|next|this)\\s*)?(?<m>${MONTH_PATTERN.en})(?![\\p{L}])(?:,?\\s+${Y}${E})?(?![\\s.]*\\d)`,
    'u',
  );
  return scan(text, re, (m) => {
    const month = monthNumber(m.groups?.m ?? '');
    const year = yearOf(m[3]);
    if (month === null || (month === 5 && !m.groups?.lead && year === null)) return null;
    // "April Jones said": a month name before a capitalised word that is not a year is a name.
    const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
    if (year === null && next !== undefined && monthNumber(next) === null && weekdayNumber(next) === null) return null;
    const from = m.groups?.lead ? m[0].indexOf(m.groups.m as string) : 0;
    return mention(m, calendarReading(year, month, null), 'a month', from);
  });
}

/** The periods a text names, in either language. */
export function periodMentions(text: string, lang: Lang): Mention[] {
  return [
    ...years(text),
    ...earlyYears(text),
    ...months(text, lang),
    ...yearRanges(text),
    ...decades(text, lang),
    ...seasons(text, lang),
    ...quarters(text, lang),
    ...halves(text, lang),
    ...(lang === 'en' ? fiscalMentions(text) : []),
  ];
}
