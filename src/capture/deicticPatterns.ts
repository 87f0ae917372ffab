import { B, E, scan } from './scan.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, unitOf, weekdayNumber, type Lang } from './lexicon.ts';
import { OFFSET_PATTERN, offsetOf } from './offsetWords.ts';
import type { Mention, Part, Reading } from './reading.ts';

/** Phrases counted from the publication: "yesterday", "last week", "this year", "on Tuesday", "three years ago". */

const mention = (m: RegExpExecArray, reading: Reading, source: string): Mention => ({
  start: m.index,
  end: m.index + m[0].length,
  reading,
  source,
});

const SHIFT: Record<string, number> = {
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  tomorrow: 1,
  ayer: -1,
  anteayer: -2,
  antier: -2,
  anoche: -1,
  hoy: 0,
  mañana: 1,
};

function days(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? /(?<![\p{L}\p{N}])(yesterday|last night|today|tonight|this (?:morning|afternoon|evening)|tomorrow)(?![\p{L}\p{N}'’])/iu
      : /(?<![\p{L}\p{N}])(?<!(?:la|esta|una|por la|de la|cada|media)\s)(ayer|anteayer|antier|anoche|hoy|mañana)(?![\p{L}\p{N}])/iu;
  const days = scan(text, re, (m) => {
    const shift = SHIFT[(m[1] as string).toLowerCase()];
    return shift === undefined
      ? null
      : mention(m, { kind: 'deictic', unit: 'day', shift }, 'a day counted from the publication');
  });
  // "Overnight, the agency published …", "the river rose overnight.": the adverb, not "an overnight stay".
  const night = new RegExp(`${B}overnight(?=\\s*[,.;:]|\\s+(?:as|when|while|and)${E})`, 'iu');
  if (lang === 'en')
    days.push(...scan(text, night, (m) => mention(m, { kind: 'deictic', unit: 'night', shift: -1 }, 'a night')));
  return days;
}

const UNIT: Record<string, 'week' | 'month' | 'year'> = {
  week: 'week',
  month: 'month',
  year: 'year',
  semana: 'week',
  mes: 'month',
  año: 'year',
};

/** "a finales del año pasado": after a part word, the unit follows "del" without its article (bounded spaces keep the look-behind linear). */
const PART_OF =
  '(?<=(?:principios|comienzos|inicios|mediados|finales|fines|principio|inicio|comienzo|final|fin|mitad)\\s{1,3}del\\s{1,3})';

/** "del año pasado" after no part word ("a finales del año pasado" is read through PART_OF). */
const NOT_AFTER_PART =
  '(?<!(?:principios|comienzos|inicios|mediados|finales|fines|principio|inicio|comienzo|final|fin|mitad)\\s{1,3})';

function units(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(`${B}(this|last|next|the\\s+coming|this\\s+coming|the\\s+new)\\s+(week|month|year)${E}`, 'iu')
      : new RegExp(
          `${B}(?:(esta|este)\\s+(semana|mes|año)|(?:(?:la|el|${NOT_AFTER_PART}del)\\s+|${PART_OF})(semana|mes|año)\\s+(pasad[oa]|próxim[oa]|que viene|entrante)|(?:(?:la|el)\\s+|${PART_OF})(próxim[oa])\\s+(semana|mes|año))${E}`,
          'iu',
        );
  return scan(text, re, (m) => {
    const [word, unitWord] = lang === 'en' ? [m[1], m[2]] : m[1] ? [m[1], m[2]] : m[3] ? [m[4], m[3]] : [m[5], m[6]];
    const unit = UNIT[(unitWord ?? '').toLowerCase()];
    const w = (word ?? '').toLowerCase();
    // "the coming month", "in the new year": the one after the publication's, as "next month" is ("the New
    // Year", capitalised, is the holiday).
    if (/new$/iu.test(word ?? '') && !/new$/u.test(word ?? '')) return null;
    const shift = /^(this|esta|este)$/.test(w) ? 0 : /^(last|pasad)/.test(w) ? -1 : 1;
    return unit ? mention(m, { kind: 'deictic', unit, shift }, `a ${unit} counted from the publication`) : null;
  });
}

const PART_WORDS: Record<string, Part> = {
  beginning: 'early',
  start: 'early',
  middle: 'mid',
  end: 'late',
  principio: 'early',
  inicio: 'early',
  comienzo: 'early',
  mitad: 'mid',
  final: 'late',
  fin: 'late',
};

/**
 * "earlier this year", "later this month", "so far this year", "en lo que va del año" (in Colombia "en lo corrido
 * del año"), "over the weekend", "at the weekend" (British for "over the weekend"), "el fin de semana pasado".
 */
function ordered(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:(?<order>earlier|later|so\\s+far)\\s+(?:this|today|tonight)(?:\\s+(?<u>week|month|year))?|(?<w>this|last|next|over\\s+the|at\\s+the|this\\s+past|the\\s+past)\\s+weekend)${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:(?<order>en\\s+lo\\s+(?:que\\s+va|corrido)|más\\s+adelante|más\\s+tarde)\\s+(?:(?:de(?:l)?|en)\\s+)?(?:(?:este|esta)\\s+)?(?<u>semana|mes|año)|(?:el\\s+)?fin\\s+de\\s+semana(?:\\s+(?<w>pasado|próximo))?)${E}`,
          'iu',
        );
  return scan(text, re, (m) => {
    const g = m.groups ?? {};
    if (g.order !== undefined) {
      const unit = UNIT[(g.u ?? '').toLowerCase()] ?? 'day';
      // "earlier this year", "later this month" name the unit and no more of it, as "earlier that month"
      // does; "so far this year", "en lo que va del año", "en lo corrido del año" run to the publication.
      if (!/^(?:en\s+lo\s+(?:que\s+va|corrido)|so\s+far)/i.test(g.order))
        return mention(m, { kind: 'deictic', unit, shift: 0 }, `this ${unit}`);
      return mention(m, { kind: 'deictic', unit, shift: 0, order: 'before' }, `part of this ${unit}`);
    }
    if (lang === 'es' && !/fin\s+de\s+semana/i.test(m[0])) return null;
    const w = (g.w ?? '').toLowerCase();
    const shift = /next|próximo/.test(w) ? 1 : /^this$/.test(w) ? 0 : -1;
    return mention(m, { kind: 'deictic', unit: 'weekend', shift }, 'a weekend counted from the publication');
  });
}

/** "antes de fin de mes", "para finales de año", "hacia fin de año": the words that let a bare month or year be the current one. */
const BARE_UNIT_LEAD = /(?:^|[^\p{L}])(?:antes\s+del?|para|hacia|hasta|desde|de\s+aquí\s+a)\s+$/iu;

/** "the end of the year", "early this month", "a finales de este año": a part of the publication's year or month. */
function unitParts(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:(?:the\\s+)?(?<w>beginning|start|middle|end)\\s+of\\s+(?:the|this)|(?<p>early|mid|late)(?:-|\\s+)(?:in\\s+)?this)\\s+(?<u>year|month)${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:a\\s+|al\\s+)?(?:(?<p>principios|comienzos|inicios|mediados|finales|fines)\\s+de|(?:el\\s+)?(?<w>principio|inicio|comienzo|final|fin)\\s+de)\\s+(?:(?<this>este|esta)\\s+)?(?<u>año|mes)${E}(?!\\s+(?:pasad|próxim|anterior|siguiente|que\\s+viene|entrante|\\d)|\\s+de\\s+\\d)`,
          'iu',
        );
  const SPANISH: Record<string, Part> = {
    principios: 'early',
    comienzos: 'early',
    inicios: 'early',
    mediados: 'mid',
    finales: 'late',
    fines: 'late',
  };
  const decade =
    lang === 'en'
      ? new RegExp(
          `${B}(?:(?:the\\s+)?(?<w>beginning|start|middle|end)\\s+of\\s+the|(?<p>early|late)\\s+in\\s+the)\\s+decade${E}(?!\\s+(?:of|before|after)${E})`,
          'iu',
        )
      : new RegExp(
          `${B}(?:a\\s+|al\\s+)?(?:(?<p>principios|comienzos|inicios|mediados|finales|fines)\\s+de|(?:el\\s+)?(?<w>principio|inicio|comienzo|final|fin)\\s+de)\\s+(?:esta|la)\\s+década${E}(?!\\s+(?:de|del|pasada|anterior)${E})`,
          'iu',
        );
  const decades = scan(text, decade, (m) => {
    const g = m.groups ?? {};
    const word = (g.w ?? g.p ?? '').toLowerCase();
    const part = PART_WORDS[word] ?? SPANISH[word] ?? (word === 'early' || word === 'late' ? word : null);
    if (!part) return null;
    return mention(m, { kind: 'part', part, of: { kind: 'deictic', unit: 'decade', shift: 0 } }, 'part of this decade');
  });
  return scan(text, re, (m) => {
    const g = m.groups ?? {};
    const word = (g.w ?? g.p ?? '').toLowerCase();
    const part =
      PART_WORDS[word] ?? SPANISH[word] ?? (word === 'early' || word === 'mid' || word === 'late' ? word : null);
    const unit = UNIT[(g.u ?? '').toLowerCase()];
    if (!part || !unit) return null;
    // "antes de fin de mes", "a finales de año": without "este", the bare unit is the current one only
    // after a word that places an event in it ("las fiestas de fin de año" name a season, not a date).
    if (
      lang === 'es' &&
      g.this === undefined &&
      !/^al?\s/iu.test(m[0]) &&
      !BARE_UNIT_LEAD.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      return null;
    return mention(m, { kind: 'part', part, of: { kind: 'deictic', unit, shift: 0 } }, `part of this ${unit}`);
  }).concat(decades);
}

/** A day and month right after a Spanish weekday: "(la madrugada del domingo) 9 de junio". */
const ES_FULL_DATE_AFTER = new RegExp(`^,?\\s+(?:\\d{1,2}|primero)\\s+de\\s+(?:${MONTH_PATTERN.es})${E}`, 'iu');

/**
 * A weekday alone, or with the day of an unnamed month ("Tuesday the 3rd"); "by Friday", "until Monday" leave their bound word to openBounds. "El último
 * lunes", "el martes último" say the latest one, as "el pasado lunes" does.
 */
function weekdays(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:(on|last|next|this|early|late|(?:on\\s+)?the(?=\\s+\\p{L}+(?:\\s+(?:morning|afternoon|evening|night))?(?:[^\\p{L}\\s]|\\s*$|\\s+(?:it|he|she|they|we|you|I|and|but|or|when|while|then|there|was|were|is|are|had|has|would|will|could|did)(?![\\p{L}]))))\\s+)?(${WEEKDAY_PATTERN[lang]})(?:\\s+(morning|afternoon|evening|night))?${E}(?:,?\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)${E}(?!\\s+(?:of\\s+)?(?:${MONTH_PATTERN.en})${E}))?`,
          'u',
        )
      : new RegExp(
          `${B}(?:(el\\s+pasado|el\\s+último|el\\s+próximo|el|este|esta|la\\s+(?:noche|tarde|mañana|madrugada)\\s+del)\\s+)?(${WEEKDAY_PATTERN[lang]})${E}(?:\\s+(pasado|último|próximo))?(?:\\s+(\\d{1,2})(?=\\s*(?:[,.;:)"”»\\n]|$)|\\s+(?:en|a|al|y|e|o|u|que|cuando|por|para|con|desde|hasta|ante|tras|entre|se|no|ya)\\s))?`,
          'iu',
        );
  return scan(text, re, (m) => {
    const weekday = weekdayNumber(m[2] as string);
    if (weekday === null) return null;
    // "el miércoles 18", "miércoles 19": a Spanish weekday needs its article unless a day follows it,
    // and one that opens a full date ("domingo 9 de junio") is that date's, read with its month.
    if (lang === 'es' && m[1] === undefined && m[4] === undefined) return null;
    if (lang === 'es' && ES_FULL_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
      return null;
    // "el último lunes de marzo" is the month's last Monday, not the latest Monday.
    if (/último/iu.test(m[1] ?? '') && /^\s+del?\s/iu.test(text.slice(m.index + m[0].length))) return null;

    const w = `${m[1] ?? ''} ${lang === 'es' ? (m[3] ?? '') : ''}`.toLowerCase();
    // "until the Monday", "by the Friday": the story's next such day, not the publication's.
    const lean = /(?:^|\s)the(?:\s|$)/.test(w.trim())
      ? 'story'
      : /last|pasado|último/.test(w)
        ? 'last'
        : /next|próximo/.test(w)
          ? 'next'
          : /this|este|esta/.test(w)
            ? 'this'
            : 'none';
    // "Tuesday the 3rd": the weekday and the day of a month the text does not name.
    const dayOfMonth = m[4] !== undefined ? Number(m[4]) : null;
    if (dayOfMonth !== null && (dayOfMonth < 1 || dayOfMonth > 31)) return null;
    return mention(m, { kind: 'weekday', weekday, lean, ...(dayOfMonth ? { dayOfMonth } : {}) }, 'a weekday');
  });
}

function ago(text: string, lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? new RegExp(`${B}${OFFSET_PATTERN}\\s+ago${E}`, 'iu')
      : new RegExp(`${B}hace\\s+${OFFSET_PATTERN}${E}`, 'iu');
  const couple =
    lang === 'en'
      ? new RegExp(`${B}a\\s+couple\\s+of\\s+(days|weeks|months|years)\\s+ago${E}`, 'iu')
      : new RegExp(`${B}hace\\s+un\\s+par\\s+de\\s+(días|semanas|meses|años)${E}`, 'iu');
  return [
    ...scan(text, re, (m) => {
      const offset = offsetOf(m.groups);
      return offset ? mention(m, { kind: 'ago', offset }, 'an offset back from the publication') : null;
    }),
    // "a couple of weeks ago": about two, never exactly two.
    ...scan(text, couple, (m) => {
      const unit = unitOf(m[1] as string);
      return unit
        ? mention(m, { kind: 'ago', offset: { kind: 'about', count: 2, unit } }, 'an offset back from the publication')
        : null;
    }),
  ];
}

/** The phrases of `text` counted from the publication date. */
export function deicticMentions(text: string, lang: Lang): Mention[] {
  return [
    ...days(text, lang),
    ...units(text, lang),
    ...unitParts(text, lang),
    ...ordered(text, lang),
    ...weekdays(text, lang),
    ...ago(text, lang),
  ];
}
