import type { Lang } from './lexicon.ts';
import type { Mention, Reading } from './reading.ts';
import { ES_SCHEDULED, tenseOf } from './tense.ts';
import { setForDate } from './spanishFutures.ts';
import { WEEK_OF_MONTH } from './dayRangePatterns.ts';
import { firstSince } from './firstSince.ts';

/**
 * "by June", "since 2019", "until at least August", "since at least 2019", "by the end of calendar
 * 2026", "before 2020", "hasta el año pasado": a
 * bound on one side ("in or after 1978" holds 1978, as "on or before 3 May" holds that day). "Not … until X", "postponed until X" and "adjourned the case till X" place the event at X, and "had not
 * … since X" makes X the last time it happened.
 */

type Side = Extract<Reading, { kind: 'open' }>['side'];

const WRAPPABLE = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'decade', 'deictic', 'weekday']);

const EN: [RegExp, Side][] = [
  [/(?:^|[^\p{L}])(?:until|till|through)\s+at\s+least\s+$/iu, 'until-at-least'],
  [
    /(?:^|[^\p{L}])(?:by|(?:on|in)\s+or\s+before|no\s+later\s+than|not\s+later\s+than|in\s+time\s+for)\s+(?:the\s+end\s+of\s+)?(?:calendar\s+)?$/iu,
    'by',
  ],
  [/(?:^|[^\p{L}])as\s+early\s+as\s+$/iu, 'early'],
  [/(?:^|[^\p{L}])(?:no\s+earlier\s+than|not\s+before|(?:on|in)\s+or\s+after)\s+$/iu, 'since'],
  [/(?:^|[^\p{L}])(?:until|till|through|up\s+to|as\s+of)\s+(?:the\s+end\s+of\s+)?(?:calendar\s+)?$/iu, 'until'],
  [/(?:^|[^\p{L}])since\s+(?:at\s+least\s+)?$/iu, 'since'],
  [/(?:^|[^\p{L}])(?:(?:starting|beginning)(?:\s+in)?|effective|from)\s+$/iu, 'from'],
  [/(?:^|[^\p{L}])(?:before|prior\s+to)\s+(?:the\s+end\s+of\s+)?(?:calendar\s+)?$/iu, 'before'],
  [/(?:^|[^\p{L}])after\s+$/iu, 'after'],
];
const ES: [RegExp, Side][] = [
  [
    /(?:^|[^\p{L}])(?:hasta\s+(?:al\s+menos|por\s+lo\s+menos)|(?:al\s+menos|por\s+lo\s+menos)\s+hasta)\s+(?:el\s+|la\s+|los\s+)?$/iu,
    'until-at-least',
  ],
  // "conocía los problemas por lo menos desde junio": it began in June or before.
  [
    /(?:^|[^\p{L}])(?:(?:al\s+menos|por\s+lo\s+menos)\s+desde|desde\s+(?:al\s+menos|por\s+lo\s+menos))\s+(?:el\s+|la\s+|los\s+)?$/iu,
    'by',
  ],
  [
    /(?:^|[^\p{L}])(?:para|a\s+más\s+tardar(?:\s+(?:el|en))?|no\s+después\s+de(?:l)?|antes\s+de\s+que\s+(?:termine|acabe|concluya|finalice)(?:\s+el\s+mes\s+de)?)\s+(?:el\s+|la\s+|los\s+)?$/iu,
    'by',
  ],
  [/(?:^|[^\p{L}])hasta\s+(?:el\s+|la\s+|los\s+)?$/iu, 'until'],
  [/(?:^|[^\p{L}])(?:desde|a\s+partir\s+de(?:l)?)\s+(?:el\s+|la\s+|los\s+)?$/iu, 'since'],
  [/(?:^|[^\p{L}])antes\s+de(?:l)?\s+(?:el\s+|la\s+)?$/iu, 'before'],
  [/(?:^|[^\p{L}])después\s+de(?:l)?\s+(?:el\s+|la\s+)?$/iu, 'after'],
];

/**
 * "photographs of the temple from 1975", "board minutes from the first half of 2024": a record
 * "from" a date is of that date, not from it on; so is what "dates from" it ("The earliest dated from November 2024").
 */
const RECORD_FROM =
  /(?:^|[^\p{L}])(?:dated|dates|dating|date)\s+(?:back\s+)?from\s+$|(?:^|[^\p{L}])(?:photo(?:graph)?s?|pictures?|images?|footage|film|video|minutes|records?|documents?|files?|e-?mails?|letters?|notes?|memos?|messages?|logs?|data|figures|statistics|reports?|papers|diar(?:y|ies)|recordings?|transcripts?|maps?|accounts)\s+(?:(?:of|at|in|on)\s+(?:[\p{L}'’-]+\s+){1,3})?from\s+$/iu;

/** A verb of beginning just before "from": "will start from 1 July" dates the start itself. */
const STARTS =
  /(?:start|starts|started|begin|begins|began|begun|commence[sd]?|open|opens|opened|run|runs|ran|take\s+effect|takes\s+effect|took\s+effect|come\s+into\s+force|comes\s+into\s+force|came\s+into\s+force)\s+$/iu;

/**
 * A verb of beginning earlier in the clause, with no clause break after it: "will begin supplying
 * flour to all 412 schools from Monday", "empezarán a ser liberados a partir de junio".
 */
const STARTS_IN_CLAUSE =
  /(?:^|[^\p{L}])(?:begin|begins|began|begun|beginning|start|starts|started|starting|commence[sd]?|empez\p{L}*|comenz\p{L}*|inici\p{L}*)\s+(?:[^\s,;:.]+\s+){0,8}?$/iu;

const END_OF = /^(?:the\s+end\s+of|(?:a\s+|al\s+)?(?:finales|fines|final|fin)\s+de)/iu;
/** A negation, also contracted onto its verb ("won't", "didn't", "hasn't"). */
const NEGATION =
  /(?:(?:^|[^\p{L}])(?:not|never|no|nobody|no\s+one|nothing|nunca|tampoco|nadie|nada)|\p{L}n['’]t)(?![\p{L}])/iu;
const POSTPONED =
  /(?:postponed|delayed|deferred|adjourned|adjourns|pushed\s+back|put\s+off|rescheduled|moved\s+back|aplazad[oa]s?|pospuest[oa]s?|retrasad[oa]s?|postergad[oa]s?)\s+(?:\S+\s+){0,2}$/iu;

/**
 * "hayan esperado hasta diciembre para comprar el cable", "el pago llegó hasta el 22 de diciembre", "waited
 * until December to buy": a wait or an arrival in the past up to a date places the event at that date, as
 * "not … until" does.
 */
const WAITED_OR_ARRIVED =
  /(?:^|[^\p{L}])(?:waited|had\s+waited|esper(?:ó|aron|amos|ado)|lleg(?:ó|aron|aba|aban))\s+(?:(?:les|le|nos|me|se|only|just|solo|sólo)\s+)?$/iu;

/**
 * "The couple's lease runs until 30 September 2027", "its contract with Quillstone, which runs until 2027",
 * "el frigorífico, que funcionó hasta 1996": a term that runs up to a date ends there, so the event the
 * phrase dates is that end, at the date.
 */
const RUNS_UNTIL =
  /(?:^|[^\p{L}])(?:runs|run|ran|running|funcion(?:ó|aron|a|an)|oper(?:ó|aron))\s+(?:(?:only|solo|sólo)\s+)?$/iu;

/** A day written as an ordinal before "of" and its month ("Fourth of July", "15th of May"), and "the " before it. */
const ORDINAL_DAY = /^(?:\d{1,2}(?:st|nd|rd|th)|[\p{L}-]+(?:st|nd|rd|th))\s+of\s/iu;
const ARTICLE_END = /(?<![\p{L}])the\s+$/iu;

/** Whether a mention names no day of its own: a month, a year, a season, a quarter, a half, a decade, a part of a month. */
function coarserThanADay(m: Mention): boolean {
  const r = m.reading;
  if (r.kind === 'calendar') return r.day === null && r.weekday === null;
  return r.kind === 'season' || r.kind === 'quarter' || r.kind === 'half' || r.kind === 'decade' || r.kind === 'part';
}

/** The clause around a mention: back to the last sentence or clause break, on to the next. */

function clauseAround(text: string, m: Mention): { before: string; after: string } {
  const from = Math.max(...['.', ';', '\n', ','].map((c) => text.lastIndexOf(c, m.start - 1)), 0);
  const rest = text.slice(m.end, m.end + 200);
  // "ha perdido 41 conductores desde 2020 por jubilaciones que no se han cubierto": a relative
  // clause after the date ends the clause, so its negation is not the main verb's.
  const stop = rest.search(/[.;\n,]|\s(?:and|but|y|pero|que|which|who|that)\s/u);
  return { before: text.slice(from, m.start), after: stop < 0 ? rest : rest.slice(0, stop) };
}

/** "no se había ejecutado", "la empresa no ha pagado": a negated perfect or pluperfect, after its subject. */
const ES_NEGATED_PERFECT =
  /^[^\p{L}]*(?:[\p{L}.]+\s+){0,3}?(?:no|nunca)\s+(?:se\s+|l[aeo]s?\s+)?(?:había|habían|ha|han|hemos|habíamos)(?![\p{L}])/iu;

/** Whether the clause around a mention, its bound word aside, is negated. */
function negatedAround(text: string, m: Mention, prefix: string): boolean {
  const clause = clauseAround(text, m);
  return NEGATION.test(clause.before.slice(0, -prefix.length) + ' ' + clause.after);
}

/** A month, season, quarter or half (no day) in a clause told as past. */
function heldAcross(text: string, m: Mention, prefix: string): boolean {
  const r = m.reading;
  const period =
    r.kind === 'season' ||
    r.kind === 'quarter' ||
    r.kind === 'half' ||
    (r.kind === 'calendar' && r.day === null && r.month !== null);
  if (!period) return false;
  const clause = clauseAround(text, m);
  const before = clause.before.slice(0, -prefix.length);
  return tenseOf(`${before}${prefix}${text.slice(m.start, m.end)}${clause.after}`, before, 'en') === 'past';
}

/** Wraps each mention preceded by a bound word. */
export function openBounds(text: string, list: Mention[], lang: Lang): Mention[] {
  const rules = lang === 'en' ? EN : ES;
  return list.map((m) => {
    // "desde hace dos años": a time counted back from the publication, bounded as a date is.
    const agoEs = lang === 'es' && m.reading.kind === 'ago';
    if (!WRAPPABLE.has(m.reading.kind) && m.source !== WEEK_OF_MONTH && !agoEs) return m;
    const whole = text.slice(Math.max(0, m.start - 60), m.start);
    // "by the Fourth of July", "since the 3rd of March": the article before a day written as an ordinal is the date's.
    const article =
      lang === 'en' && ORDINAL_DAY.test(text.slice(m.start, m.end)) ? (ARTICLE_END.exec(whole)?.[0] ?? '') : '';
    const window = whole.slice(0, whole.length - article.length);
    for (const [re, side] of rules) {
      const found = re.exec(window);
      if (!found) continue;
      // "previstas para el segundo semestre": "para" after a scheduling word sets the date itself.
      if (side === 'by' && ES_SCHEDULED.test(window)) return m;
      // "convocó a una asamblea para el sábado", "anunciaron una marcha para el viernes": the day it is set for.
      if (
        side === 'by' &&
        lang === 'es' &&
        /para\s+(?:el\s+|la\s+|los\s+)?$/iu.test(window) &&
        setForDate(text.slice(Math.max(0, m.start - 160), m.start))
      )
        return m;
      const prefix = found[0].replace(/^[^\p{L}]/u, '');
      // "a strike starting on Monday", "rules effective 1 June", "will start from 1 July": the start is the event, on that date;
      // "deliveries starting in 2027", "starting in May" name no day to start on: from then on, as "from" is.
      if (
        side === 'from' &&
        ((!/^from/iu.test(prefix) && !coarserThanADay(m)) || STARTS.test(window.slice(0, -prefix.length)))
      )
        return m;
      if (side === 'from' && RECORD_FROM.test(window)) return m;
      // "will begin supplying flour to the schools from Monday", "empezarán a ser liberados a partir de junio": the start itself.
      if (
        (side === 'from' || (side === 'since' && /^a\s+partir/iu.test(prefix))) &&
        STARTS_IN_CLAUSE.test(window.slice(0, -prefix.length))
      )
        return m;
      // "Deliveries became irregular through January", "kept running through the winter": told as past,
      // "through" a month or season says the state held across it, so the period itself.
      if (lang === 'en' && /^through\s+$/iu.test(prefix) && heldAcross(text, m, prefix))
        return { ...m, start: m.start - prefix.length };
      let placed: Side = side;
      if (side === 'until' || side === 'since') {
        const clause = clauseAround(text, m);
        const negated = NEGATION.test(clause.before.slice(0, -prefix.length) + ' ' + clause.after);
        if (negated) placed = side === 'since' ? 'last' : 'at';
        // "hasta diciembre no se había ejecutado": a negated perfect says how things stood up to that date.
        if (negated && side === 'until' && lang === 'es' && ES_NEGATED_PERFECT.test(clause.after)) placed = 'until';
        if (side === 'until' && POSTPONED.test(clause.before.slice(0, -prefix.length))) placed = 'at';
        if (side === 'until' && WAITED_OR_ARRIVED.test(clause.before.slice(0, -prefix.length))) placed = 'at';
        if (side === 'until' && RUNS_UNTIL.test(clause.before.slice(0, -prefix.length))) placed = 'at';
        // "for the first time since 2008", "el primero desde 2015": it last happened then.
        if (side === 'since' && firstSince(clause.before.slice(0, -prefix.length), lang)) placed = 'last';
      }
      // "is not expected to reopen before March", "la línea no volverá a operar antes de julio": not before a
      // date is from it on (a Spanish negation may follow the date).
      if (side === 'before' && lang === 'es' && negatedAround(text, m, prefix)) placed = 'from';
      else if (side === 'before' && NEGATION.test(clauseAround(text, m).before.slice(0, -prefix.length)))
        placed = 'until-at-least';
      // "before the end of the year", "antes de finales de año": on or before that end, as "by" reads it.
      else if (side === 'before' && m.reading.kind === 'part' && END_OF.test(text.slice(m.start, m.end))) placed = 'by';
      // "before the end of June": chrono leaves "the end of" before the month, which ends where June does.
      if (side === 'before' && /end\s+of\s+(?:calendar\s+)?$/iu.test(prefix)) placed = 'by';
      // "by the end of March", "until the end of 2027": a bound at a period's end is a bound at the period.
      const endOf =
        m.reading.kind === 'part' &&
        m.reading.part === 'late' &&
        m.reading.of.kind !== 'deictic' &&
        (placed === 'by' || placed === 'until') &&
        /^the\s+end\s+of\s/iu.test(text.slice(m.start, m.end));
      return {
        ...m,
        start: m.start - prefix.length - article.length,
        reading: { kind: 'open', side: placed, of: endOf && m.reading.kind === 'part' ? m.reading.of : m.reading },
        source: m.source,
      };
    }
    return m;
  });
}
