import { B, E, scan } from './scan.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN, countedIn, weekdayNumber } from './lexicon.ts';
import { ANCHOR_PATTERN, NAMED_EVENT_PATTERN, anchorOf, sinceReading, strictAnchor } from './anchorWords.ts';
import { OFFSET_PATTERN, offsetOf } from './offsetWords.ts';
import type { Anchor, Mention, Part, Reading } from './reading.ts';
import { firstUnitMentions } from './firstUnits.ts';
import { beforeScheduledMentions } from './beforeScheduled.ts';

/** Spanish relative phrases: "diez días después de la alerta", "al día siguiente", "ese mismo día". */

const mention = (m: RegExpExecArray, reading: Reading, source: string, end = m.index + m[0].length): Mention => ({
  start: m.index,
  end,
  reading,
  source,
});

const OF = `(?:\\s+(?:de(?:\\s+que)?|del)\\s+${ANCHOR_PATTERN})`;

/**
 * "a los diez días de la rotura llegó una brigada …", "… de la rotura se reparó la tubería": the words of an
 * event named by a noun end before the verb of the sentence in the preterite (and the unstressed pronoun,
 * "no" or "ya" before it), wherever the next punctuation is.
 */
const UP_TO_PRETERITE = `(?:\\s+(?:de\\s+(?<det>el|la|los|las|su|sus)|del)\\s+(?<noun>[^\\n,.;:!?()"“”«»\\d]{1,60}?)(?=\\s+(?:(?:se|le|les|lo|los|nos|me|no|ya)\\s+)*\\p{Ll}{2,}(?:ó|aron|ieron)(?![\\p{L}])))`;

/** The event a count names: its words up to the sentence's preterite, else up to punctuation or a conjunction. */
const OF_EVENT = `(?:${UP_TO_PRETERITE}|(?<rest>${OF}))?`;

/** The words of the event an `OF_EVENT` match names. */
const eventWordsOf = (groups: Record<string, string | undefined> | undefined): string | undefined =>
  groups?.anchor ?? (groups?.noun ? `${groups.det ?? 'el'} ${groups.noun}` : undefined);

/** "el jueves", "el verano", "la primavera": words of the calendar, not an event's name. */
const CALENDAR_WORD = new RegExp(
  `^\\s*(?:el|la|los|las)\\s+(?:${WEEKDAY_PATTERN.es}|${MONTH_PATTERN.es}|verano|invierno|otoño|primavera|fin\\s+de\\s+semana)(?![\\p{L}])`,
  'iu',
);

/** The day or a part of it that a named event's day is told by: "el día", "la noche". */
const PART_OF_DAY = '(?:el\\s+día|la\\s+noche|la\\s+mañana|la\\s+tarde)';

/** "desde la firma" → abierto desde el evento que nombra; "desde entonces" → desde el anterior; "la noche de la inspección" → ese día. */
function namedEvents(text: string): Mention[] {
  // "de la firma" → "la firma"; "del recuento" → "el recuento".
  // "desde la noche de la inundación": open from the event, as "desde la inundación".
  const since = new RegExp(
    `${B}desde\\s+(?:(?<then>entonces)${E}|(?:${PART_OF_DAY}\\s+(?:de\\s+|d(?=el\\s)))?${NAMED_EVENT_PATTERN})`,
    'iu',
  );
  const dayOf = new RegExp(`${B}${PART_OF_DAY}\\s+(?:de\\s+|d(?=el\\s))${NAMED_EVENT_PATTERN}`, 'iu');
  // "la semana siguiente a las capturas", "la semana previa al juicio": the calendar week beside the event named.
  const weekOf = new RegExp(
    `${B}(?:en\\s+)?la\\s+semana\\s+(?<dir>siguiente|posterior|anterior|previa)\\s+(?:a\\s+${NAMED_EVENT_PATTERN}|al\\s+(?<bare>[^\\s,.;:]+(?:\\s+de(?:l)?\\s+[^\\s,.;:]+)?))`,
    'iu',
  );
  return [
    ...scan(text, weekOf, (m) =>
      mention(
        m,
        {
          kind: 'relative',
          relation: /^(?:anterior|previa)$/iu.test(m.groups?.dir ?? '') ? 'before' : 'after',
          offset: null,
          anchor: strictAnchor(m.groups?.anchor ?? `el ${m.groups?.bare ?? ''}`),
          week: true,
        },
        'a relative phrase',
      ),
    ),
    // "desde el jueves" names a day, not an event: the weekday's own reading bounds it.
    ...scan(text, since, (m) =>
      CALENDAR_WORD.test(m.groups?.anchor ?? '') ? null : mention(m, sinceReading(m.groups), 'a relative phrase'),
    ),
    ...scan(text, dayOf, (m) =>
      mention(
        m,
        { kind: 'relative', relation: 'same-day', offset: null, anchor: strictAnchor(m.groups?.anchor) },
        'a relative phrase',
      ),
    ),
  ];
}

function offsets(text: string): Mention[] {
  const counted = new RegExp(`${B}${OFFSET_PATTERN}\\s+(?<dir>después|más\\s+tarde|antes|atrás)${E}${OF_EVENT}`, 'iu');
  const out = scan(text, counted, (m) => {
    const offset = offsetOf(m.groups);
    if (!offset) return null;
    const relation = /^(antes|atrás)$/i.test(m.groups?.dir ?? '') ? 'before' : 'after';
    return mention(
      m,
      { kind: 'relative', relation, offset, anchor: anchorOf(eventWordsOf(m.groups)) },
      'a relative phrase',
    );
  });
  const after = new RegExp(`${B}a\\s+l[oa]s\\s+${OFFSET_PATTERN}${E}${OF_EVENT}`, 'iu');
  out.push(
    ...scan(text, after, (m) => {
      const offset = offsetOf(m.groups);
      return offset
        ? mention(
            m,
            { kind: 'relative', relation: 'after', offset, anchor: anchorOf(eventWordsOf(m.groups)) },
            'a relative phrase',
          )
        : null;
    }),
  );
  return out;
}

function uncounted(text: string): Mention[] {
  const vague = new RegExp(
    `${B}(?:(?:unos|unas|pocos|pocas|varios|varias)\\s+)?(?<u>horas|días|semanas|meses|años)\\s+(?<dir>después|más\\s+tarde|antes)${E}(?<rest>${OF})?`,
    'iu',
  );
  const soon = new RegExp(
    `${B}(?:a\\s+l[oa]s\\s+poc[oa]s\\s+(?<u2>horas|días|semanas|meses)|(?:poco(?:\\s+tiempo)?|inmediatamente|justo)\\s+(?<dir2>después|antes))${E}(?<rest>${OF})?`,
    'iu',
  );
  return [
    ...scan(text, vague, (m) => {
      const relation = /^antes$/i.test(m.groups?.dir ?? '') ? 'before' : 'after';
      const hours = /^horas$/i.test(m.groups?.u ?? '');
      return mention(
        m,
        {
          kind: 'relative',
          relation,
          offset: hours ? { kind: 'at-most', count: 1, unit: 'D' } : null,
          anchor: anchorOf(m.groups?.anchor),
          untilPublication: relation === 'after' && !hours,
          countedIn: countedIn(m.groups?.u ?? m.groups?.u2),
        },
        'a relative phrase',
      );
    }),
    ...scan(text, soon, (m) => {
      const relation = /^antes$/i.test(m.groups?.dir2 ?? '') ? 'before' : 'after';
      const hours = /^horas$/i.test(m.groups?.u2 ?? '');
      return mention(
        m,
        {
          kind: 'relative',
          relation,
          offset: hours ? { kind: 'at-most', count: 1, unit: 'D' } : null,
          anchor: anchorOf(m.groups?.anchor),
          untilPublication: relation === 'after' && !hours,
          countedIn: countedIn(m.groups?.u ?? m.groups?.u2),
        },
        'a relative phrase',
      );
    }),
    ...scan(text, new RegExp(`${B}para\\s+entonces${E}`, 'iu'), (m) =>
      mention(
        m,
        { kind: 'relative', relation: 'before', offset: null, anchor: { kind: 'previous' }, moment: true },
        'a relative phrase',
      ),
    ),
  ];
}

function days(text: string): Mention[] {
  const day = (relation: 'after' | 'before', anchor: Anchor): Reading => ({
    kind: 'relative',
    relation,
    offset: { kind: 'exact', count: 1, unit: 'D' },
    anchor,
  });
  const next = new RegExp(
    `${B}(?:(?:al|el)\\s+(?:otro\\s+)?día\\s+siguiente|a\\s+la\\s+(?:mañana|tarde|noche)\\s+siguiente|un\\s+día\\s+después)(?<rest>${OF})?${E}`,
    'iu',
  );
  const before = new RegExp(
    `${B}(?:el\\s+día\\s+anterior|la\\s+víspera|la\\s+noche\\s+anterior)(?<rest>\\s+(?:a|al|de|del)\\s+${ANCHOR_PATTERN})?${E}`,
    'iu',
  );
  const same = new RegExp(
    `${B}(?:(?:ese|aquel)\\s+(?:mismo\\s+)?día|el\\s+mismo\\s+día|(?:esa|aquella)\\s+(?:misma\\s+)?(?:mañana|tarde|noche|fecha)|(?:en\\s+)?la\\s+misma\\s+fecha)${E}`,
    'iu',
  );
  return [
    ...scan(text, next, (m) => mention(m, day('after', anchorOf(m.groups?.anchor)), 'a relative phrase')),
    ...scan(text, before, (m) => mention(m, day('before', anchorOf(m.groups?.anchor)), 'a relative phrase')),
    ...scan(text, same, (m) =>
      mention(
        m,
        { kind: 'relative', relation: 'same-day', offset: null, anchor: { kind: 'last-day' } },
        'a relative phrase',
      ),
    ),
  ];
}

/**
 * "el lunes siguiente", "el viernes anterior": from the previous event; "el viernes anterior a la
 * reunión", "el lunes después del cierre": from the event named.
 */
function weekdays(text: string): Mention[] {
  const re = new RegExp(
    `${B}(?:el|al)\\s+(${WEEKDAY_PATTERN.es})\\s+(siguiente|posterior|anterior|previo|antes|después)${E}(?:\\s+(?:a|de)\\s+${NAMED_EVENT_PATTERN}|\\s+(?:al|del)\\s+(?<bare>[^\\s,.;:]+))?`,
    'iu',
  );
  return scan(text, re, (m) => {
    const weekday = weekdayNumber(m[1] as string);
    if (weekday === null) return null;
    const words = m.groups?.anchor ?? (m.groups?.bare ? `el ${m.groups.bare}` : undefined);
    // "antes" and "después" alone are adverbs of the clause, not of the weekday.
    if (words === undefined && /^(?:antes|después)$/iu.test(m[2] as string)) return null;
    const relation = /^(?:anterior|previo|antes)$/iu.test(m[2] as string) ? 'before' : 'after';
    const reading: Reading = { kind: 'relative-weekday', weekday, relation, anchor: anchorOf(words) };
    return mention(m, reading, 'a relative weekday');
  });
}

const PARTS: Record<string, Part> = {
  principios: 'early',
  comienzos: 'early',
  inicios: 'early',
  mediados: 'mid',
  finales: 'late',
  fines: 'late',
};
const UNITS: Record<string, 'week' | 'month' | 'year'> = { semana: 'week', mes: 'month', año: 'year' };

function units(text: string): Mention[] {
  const re = new RegExp(
    `${B}(?:a\\s+(?<part>principios|comienzos|inicios|mediados|finales|fines)\\s+de\\s+(?:ese|aquel)\\s+(?<u1>mes|año)|(?<order>más\\s+tarde|después|antes)\\s+(?:ese|aquel|esa|aquella)\\s+(?:mism[oa]\\s+)?(?<u2>semana|mes|año)|(?:ese|aquel|esa|aquella)\\s+(?:mism[oa]\\s+)?(?<u3>semana|mes|año)|(?:al|el|la|a\\s+la)\\s+(?<u4>semana|mes|año)\\s+(?<shift>siguiente|anterior))${E}`,
    'iu',
  );
  return scan(text, re, (m) => {
    const g = m.groups ?? {};
    const unit = UNITS[(g.u1 ?? g.u2 ?? g.u3 ?? g.u4 ?? '').toLowerCase()];
    if (!unit) return null;
    const part = g.part ? (PARTS[g.part.toLowerCase()] ?? null) : null;
    const order = g.order ? (/^antes$/i.test(g.order) ? 'before' : 'after') : null;
    const shift = g.shift ? (/^siguiente$/i.test(g.shift) ? 1 : -1) : 0;
    return mention(m, { kind: 'relative-unit', unit, shift, order, part }, 'a relative phrase');
  });
}

/** The Spanish relative phrases of `text`. */
export function spanishRelativeMentions(text: string): Mention[] {
  return [
    ...offsets(text),
    ...uncounted(text),
    ...days(text),
    ...weekdays(text),
    ...units(text),
    ...namedEvents(text),
    ...firstUnitMentions(text, 'es'),
    ...beforeScheduledMentions(text, 'es'),
  ];
}
