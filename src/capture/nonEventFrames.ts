import { B, E, scan } from './scan.ts';
import { COUNT_PATTERN, MONTH_PATTERN, SEASON_PATTERN, type Lang } from './lexicon.ts';
import type { NonEvent } from './nonEventPatterns.ts';

/**
 * Mentions of time that the words before them make no event: the length of a wait ("waited
 * almost three weeks before ordering"), how long a state lasted ("ran it for two decades before
 * selling"), a period that comes back every year ("cada año, entre
 * marzo y junio"), a fund named by its year ("Fondo Estatal Ambiental 2024"), and the day a fiscal year
 * ends or begins, told in the present ("whose fiscal year ends June 30").
 */

const at = (m: RegExpExecArray, reason: string): NonEvent => ({
  start: m.index,
  end: m.index + m[0].length,
  reason,
  hides: true,
});

const EN_WAIT = 'waited|waits|wait|waiting|took|takes|take|taking|spent|spends|spend|spending';
const ES_WAIT = 'tardó|tardaron|tarda|tardan|tardaría|esperó|esperaron|espera|esperan|demoró|demoraron|demora|demoran';
const EN_QUALIFIER =
  '(?:almost|nearly|about|around|some|roughly|more\\s+than|less\\s+than|over|under|just\\s+over|just\\s+under)\\s+';
const ES_QUALIFIER = '(?:casi|unos|unas|alrededor\\s+de|cerca\\s+de|más\\s+de|menos\\s+de)\\s+';
const EN_UNITS = 'minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?';
const ES_UNITS = 'minutos?|horas?|días?|semanas?|mes|meses|años?|décadas?';

/** "waited almost three weeks before ordering", "tardaron tres semanas antes de": how long, not when. */
function waits(text: string, lang: Lang): NonEvent[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:${EN_WAIT})\\s+(?<d>(?:${EN_QUALIFIER})?(?:${COUNT_PATTERN}|a\\s+few|several)\\s+(?:${EN_UNITS}))${E}`,
          'iu',
        )
      : new RegExp(`${B}(?:${ES_WAIT})\\s+(?<d>(?:${ES_QUALIFIER})?(?:${COUNT_PATTERN})\\s+(?:${ES_UNITS}))${E}`, 'iu');
  return scan(text, re, (m) => {
    const length = m.groups?.d?.length ?? 0;
    return { ...at(m, 'a duration (the length of a wait), not a date'), start: m.index + m[0].length - length };
  });
}

/**
 * "ran it for two decades before selling", "trabajó durante 22 años antes de jubilarse": how long a
 * state lasted up to (or from) an event, not a date counted from it.
 */
function lastedFor(text: string, lang: Lang): NonEvent[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}for\\s+(?<d>(?:${EN_QUALIFIER})?(?:${COUNT_PATTERN}|a\\s+few|several)\\s+(?:${EN_UNITS}))(?=\\s+(?:before|after)(?![\\p{L}]))`,
          'iu',
        )
      : new RegExp(
          `${B}durante\\s+(?<d>(?:${ES_QUALIFIER})?(?:${COUNT_PATTERN})\\s+(?:${ES_UNITS}))(?=\\s+(?:antes|después)(?![\\p{L}]))`,
          'iu',
        );
  return scan(text, re, (m) => {
    const length = m.groups?.d?.length ?? 0;
    return { ...at(m, 'a duration (how long a state lasted), not a date'), start: m.index + m[0].length - length };
  });
}

/** "every year between March and June", "cada año, entre marzo y junio": a season that recurs. */
function yearly(text: string, lang: Lang): NonEvent[] {
  const period = `(?:${MONTH_PATTERN[lang]}|${SEASON_PATTERN})`;
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:every|each)\\s+year,?\\s+(?:between|from|in|during)\\s+${period}(?:\\s+(?:and|to|until|through)\\s+${period})?${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:cada\\s+año|todos\\s+los\\s+años|año\\s+con\\s+año|anualmente),?\\s+(?:entre|de|desde|en|durante)\\s+(?:el\\s+|la\\s+)?${period}(?:\\s+(?:y|a|hasta)\\s+(?:el\\s+|la\\s+)?${period})?${E}`,
          'iu',
        );
  return scan(text, re, (m) => at(m, 'a recurring time ("every year between March and June"), not one event'));
}

/** "the Fondo Estatal Ambiental 2024", "the Cohesion Fund 2021": a fund named by its year. */
function funds(text: string): NonEvent[] {
  const re = new RegExp(
    `${B}(?:(?:Fondo|Fideicomiso)(?:\\s+(?:\\p{Lu}\\p{L}*|de|del|para|y)){0,6}|(?:\\p{Lu}\\p{L}*\\s+){1,6}Fund)\\s+(?:19|20)\\d\\d${E}`,
    'u',
  );
  return scan(text, re, (m) => at(m, 'a fund named by its year, not an event'));
}

/**
 * "whose fiscal year ends June 30", "su ejercicio fiscal cierra en junio": a month or day where a
 * fiscal year ends or begins, told in the present and without a year, is the firm's calendar that
 * comes back every year ("the fiscal year that ended in June", in the past, is one June).
 */
function fiscalCalendar(text: string, lang: Lang): NonEvent[] {
  const month = MONTH_PATTERN[lang];
  const date =
    lang === 'en'
      ? `(?:${month})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?!\\s*\\d)|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${month})`
      : `(?:el\\s+)?\\d{1,2}(?:º|°)?\\s+de\\s+(?:${month})|(?:${month})`;
  const noYear = lang === 'en' ? '(?!,?\\s*(?:19|20)\\d\\d)' : '(?!\\s+(?:de|del)\\s+(?:19|20)\\d\\d)';
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:fiscal|financial)\\s+years?\\s+(?:that\\s+|which\\s+)?(?:ends|end|closes|close|begins|begin|starts|start|runs\\s+(?:to|through|until)|run\\s+(?:to|through|until))\\s+(?:in\\s+|on\\s+)?(?<d>${date})${noYear}${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:año|ejercicio)\\s+fiscal\\s+(?:que\\s+)?(?:termina|terminan|cierra|cierran|concluye|empieza|empiezan|comienza|comienzan|arranca|inicia)\\s+(?:en\\s+|el\\s+)?(?<d>${date})${noYear}${E}`,
          'iu',
        );
  return scan(text, re, (m) => {
    const length = m.groups?.d?.length ?? 0;
    return { ...at(m, "a fiscal year's yearly end or start, not an event"), start: m.index + m[0].length - length };
  });
}

/** The mentions of time in `text` that the words before them make no event. */
export function framedNonEvents(text: string, lang: Lang): NonEvent[] {
  return [
    ...waits(text, lang),
    ...lastedFor(text, lang),
    ...yearly(text, lang),
    ...funds(text),
    ...fiscalCalendar(text, lang),
  ];
}
