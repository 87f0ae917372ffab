import type { Lang } from './lexicon.ts';
import { before } from './mentionCombinators.ts';
import type { Mention, Part } from './reading.ts';

/** Part words folded into the date they qualify: "early 2023", "the end of March", "a finales de 2022". */

const PART_WORDS: Record<string, Part> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  'the beginning of': 'early',
  'the start of': 'early',
  'the middle of': 'mid',
  'the end of': 'late',
  'the first half of': 'first-half',
  'the second half of': 'second-half',
  'first half of': 'first-half',
  'second half of': 'second-half',
  principios: 'early',
  comienzos: 'early',
  inicios: 'early',
  principio: 'early',
  inicio: 'early',
  mediados: 'mid',
  finales: 'late',
  fines: 'late',
  final: 'late',
  'primera quincena': 'first-half',
  'segunda quincena': 'second-half',
  'primera mitad': 'first-half',
  'segunda mitad': 'second-half',
};

/**
 * "the first days of June 2023", "los últimos días de marzo": the first or last days of a month are its early
 * or late part (days 1–10, 21–end), as "early June" is.
 */
const MONTH_DAYS = {
  en: /(?:^|[^\p{L}])(the\s+(first|last|final|opening|closing)\s+days\s+of\s+)$/iu,
  es: /(?:^|[^\p{L}])(los\s+(primeros|últimos)\s+días\s+de(?:l)?\s+)$/iu,
};
const FIRST_DAYS = new Set(['first', 'opening', 'primeros']);

const OVERDUE = /(?:^|[^\p{L}])(?:paid|filed|submitted|delivered|arrived|lodged|returned|repaid|settled)\s+$/iu;

/** "early 2023", "in mid-July", "late last year", "the late 1980s", "at the end of last month", "a finales de 2022", "la segunda quincena de junio". */
export function parts(text: string, list: Mention[], lang: Lang): Mention[] {
  const re =
    lang === 'en'
      ? /(?:^|[^\p{L}])((?:early|mid|late)(?:-|\s+in\s+|\s+)|(?:the\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half)\s+of\s+(?:the\s+)?)$/iu
      : /(?:^|[^\p{L}])((?:(?:a|al)\s+)?(?:(?:principios|comienzos|inicios|principio|inicio|mediados|finales|fines|final)\s+de(?:l)?|(?:la\s+)?(?:primera|segunda)\s+(?:quincena|mitad)\s+de(?:l)?)\s+)$/iu;
  return list.map((m) => {
    const r = m.reading;
    const periodOk =
      (r.kind === 'calendar' && r.day === null) ||
      r.kind === 'decade' ||
      (r.kind === 'deictic' && (r.unit === 'year' || r.unit === 'month'));
    const days =
      r.kind === 'calendar' && r.month !== null && r.day === null ? MONTH_DAYS[lang].exec(before(text, m)) : null;
    if (days) {
      const part: Part = FIRST_DAYS.has((days[2] as string).toLowerCase()) ? 'early' : 'late';
      return { ...m, start: m.start - (days[1] as string).length, reading: { kind: 'part', part, of: r } };
    }
    const pre = periodOk ? re.exec(before(text, m)) : null;
    if (!pre) return m;
    // "Players were paid late in November": after a verb of paying, filing or arriving, "late" says
    // overdue, and the date is the month.
    if (/^late\s/iu.test(pre[1] as string) && OVERDUE.test(before(text, m).slice(0, -(pre[1] as string).length)))
      return m;
    const words = (pre[1] as string)
      .toLowerCase()
      .replace(/-/g, '')
      .replace(/\s+(in|of|de|del)\s*$/, '')
      .replace(/^(a|al)\s+/, '')
      .replace(/^la\s+/, '')
      .replace(/\s+/g, ' ')
      .trim();
    // "the end of March", "the start of last year": the words with their "of", less a closing "the".
    const full = (pre[1] as string).toLowerCase().replace(/\s+/g, ' ').trim().replace(/ the$/, '');
    const part = PART_WORDS[words] ?? PART_WORDS[`the ${words}`] ?? PART_WORDS[full] ?? PART_WORDS[`the ${full}`];
    if (!part) return m;
    // "by the late 2010s": the article before a part of a decade belongs to the phrase.
    const article =
      r.kind === 'decade'
        ? (/(?:^|[^\p{L}])(the\s+)$/iu.exec(before(text, m).slice(0, -(pre[1] as string).length))?.[1] ?? '')
        : '';
    return {
      ...m,
      start: m.start - (pre[1] as string).length - article.length,
      reading: { kind: 'part', part, of: r },
    };
  });
}
