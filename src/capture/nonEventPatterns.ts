import { B, E, scan } from './scan.ts';
import { COUNT_PATTERN, type Lang } from './lexicon.ts';
import { framedNonEvents } from './nonEventFrames.ts';
import type { Skip } from './reading.ts';

/**
 * Mentions of time that are not events: laws and plans named by a year, durations, ages, times
 * of day and page furniture. Laws and furniture hide the year inside them; the others are listed
 * only where no date phrase covers them.
 */
export interface NonEvent extends Skip {
  /** Whether a date phrase overlapping it is dropped (a law's year) or wins (a duration inside "ten days after"). */
  readonly hides: boolean;
}

const Y = '(?:19|20)\\d\\d';
const LAW_WORDS =
  'Act|Acts|Law|Bill|Code|Rule|Rules|Regulations?|Orders?|Ordinances?|Decrees?|Strategy|Plan|Agenda|Treaty|Accords?|Agreement|Convention|Constitution|Directive|Framework|Programme|Program|Charter|Declaration|Amendments?|Reform|Budget|Standard';
const LAW_NOUNS =
  'amendments?|budget|law|act|code|plan|strategy|agreement|treaty|accords?|constitution|census|rules|regulations?|ordinance|reform';
const PLAN_NAMES = 'Vision|Agenda|Horizon|Mission|Strategy|Plan|Visión|Estrategia|Proyecto|Programa|Objetivo';

const skip = (m: RegExpExecArray, reason: string, hides: boolean): NonEvent => ({
  start: m.index,
  end: m.index + m[0].length,
  reason,
  hides,
});

function laws(text: string, lang: Lang): NonEvent[] {
  const named = lang === 'en' ? 'a law or plan named by its year' : 'a law or plan named by its year';
  const patterns =
    lang === 'en'
      ? [
          new RegExp(
            `${B}(?:the\\s+)?${Y}\\s+(?:(?:[A-Z][\\w'’-]*|of|and|&|for|on|at|to)\\s+){0,8}?(?:${LAW_WORDS})${E}`,
            'u',
          ),
          new RegExp(`${B}the\\s+${Y}\\s+(?:${LAW_NOUNS})${E}`, 'iu'),
          // "a 2003 state law", "the Guild's 2012 code of practice": a law in lower case, words between.
          new RegExp(`${B}(?:[Tt]he|[Aa]n?|\\p{L}+['’]s)\\s+${Y}\\s+(?:\\p{L}+\\s+){0,2}?(?:${LAW_NOUNS})${E}`, 'u'),
          new RegExp(`${B}(?:[A-Z][\\w'’-]*\\s+){1,6}(?:${LAW_WORDS})\\s+of\\s+${Y}${E}`, 'u'),
          // "the Tea Act, 2020", "the Police (Conduct) Regulations 2020".
          new RegExp(
            `${B}(?:[A-Z][\\w'’-]*\\s+|\\([^()]{1,40}\\)\\s+){1,6}(?:${LAW_WORDS}),?\\s+${Y}(?:\\s?[-–]\\s?${Y})?${E}`,
            'u',
          ),
        ]
      : [
          new RegExp(
            `${B}(?:(?:la|el)\\s+)?(?:Ley|Norma|Reglamento|Código|Decreto|Plan|Estrategia|Agenda|Acuerdo|Tratado|Constitución|Presupuesto|Reforma)(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\d[\\d.]*|de|del|la|las|los|y|sobre|para|e)){0,10}?,?\\s+(?:de|del)\\s+${Y}${E}`,
            'u',
          ),
        ];
  const out = patterns.flatMap((re) => scan(text, re, (m) => skip(m, named, true)));
  out.push(
    // "Estrategia Nacional de Vacunación 2030", "Plan Estatal de Salud 2021-2027": a plan named by its year or years.
    ...scan(
      text,
      new RegExp(
        `${B}(?:${PLAN_NAMES})(?:\\s+(?:(?:de|del|la|las|los|y|of|and|for|the)\\s+)*\\p{Lu}[\\p{L}]*){0,5}\\s+${Y}(?:\\s?[-–]\\s?${Y})?${E}`,
        'u',
      ),
      (m) => skip(m, named, true),
    ),
  );
  out.push(
    ...scan(text, new RegExp(`${B}(?:a|an|un|una)\\s+(?:19|20)\\d0s${E}`, 'iu'), (m) =>
      skip(m, 'a decade describing a thing ("a 1920s barge"), not an event', true),
    ),
  );
  out.push(
    ...scan(text, new RegExp(`(?:©|\\(c\\)|Copyright)\\s*(?:©\\s*)?${Y}${E}`, 'iu'), (m) =>
      skip(m, 'page furniture', true),
    ),
  );
  return out;
}

const MONTHS_AND_DAYS: Record<Lang, string> = {
  en: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|week|weekend|month|year|spring|summer|autumn|fall|winter',
  es: 'lunes|martes|miércoles|jueves|viernes|sábados?|domingos?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|semanas?|meses|mes|años?|fines\\s+de\\s+semana|veranos?|inviernos?|primaveras?|otoños?',
};

const EN_UNITS = 'minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?';
const ES_UNITS = 'minutos?|horas?|días?|semanas?|mes|meses|años?|décadas?';

function durations(text: string, lang: Lang): NonEvent[] {
  const N = `(?:${COUNT_PATTERN}|a\\s+few|several|many)`;
  const patterns =
    lang === 'en'
      ? [
          new RegExp(`${B}\\d{1,3}-year-old${E}|${B}aged\\s+\\d{1,3}${E}`, 'iu'),
          new RegExp(
            `${B}(?:(?:for|over|during|within|in|up\\s+to|about|around|nearly|almost|more\\s+than|less\\s+than|at\\s+least|after|the\\s+(?:past|last|next|first)|its\\s+first|their\\s+first)\\s+(?:${N}\\s+)?|${N}\\s+)(?:working\\s+|business\\s+|calendar\\s+|full\\s+)?(?:${EN_UNITS})(?:\\s+(?:of\\s+(?!(?:the|its|his|her|their)${E})[a-z]+|in\\s+prison|in\\s+jail))?${E}(?!\\s+(?:after|before|later|earlier|ago|on|afterwards?|of\\s+(?:the|its|his|her|their))${E})`,
            'iu',
          ),
          new RegExp(
            `${B}(?:${N}|\\d+)(?:-in-\\d+)?-(?:minute|hour|day|week|month|year|decade)(?:-long)?${E}|${B}decade-long${E}`,
            'iu',
          ),
        ]
      : [
          new RegExp(`${B}(?:de\\s+)?\\d{1,3}\\s+años\\s+de\\s+edad${E}|,?\\s*${B}de\\s+\\d{1,3}\\s+años${E}`, 'iu'),
          new RegExp(
            `${B}(?:(?:durante|en|por|tras|hasta|más\\s+de|menos\\s+de|casi|en\\s+un\\s+plazo\\s+de|por\\s+un\\s+periodo\\s+de|a\\s+lo\\s+largo\\s+de|las)\\s+)?(?:${COUNT_PATTERN})\\s+(?:${ES_UNITS})(?:\\s+de\\s+(?:prisión|cárcel|inhabilitación))?${E}(?!\\s+(?:después|antes|más\\s+tarde|atrás)${E})`,
            'iu',
          ),
        ];
  return patterns.flatMap((re) =>
    scan(text, re, (m) => {
      const age = /year-old|aged|años de edad|^,?\s*de\s+\d/i.test(m[0]);
      return skip(m, age ? 'an age' : 'a duration', false);
    }),
  );
}

function times(text: string, lang: Lang): NonEvent[] {
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:at\\s+)?(?:\\d{1,2}(?::\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)|noon|midnight)(?![\\p{L}])`,
          'iu',
        )
      : new RegExp(
          `${B}a\\s+(?:las|la)\\s+\\d{1,2}(?::\\d\\d)?(?:\\s+(?:horas|h|de\\s+la\\s+(?:mañana|tarde|noche)))?${E}|${B}al\\s+mediodía${E}`,
          'iu',
        );
  return scan(text, re, (m) => skip(m, 'a time of day alone', false));
}

/** A figure a comparison names before its base: "$2.80 billion", "4.8%", "310 tonnes". */
const FIGURE =
  '(?:[$£€₹]\\s?)?\\d[\\d.,]*(?:\\s*(?:%|per\\s?cent|percent|billion|million|thousand|bn|m|cents?|points?))?(?:\\s+\\p{Ll}+)?';

/**
 * The base a figure is compared with ("fell 6% from a year earlier", "rose to $4.1 million from
 * $3.2 million a year earlier", "respecto al mismo mes del año
 * pasado") and the accounting period a figure covers ("fiscal 2023"): periods, not events.
 */
function measures(text: string, lang: Lang): NonEvent[] {
  const patterns =
    lang === 'en'
      ? [
          new RegExp(
            `${B}(?:from|compared\\s+(?:with|to)|versus|vs\\.?|on)\\s+(?:${FIGURE}\\s+)?(?:a|the)\\s+(?:year|month|quarter|week)\\s+(?:earlier|ago|before(?=\\s*[,.;)]|$))${E}`,
            'iu',
          ),
          new RegExp(
            `${B}(?:the\\s+)?same\\s+(?:period|month|quarter|week|time)\\s+(?:a\\s+year\\s+(?:earlier|ago|before)|last\\s+year|of\\s+(?:the\\s+)?(?:previous|prior)\\s+year|(?:of|in)\\s+${Y})${E}`,
            'iu',
          ),
        ]
      : [
          new RegExp(
            `${B}(?:respecto\\s+(?:al|del|a\\s+la)|frente\\s+(?:al|a\\s+la)|(?:comparad[oa]s?|en\\s+comparación)\\s+con\\s+(?:el|la))\\s+mism[oa]\\s+(?:mes|periodo|período|trimestre|semana|fecha)\\s+(?:del\\s+año\\s+(?:pasado|anterior)|de\\s+${Y})${E}`,
            'iu',
          ),
          new RegExp(
            `${B}(?:respecto\\s+(?:al|del|a\\s+la)|frente\\s+(?:al|a\\s+la))\\s+(?:año|mes|trimestre|semana)\\s+(?:pasado|anterior)${E}`,
            'iu',
          ),
        ];
  const out = patterns.flatMap((re) => scan(text, re, (m) => skip(m, 'the base of a comparison, not an event', true)));
  const fiscal =
    lang === 'en'
      ? new RegExp(`${B}(?:fiscal|financial)(?:\\s+year)?\\s+${Y}${E}|${B}FY\\s?${Y}${E}`, 'iu')
      : new RegExp(`${B}(?:el\\s+)?(?:ejercicio(?:\\s+fiscal)?|año\\s+fiscal)\\s+(?:de\\s+|del\\s+)?${Y}${E}`, 'iu');
  out.push(...scan(text, fiscal, (m) => skip(m, 'a fiscal year, the period a figure covers, not an event', true)));
  // "its 2018 accounts", "la Cuenta Pública 2023", "sus cuentas de 2018": accounts named by the year they cover.
  const accounts =
    lang === 'en'
      ? new RegExp(`${B}(?:its|their|the)\\s+${Y}\\s+(?:annual\\s+)?accounts${E}`, 'iu')
      : new RegExp(
          `${B}cuentas?(?:\\s+(?:públicas?|anuales))?\\s+(?:(?:de(?:l)?|correspondientes?\\s+al?)\\s+)?(?:(?:año|ejercicio)\\s+)?${Y}${E}`,
          'iu',
        );
  out.push(...scan(text, accounts, (m) => skip(m, 'accounts named by the year they cover, not an event', true)));
  // "las cantidades pendientes del año pasado", "los salarios adeudados de 2024": sums named by the year they are owed for.
  if (lang === 'es') {
    const owed = new RegExp(
      `${B}(?:cantidades|deudas|pagos|facturas|nóminas|sueldos|salarios|cuotas|honorarios|adeudos)(?:\\s+(?:pendientes|impagad[oa]s|adeudad[oa]s|atrasad[oa]s))?\\s+(?:del\\s+año\\s+(?:pasado|anterior)|de(?:l)?\\s+(?:año\\s+)?${Y})${E}`,
      'iu',
    );
    out.push(...scan(text, owed, (m) => skip(m, 'sums named by the year they are owed for, not an event', true)));
  }
  return out;
}

/** What recurs ("every Monday", "every other Friday", "todos los lunes", "cada dos viernes", "24/7") and photo credits: no one event. */
function recurring(text: string, lang: Lang): NonEvent[] {
  const every =
    lang === 'en'
      ? new RegExp(
          `${B}(?:every|each)\\s+(?:(?:other|second|alternate)\\s+)?(?:${MONTHS_AND_DAYS.en})${E}|${B}24/7${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:todos\\s+los|todas\\s+las|cada(?:\\s+dos)?)\\s+(?:${MONTHS_AND_DAYS.es})${E}|${B}24/7${E}`,
          'iu',
        );
  const credit = /(?:^|\n)(?:Photo|Photograph|Image|Picture|Foto|Fotografía|Imagen)s?\s*:[^\n]*/giu;
  return [
    ...scan(text, every, (m) => skip(m, 'a recurring time ("every Monday"), not one event', true)),
    ...scan(text, credit, (m) => skip(m, 'page furniture (a photo credit)', true)),
  ];
}

const ORDINAL_EN = '\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|twentieth|fiftieth|hundredth';

/**
 * Anniversaries and birthdays: "marks its 40th anniversary this year", "celebrará su 75 aniversario
 * el próximo año", "cumplirá en abril tres años al frente": a date of commemoration, not an event.
 */
function anniversaries(text: string, lang: Lang): NonEvent[] {
  const reason = 'an anniversary (a date of commemoration), not an event';
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}(?:${ORDINAL_EN})\\s+(?:anniversary|birthday)\\s+(?:(?:this|next|last)\\s+(?:year|month|week)|in\\s+(?:\\p{L}+\\s+)?${Y})${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:\\d{1,3}\\s*[º°]?\\s*aniversario|aniversario\\s+(?:n[úu]mero\\s+)?\\d{1,3})\\s+(?:(?:el\\s+)?(?:(?:próximo|pasado)\\s+año|año\\s+(?:próximo|pasado|que\\s+viene))|este\\s+año|en\\s+(?:\\p{L}+\\s+de\\s+)?${Y})${E}|${B}cumpl\\p{L}*\\s+(?:en\\s+\\p{L}+(?:\\s+de\\s+${Y})?\\s+|(?:este|el\\s+próximo)\\s+año\\s+)(?:\\p{L}+|\\d+)\\s+años${E}`,
          'iu',
        );
  const turning =
    lang === 'en'
      ? new RegExp(
          `${B}(?:turn|turns|turned|turning)\\s+\\d{1,3}\\s+(?:this|last|next)\\s+(?:year|month|week)${E}`,
          'iu',
        )
      : new RegExp(
          `${B}cumpl\\p{L}*\\s+(?:\\d{1,3}|\\p{L}+)\\s+años\\s+(?:(?:este|el\\s+próximo|el\\s+pasado)\\s+(?:mes|año)|en\\s+\\p{L}+)${E}`,
          'iu',
        );
  return [...scan(text, re, (m) => skip(m, reason, true)), ...scan(text, turning, (m) => skip(m, reason, true))];
}

/**
 * Targets and reports named by their year: "the firm's 2030 target", "its 2024 annual report",
 * "la meta para 2030", "el informe anual de 2023": the year names the thing, not an event.
 */
function targets(text: string, lang: Lang): NonEvent[] {
  const reason = 'a target or report named by its year, not an event';
  const re =
    lang === 'en'
      ? new RegExp(
          `${B}${Y}\\s+(?:(?:net[-\\s]zero|emissions|climate|sales|growth)\\s+)?(?:targets?|goals?|annual\\s+report)${E}`,
          'iu',
        )
      : new RegExp(
          `${B}(?:(?:la|las|el|los|su|sus)\\s+)?(?:metas?|objetivos?|informe\\s+anual|memoria\\s+anual)\\s+(?:de|del|para)\\s+(?:el\\s+)?${Y}${E}`,
          'iu',
        );
  return scan(text, re, (m) => skip(m, reason, true));
}

/** The non-event mentions of `text`. */
export function nonEventMentions(text: string, lang: Lang): NonEvent[] {
  return [
    ...laws(text, lang),
    ...anniversaries(text, lang),
    ...targets(text, lang),
    ...measures(text, lang),
    ...recurring(text, lang),
    ...durations(text, lang),
    ...times(text, lang),
    ...framedNonEvents(text, lang),
  ];
}
