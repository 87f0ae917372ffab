import type { Lang } from './lexicon.ts';
import { calendarReading, type Mention } from './reading.ts';
import { B, E, scan, yearOf } from './scan.ts';

/**
 * Holidays on a fixed day of the year ("Christmas Eve", "New Year's Day", "Anzac Day", "Nochebuena"): that day,
 * of the year written beside it ("Christmas 2018") or the narrative's. "Christmas" / "Navidad"
 * alone is that day only as a bound, a deadline ("by Christmas", "antes de Navidad") or a start ("since
 * Christmas", "desde Navidad"); otherwise the holidays around it, so December.
 */

const DAYS: Record<Lang, [string, number, number][]> = {
  en: [
    ['Christmas\\s+Eve', 12, 24],
    ['Christmas\\s+Day', 12, 25],
    ['Boxing\\s+Day', 12, 26],
    ["New\\s+Year['’]s\\s+Eve", 12, 31],
    ["New\\s+Year['’]s\\s+Day", 1, 1],
    ['Halloween', 10, 31],
    ["(?:St\\.?\\s+|Saint\\s+)?Valentine['’]s\\s+Day", 2, 14],
    // National days that fall on the same date every year.
    ['Anzac\\s+Day', 4, 25],
    ['Waitangi\\s+Day', 2, 6],
    ['Australia\\s+Day', 1, 26],
    ['Canada\\s+Day', 7, 1],
    ["(?:St\\.?\\s+|Saint\\s+)Patrick['’]s\\s+Day", 3, 17],
    ['(?:Guy\\s+Fawkes|Bonfire)\\s+Night', 11, 5],
    ["(?:Remembrance|Armistice|Veterans['’]?)\\s+Day", 11, 11],
    ['Juneteenth', 6, 19],
  ],
  es: [
    ['Nochebuena', 12, 24],
    ['(?:el\\s+)?día\\s+de\\s+Navidad', 12, 25],
    ['Nochevieja', 12, 31],
    ['(?:el\\s+)?día\\s+de\\s+Año\\s+Nuevo', 1, 1],
    ['(?:el\\s+)?Día\\s+de\\s+(?:los\\s+)?(?:Santos\\s+)?Reyes', 1, 6],
    ['(?:el\\s+)?Día\\s+de\\s+(?:los\\s+)?(?:Fieles\\s+Difuntos|Muertos)', 11, 2],
    ['(?:el\\s+)?(?:día\\s+de\\s+)?San\\s+Valentín', 2, 14],
    ['(?:el\\s+)?Día\\s+(?:Internacional\\s+)?de(?:l|\\s+los)\\s+(?:Trabajo|Trabajador(?:es)?)', 5, 1],
    ['(?:el\\s+)?Día\\s+de\\s+Todos\\s+los\\s+Santos', 11, 1],
  ],
};

const CHRISTMAS: Record<Lang, string> = { en: 'Christmas', es: 'Navidad' };
export const DEADLINE: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:by|before|until|till|in\s+time\s+for)\s+$/iu,
  es: /(?:^|[^\p{L}])(?:para|antes\s+de|hasta|a\s+más\s+tardar\s+en)\s+$/iu,
};

/**
 * The year written beside a holiday: "Christmas 2018", "Boxing Day, 2019", "Easter of 2020", "Independence Day in
 * 2023", and after a word of the day's own time or its holiday ("Halloween night 2015", "the Twelfth holiday of
 * 2019"), which the phrase then holds; "Navidad de 2018".
 */
export const yearAfter = (lang: Lang) =>
  lang === 'en'
    ? '(?:(?:\\s+(?:night|eve|morning|evening|holiday))?(?:,?\\s+(?:of|in)\\s+|,?\\s+)((?:19|20)\\d\\d))?'
    : '(?:\\s+de\\s+((?:19|20)\\d\\d))?';

/** "since Christmas", "desde Navidad": a start at the holiday, at its day as a deadline is. */
const START: Record<Lang, RegExp> = {
  en: /(?:^|[^\p{L}])(?:ever\s+)?since\s+$/iu,
  es: /(?:^|[^\p{L}])desde\s+$/iu,
};

export function holidayMentions(text: string, lang: Lang): Mention[] {
  const out: Mention[] = [];
  for (const [words, month, day] of DAYS[lang]) {
    const re = new RegExp(`${B}${words}${yearAfter(lang)}${E}`, lang === 'en' ? 'u' : 'iu');
    out.push(
      ...scan(text, re, (m) => {
        const year = yearOf(m[1]);
        return {
          start: m.index,
          end: m.index + m[0].length,
          reading: calendarReading(year, month, day),
          source: 'a holiday on a fixed day',
        } satisfies Mention;
      }),
    );
  }
  const christmas = new RegExp(`${B}${CHRISTMAS[lang]}${yearAfter(lang)}(?!\\s+(?:Eve|Day))${E}`, 'u');
  out.push(
    ...scan(text, christmas, (m) => {
      const year = yearOf(m[1]);
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const deadline = DEADLINE[lang].test(before) || START[lang].test(before);
      return {
        start: m.index,
        end: m.index + m[0].length,
        reading: calendarReading(year, 12, deadline ? 25 : null),
        source: deadline ? 'a holiday on a fixed day' : 'the holidays around Christmas (December)',
      } satisfies Mention;
    }),
  );
  return out;
}
