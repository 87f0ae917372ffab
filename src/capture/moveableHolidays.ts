import { MONTH_PATTERN, WEEKDAY_PATTERN, weekdayNumber, type Lang } from './lexicon.ts';
import { DEADLINE, yearAfter } from './holidayPatterns.ts';
import type { Mention } from './reading.ts';
import { ruleWeekday, type RuleAround, type RuleBase, type RuleDay } from './ruleDays.ts';
import { B, E, scan, yearOf } from './scan.ts';

/**
 * Holidays whose day moves from year to year, read by their calendar rule (`ruleDays.ts`): the days
 * counted from Western Easter ("Good Friday", "Semana Santa"), the United States' holidays on the
 * nth weekday of a month ("Thanksgiving", "Labor Day"; Canada's where the text names Canada and not
 * the United States), Eid and the Lunar New Year by the Islamic and Chinese calendars, and Diwali
 * as October–November; with a day, week, weekend or weekday counted from one ("the Friday after
 * Thanksgiving", "la semana posterior a la Semana Santa"). A holiday with its date written beside it
 * ("Carnival Saturday, February 6", "before Eid-ul-Azha in May") is dated by that date.
 */

type Row = readonly [words: string, name: string, how: string, base: RuleBase, from: number, to: number];

const EASTER: RuleBase = { kind: 'easter' };
const WESTERN = 'Western Easter Sunday, by the Gregorian computus';
const days = (n: number) => `${Math.abs(n)} day${Math.abs(n) === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'}`;
const easter = (words: string, name: string, from: number, to = from): Row => {
  const at = (n: number) => (n === 0 ? WESTERN : `${days(n)} ${WESTERN}`);
  const how = from === to ? at(from) : `from ${at(from)} to ${to === 0 ? 'Easter Sunday' : `${days(to)} it`}`;
  return [words, name, how, EASTER, from, to];
};
const nth = (month: number, weekday: number, n: number): RuleBase => ({ kind: 'nth', month, weekday, nth: n });
const US = (words: string, name: string, how: string, base: RuleBase): Row => [words, name, how, base, 0, 0];

const ISLAMIC = (month: number, day: number): RuleBase => ({
  kind: 'calendar',
  calendar: 'islamic-umalqura',
  month,
  day,
});
const CHINESE_NEW_YEAR: RuleBase = { kind: 'calendar', calendar: 'chinese', month: 1, day: 1 };
const EID_FITR = 'Eid\\s*(?:[-\\s]+(?:al|ul|el)[-\\s]*|\\s+)Fitr|Hari\\s+Raya\\s+(?:Aidilfitri|Puasa)';
const EID_ADHA = 'Eid\\s*(?:[-\\s]+(?:al|ul|el)[-\\s]*|\\s+)(?:Adha|Azha)|Bakr[ie]?[-\\s]?Eid|Hari\\s+Raya\\s+Haji';
/** Eid is kept a day either side of the Umm al-Qura date, as countries that sight the moon keep it. */
const lunar: Row[] = [
  [EID_FITR, 'Eid al-Fitr', '1 Shawwal on the Umm al-Qura calendar, a day either side', ISLAMIC(10, 1), -1, 1],
  [EID_ADHA, 'Eid al-Adha', '10 Dhu al-Hijjah on the Umm al-Qura calendar, a day either side', ISLAMIC(12, 10), -1, 1],
  [
    'Ramad[aá]n',
    'Ramadan',
    'the month of Ramadan on the Umm al-Qura calendar, a day either side',
    ISLAMIC(9, 1),
    -1,
    30,
  ],
  ['Diwali|Deepavali', 'Diwali', 'it falls in October or November', { kind: 'months', from: 10, to: 11 }, 0, 0],
];

const ROWS: Record<Lang, Row[]> = {
  en: [
    easter('Easter\\s+(?:Sunday|Day)', 'Easter Sunday', 0),
    easter('Easter\\s+Monday', 'Easter Monday', 1),
    easter('(?:Holy|Easter)\\s+Saturday', 'Holy Saturday', -1),
    easter('Good\\s+Friday', 'Good Friday', -2),
    easter('(?:Maundy|Holy)\\s+Thursday', 'Maundy Thursday', -3),
    easter('Palm\\s+Sunday', 'Palm Sunday', -7),
    easter('Ash\\s+Wednesday', 'Ash Wednesday', -46),
    easter('(?:Shrove|Pancake|Carnival)\\s+Tuesday|Pancake\\s+Day', 'Shrove Tuesday', -47),
    easter('Carnival\\s+Monday', 'Carnival Monday', -48),
    easter('Ascension\\s+(?:Day|Thursday)', 'Ascension Day', 39),
    easter('(?:Whit|Pentecost)\\s+Sunday|Whitsunday|Pentecost', 'Pentecost', 49),
    easter('Whit\\s*Monday', 'Whit Monday', 50),
    easter(
      '(?:the\\s+[Ff]east\\s+of\\s+)Corpus\\s+Christi|Corpus\\s+Christi\\s+(?:Day|Thursday)',
      'Corpus Christi',
      60,
    ),
    easter('Holy\\s+Week', 'Holy Week', -7, 0),
    easter('Easter\\s+weekend', 'the Easter weekend', -2, 1),
    US(
      'Thanksgiving(?:\\s+Day)?',
      'Thanksgiving',
      'the fourth Thursday of November, in the United States',
      nth(11, 3, 4),
    ),
    US('Memorial\\s+Day', 'Memorial Day', 'the last Monday of May, in the United States', nth(5, 0, -1)),
    US('Labor\\s+Day', 'Labor Day', 'the first Monday of September, in the United States', nth(9, 0, 1)),
    US(
      '(?:Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?|MLK)\\s+Day',
      'Martin Luther King Jr. Day',
      'the third Monday of January, in the United States',
      nth(1, 0, 3),
    ),
    US("Presidents['’]?\\s+Day", "Presidents' Day", 'the third Monday of February, in the United States', nth(2, 0, 3)),
    US('Columbus\\s+Day', 'Columbus Day', 'the second Monday of October, in the United States', nth(10, 0, 2)),
    [
      '(?:Lunar|Chinese)\\s+New\\s+Year',
      'the Lunar New Year',
      'the first day of the Chinese calendar',
      CHINESE_NEW_YEAR,
      0,
      0,
    ],
    ...lunar,
  ],
  es: [
    easter('Domingo\\s+de\\s+(?:Resurrecci[oó]n|Pascuas?|Gloria)', 'Easter Sunday', 0),
    easter('Lunes\\s+de\\s+Pascuas?', 'Easter Monday', 1),
    easter('S[aá]bado\\s+(?:Santo|de\\s+Gloria)', 'Holy Saturday', -1),
    easter('Viernes\\s+Santo', 'Good Friday', -2),
    easter('Jueves\\s+Santo', 'Maundy Thursday', -3),
    easter('Domingo\\s+de\\s+Ramos', 'Palm Sunday', -7),
    easter('Mi[eé]rcoles\\s+de\\s+Ceniza', 'Ash Wednesday', -46),
    easter('Martes\\s+de\\s+Carnaval', 'Shrove Tuesday', -47),
    easter('Lunes\\s+de\\s+Carnaval', 'Carnival Monday', -48),
    easter('(?:Domingo\\s+de\\s+)?Pentecost[eé]s', 'Pentecost', 49),
    easter('(?:jueves|d[ií]a|fiesta)\\s+de(?:l)?\\s+Corpus(?:\\s+Christi)?', 'Corpus Christi', 60),
    easter('Semana\\s+(?:Santa|Mayor|de\\s+Turismo)', 'Holy Week', -7, 0),
    US(
      'D[ií]a\\s+de\\s+Acci[oó]n\\s+de\\s+Gracias',
      'Thanksgiving',
      'the fourth Thursday of November, in the United States',
      nth(11, 3, 4),
    ),
    [
      'A[ñn]o\\s+Nuevo\\s+(?:Chino|Lunar)',
      'the Lunar New Year',
      'the first day of the Chinese calendar',
      CHINESE_NEW_YEAR,
      0,
      0,
    ],
    ...lunar,
  ],
};

/** Canada's Thanksgiving, and Labour Day in Canada (the United States' day) and New Zealand. */
const CANADA =
  /(?<![\p{L}])(?:Canada|Ontario|Quebec|Québec|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia|British\s+Columbia|Toronto|Montreal|Vancouver|Ottawa)(?![\p{L}])/u;
const UNITED_STATES = /(?<![\p{L}])(?:United\s+States|U\.S\.|US|USA|America|American|Americans)(?![\p{L}])/u;
const NEW_ZEALAND = /(?<![\p{L}])(?:New\s+Zealand|Aotearoa|Auckland|Wellington|Christchurch)(?![\p{L}])/u;

/** The rows of `lang` for this text: Canada's Thanksgiving where the text names Canada and not the United States; Labour Day where it names Canada or New Zealand. */
function rowsFor(text: string, lang: Lang): Row[] {
  const canadian = CANADA.test(text) && !UNITED_STATES.test(text);
  const rows = ROWS[lang].map((row): Row =>
    canadian && row[1] === 'Thanksgiving'
      ? [row[0], 'Thanksgiving', 'the second Monday of October, in Canada', nth(10, 0, 2), 0, 0]
      : row,
  );
  if (lang === 'en' && CANADA.test(text) && !NEW_ZEALAND.test(text))
    rows.push(['Labour\\s+Day', 'Labour Day', 'the first Monday of September, in Canada', nth(9, 0, 1), 0, 0]);
  if (lang === 'en' && NEW_ZEALAND.test(text) && !CANADA.test(text))
    rows.push(['Labour\\s+Day', 'Labour Day', 'the fourth Monday of October, in New Zealand', nth(10, 0, 4), 0, 0]);
  return rows;
}

const AROUND: Record<Lang, string> = {
  en: `(?:the\\s+)?(?<what>day|week|weekend|${WEEKDAY_PATTERN.en})\\s+(?<side>after|before|following|preceding)\\s+`,
  es: `(?:el|la)\\s+(?<what>d[ií]a|semana|fin\\s+de\\s+semana|${WEEKDAY_PATTERN.es})\\s+(?:(?<side>siguiente|posterior|anterior|previo|previa)\\s+a|(?<side2>despu[eé]s|antes)\\s+de)(?:l(?=\\s))?\\s+(?:(?:la|el)\\s+)?`,
};

function around(g: Record<string, string | undefined>): RuleAround | undefined {
  const whatWord = (g.what ?? '').toLowerCase().replace(/\s+/gu, ' ');
  const sideWord = (g.side ?? g.side2 ?? '').toLowerCase();
  if (!whatWord) return undefined;
  const side = /^(?:after|following|siguiente|posterior|despu[eé]s)$/u.test(sideWord) ? 'after' : 'before';
  const what: RuleAround['what'] = /^(?:day|d[ií]a)$/u.test(whatWord)
    ? 'day'
    : /^(?:week|semana)$/u.test(whatWord)
      ? 'week'
      : /^(?:weekend|fin de semana)$/u.test(whatWord)
        ? 'weekend'
        : (weekdayNumber(whatWord) ?? 'day');
  return { side, what };
}

/** A date written right after the holiday ("Carnival Saturday, February 6", "Eid-ul-Azha in May", "Viernes Santo, 18 de abril"). */
const DATE_BESIDE: Record<Lang, RegExp> = {
  en: new RegExp(`^,?\\s+(?:(?:on|in)\\s+)?(?:the\\s+)?(?:\\d|(?:${MONTH_PATTERN.en})${E})`, 'u'),
  es: new RegExp(`^,?\\s+(?:(?:el|en|de)\\s+)?(?:\\d|(?:${MONTH_PATTERN.es})${E})`, 'iu'),
};

/** The year written beside a holiday, in a named group. */
const namedYearAfter = (lang: Lang) => yearAfter(lang).replace('((?:19|20)', '(?<year>(?:19|20)');

const mention = (start: number, end: number, year: number | null, rule: RuleDay, source: string): Mention => ({
  start,
  end,
  reading: {
    kind: 'calendar',
    year,
    month: null,
    day: null,
    weekday: ruleWeekday(rule),
    yearHint: year === null ? 'narrative' : 'stated',
    ruleDay: rule,
  },
  source,
});

const patterns = new Map<string, RegExp>();

/** The pattern of one row's words, with the day, week or weekday counted from it and the year beside it. */
function rowPattern(words: string, lang: Lang): RegExp {
  const key = `${lang} ${words}`;
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(
      `${B}(?:${AROUND[lang]})?(?<holiday>${words})${namedYearAfter(lang)}${E}`,
      lang === 'en' ? 'u' : 'iu',
    );
    patterns.set(key, re);
  }
  return re;
}

/** Any holiday's words, to pass over at once the many texts that name none. */
const ANY: Record<Lang, RegExp> = {
  en: new RegExp(`${B}(?:${[...ROWS.en.map((r) => r[0]), 'Easter', 'Labour\\s+Day'].join('|')})${E}`, 'u'),
  es: new RegExp(`${B}(?:${ROWS.es.map((r) => r[0]).join('|')})${E}`, 'iu'),
};

/** Holidays fixed by a rule in `text`, with the day or week or weekday counted from one. */
export function moveableHolidayMentions(text: string, lang: Lang): Mention[] {
  if (!ANY[lang].test(text)) return [];
  const out: Mention[] = [];
  for (const [words, name, how, base, from, to] of rowsFor(text, lang)) {
    out.push(
      ...scan(text, rowPattern(words, lang), (m) => {
        if (DATE_BESIDE[lang].test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
        const g = m.groups ?? {};
        const rule: RuleDay = { name, how, base, from, to, ...(around(g) ? { around: around(g) } : {}) };
        return mention(m.index, m.index + m[0].length, yearOf(g.year), rule, 'a holiday fixed by a calendar rule');
      }),
    );
  }
  if (lang === 'en') out.push(...easterAlone(text));
  return out;
}

/** "Easter" alone: Easter Sunday as a deadline ("by Easter"), else the Easter weekend, Good Friday to Easter Monday. */
function easterAlone(text: string): Mention[] {
  const re = new RegExp(
    `${B}Easter${yearAfter('en')}(?!\\s+(?:Sunday|Day|Monday|Saturday|weekend|Island|Rising|\\p{Lu}))${E}`,
    'u',
  );
  return scan(text, re, (m) => {
    const end = m.index + m[0].length;
    if (DATE_BESIDE.en.test(text.slice(end, end + 24))) return null;
    const deadline = DEADLINE.en.test(text.slice(Math.max(0, m.index - 30), m.index));
    const [rule] = deadline
      ? [easter('Easter', 'Easter Sunday', 0)]
      : [easter('Easter', 'the Easter weekend, Good Friday to Easter Monday', -2, 1)];
    const [, name, how, base, from, to] = rule;
    return mention(m.index, end, yearOf(m[1]), { name, how, base, from, to }, 'a holiday fixed by a calendar rule');
  });
}
