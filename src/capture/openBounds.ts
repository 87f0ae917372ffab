import type { Lang } from './lexicon.ts';
import type { Mention, Reading } from './reading.ts';
import { ES_SCHEDULED } from './tense.ts';

/**
 * "by June", "since 2019", "until at least August", "before 2020", "hasta el año pasado": a
 * bound on one side. "Not … until X" and "postponed until X" place the event at X, and "had not
 * … since X" makes X the last time it happened.
 */

type Side = Extract<Reading, { kind: 'open' }>['side'];

const WRAPPABLE = new Set(['calendar', 'season', 'quarter', 'half', 'part', 'decade', 'deictic', 'weekday']);

const EN: [RegExp, Side][] = [
  [/(?:^|[^\p{L}])(?:until|till|through)\s+at\s+least\s+$/iu, 'until-at-least'],
  [
    /(?:^|[^\p{L}])(?:by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|as\s+early\s+as)\s+(?:the\s+end\s+of\s+)?$/iu,
    'by',
  ],
  [/(?:^|[^\p{L}])(?:no\s+earlier\s+than|not\s+before|on\s+or\s+after)\s+$/iu, 'since'],
  [/(?:^|[^\p{L}])(?:until|till|through|up\s+to|as\s+of)\s+$/iu, 'until'],
  [/(?:^|[^\p{L}])since\s+$/iu, 'since'],
  [/(?:^|[^\p{L}])(?:starting|beginning|effective|from)\s+$/iu, 'from'],
  [/(?:^|[^\p{L}])(?:before|prior\s+to)\s+$/iu, 'before'],
  [/(?:^|[^\p{L}])after\s+$/iu, 'after'],
];
const ES: [RegExp, Side][] = [
  [/(?:^|[^\p{L}])hasta\s+(?:al\s+menos|por\s+lo\s+menos)\s+(?:el\s+|la\s+|los\s+)?$/iu, 'until-at-least'],
  [
    /(?:^|[^\p{L}])(?:para|a\s+más\s+tardar(?:\s+(?:el|en))?|no\s+después\s+de(?:l)?)\s+(?:el\s+|la\s+|los\s+)?$/iu,
    'by',
  ],
  [/(?:^|[^\p{L}])hasta\s+(?:el\s+|la\s+|los\s+)?$/iu, 'until'],
  [/(?:^|[^\p{L}])(?:desde|a\s+partir\s+de(?:l)?)\s+(?:el\s+|la\s+|los\s+)?$/iu, 'since'],
  [/(?:^|[^\p{L}])antes\s+de(?:l)?\s+(?:el\s+|la\s+)?$/iu, 'before'],
  [/(?:^|[^\p{L}])después\s+de(?:l)?\s+(?:el\s+|la\s+)?$/iu, 'after'],
];

const END_OF = /^(?:the\s+end\s+of|(?:a\s+|al\s+)?(?:finales|fines|final)\s+de)/iu;
const NEGATION = /(?:^|[^\p{L}])(?:not|n['’]t|never|no|nunca|tampoco)(?![\p{L}])/iu;
const POSTPONED =
  /(?:postponed|delayed|deferred|pushed\s+back|put\s+off|rescheduled|moved\s+back|aplazad[oa]s?|pospuest[oa]s?|retrasad[oa]s?|postergad[oa]s?)\s+(?:\S+\s+){0,2}$/iu;

/** The clause around a mention: back to the last sentence or clause break, on to the next. */
function clauseAround(text: string, m: Mention): { before: string; after: string } {
  const from = Math.max(...['.', ';', '\n', ','].map((c) => text.lastIndexOf(c, m.start - 1)), 0);
  const rest = text.slice(m.end, m.end + 200);
  const stop = rest.search(/[.;\n,]|\s(?:and|but|y|pero)\s/u);
  return { before: text.slice(from, m.start), after: stop < 0 ? rest : rest.slice(0, stop) };
}

/** Wraps each mention preceded by a bound word. */
export function openBounds(text: string, list: Mention[], lang: Lang): Mention[] {
  const rules = lang === 'en' ? EN : ES;
  return list.map((m) => {
    if (!WRAPPABLE.has(m.reading.kind)) return m;
    const window = text.slice(Math.max(0, m.start - 60), m.start);
    for (const [re, side] of rules) {
      const found = re.exec(window);
      if (!found) continue;
      // "previstas para el segundo semestre": "para" after a scheduling word sets the date itself.
      if (side === 'by' && ES_SCHEDULED.test(window)) return m;
      const prefix = found[0].replace(/^[^\p{L}]/u, '');
      let placed: Side = side;
      if (side === 'until' || side === 'since') {
        const clause = clauseAround(text, m);
        const negated = NEGATION.test(clause.before.slice(0, -prefix.length) + ' ' + clause.after);
        if (negated) placed = side === 'since' ? 'last' : 'at';
        if (side === 'until' && POSTPONED.test(clause.before.slice(0, -prefix.length))) placed = 'at';
      }
      // "before the end of the year", "antes de finales de año": on or before that end, as "by" reads it.
      if (side === 'before' && m.reading.kind === 'part' && END_OF.test(text.slice(m.start, m.end))) placed = 'by';
      return {
        ...m,
        start: m.start - prefix.length,
        reading: { kind: 'open', side: placed, of: m.reading },
        source: m.source,
      };
    }
    return m;
  });
}
