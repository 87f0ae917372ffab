import { IRREGULAR_PAST } from './pastVerbs.ts';
import { B, E, scan } from './scan.ts';
import { COUNT_PATTERN, MONTH_PATTERN, countOf, countedIn } from './lexicon.ts';
import { ANCHOR_PATTERN, NAMED_EVENT_PATTERN, anchorOf, sinceReading, strictAnchor } from './anchorWords.ts';
import { englishWeekdayMentions } from './relativeWeekdays.ts';
import { OFFSET_PATTERN, QUALIFIER_PATTERN, offsetOf } from './offsetWords.ts';
import type { Anchor, Mention, Reading } from './reading.ts';
import { relativeUnitMentions } from './relativeUnits.ts';
import { dayClauseMentions } from './dayClause.ts';
import { ellipticDayMentions } from './ellipticDay.ts';
import { firstUnitMentions } from './firstUnits.ts';
import { beforeScheduledMentions } from './beforeScheduled.ts';

/** English relative phrases: "ten days after the inspection", "three days later", "the following Monday". */

const mention = (m: RegExpExecArray, reading: Reading, source: string): Mention => ({
  start: m.index,
  end: m.index + m[0].length,
  reading,
  source,
});

/** "the previous October", "the following January": a month the story orders, not an event's name. */
const CALENDAR_WORDS = new RegExp(
  `^the\\s+(?:previous|preceding|prior|following|next|subsequent)\\s+(?:${MONTH_PATTERN.en})$`,
  'iu',
);

/** The words of an anchor after the phrase, on the same line (a heading's last words name no anchor on the next). */
const A = `(?:[^\\S\\n]+${ANCHOR_PATTERN})`;

/**
 * "since the recall", "since buying it" → open from the event it names; "since then", "ever since",
 * "from then on" → from the previous event; "within 24 hours of the fire" → at most a day after it; "on the night of the inspection" →
 * the same day as it.
 */
function namedEvents(text: string): Mention[] {
  // "since the night of the flood": open from the event, as "since the flood".
  const since = new RegExp(
    `${B}(?:ever\\s+)?since\\s+(?:(?<then>then)${E}|(?:the\\s+(?:day|night|morning|afternoon|evening)\\s+of\\s+)?${NAMED_EVENT_PATTERN})`,
    'iu',
  );
  // "since buying it", "since taking office": the event a gerund names, by its verb.
  const sinceDoing = new RegExp(
    `${B}(?:ever\\s+)?since\\s+(?<anchor>(?!(?:morning|evening|spring|nothing|something|everything)${E})\\p{L}{2,}ing(?:\\s+(?:it|them|him|her|office|power|(?:the|its|his|her|their)\\s+\\p{L}+))?)${E}`,
    'iu',
  );
  // "From then on", "from that point onwards": open from the previous event, as "since then".
  const fromThen = new RegExp(`${B}from\\s+(?:then|that\\s+(?:point|moment|day|time))\\s+on(?:wards?)?${E}`, 'iu');
  const hours = new RegExp(`${B}within\\s+(?<n>\\d{1,3})\\s+hours\\s+of\\s+${NAMED_EVENT_PATTERN}`, 'iu');
  const dayOf = new RegExp(
    `${B}on\\s+the\\s+(?:day|night|morning|afternoon|evening)\\s+(?:of\\s+|that\\s+|when\\s+)?${NAMED_EVENT_PATTERN}`,
    'iu',
  );
  const weekOf = new RegExp(`${B}(?:in\\s+)?the\\s+week\\s+(?<dir>before|after)\\s+${NAMED_EVENT_PATTERN}`, 'iu');
  return [
    // "since the previous October" names a date, which its own reading bounds.
    ...scan(text, since, (m) =>
      CALENDAR_WORDS.test(m.groups?.anchor ?? '') ? null : mention(m, sinceReading(m.groups), 'a relative phrase'),
    ),
    ...scan(text, sinceDoing, (m) => mention(m, sinceReading(m.groups), 'a relative phrase')),
    ...scan(text, fromThen, (m) => mention(m, sinceReading({ then: 'then' }), 'a relative phrase')),
    ...scan(text, hours, (m) =>
      mention(
        m,
        {
          kind: 'relative',
          relation: 'after',
          offset: { kind: 'at-most', count: Math.max(1, Math.ceil(Number(m.groups?.n) / 24)), unit: 'D' },
          anchor: strictAnchor(m.groups?.anchor),
        },
        'a relative phrase',
      ),
    ),
    ...scan(text, weekOf, (m) =>
      mention(
        m,
        {
          kind: 'relative',
          relation: /^before$/i.test(m.groups?.dir ?? '') ? 'before' : 'after',
          offset: null,
          anchor: strictAnchor(m.groups?.anchor),
          week: true,
        },
        'a relative phrase',
      ),
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

/** Whether the words of the sentence before `at` tell a past act ("matched the increase") and no rule or plan ("must", "would"). */
function toldPast(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0));
  return (
    new RegExp(`(?:[a-z]{2}ed|(?<![\\p{L}])(?:${IRREGULAR_PAST}))\\s+(?:\\S+\\s+){0,4}$`, 'iu').test(sentence) &&
    !/(?<![\p{L}])(?:must|will|would|should|shall|can|could|may|might|to|if|unless)(?![\p{L}])/iu.test(sentence)
  );
}

/** A determiner after "on" ("on the bench", "on this ground"); "Twelve days on, the Gazette …" counts time later. */
const SPENT_ON = /^\s+(?:the|this|that|these|those|a|an|his|her|their|its|my|our|your)(?![\p{L}])/iu;

function offsets(text: string): Mention[] {
  const counted = new RegExp(
    `${B}${OFFSET_PATTERN}\\s+(?<dir>after|before|later|earlier|afterwards?|prior\\s+to|following|on)${E}(?<day>\\s+to\\s+the\\s+day${E})?(?<rest>${A})?`,
    'iu',
  );
  const out = scan(text, counted, (m) => {
    const offset = offsetOf(m.groups);
    const dir = (m.groups?.dir ?? '').toLowerCase();
    if (!offset) return null;
    // "after 31 years on the bench": "on" before a determiner opens where the time was spent, no count of time later.
    if (dir === 'on' && SPENT_ON.test(text.slice(m.index + m[0].length - (m.groups?.rest?.length ?? 0)))) return null;
    const standsAlone = /^(later|earlier|afterwards?|on)$/.test(dir);
    const relation = /^(before|earlier|prior)/.test(dir) ? 'before' : 'after';
    const end = standsAlone ? m.index + m[0].length - (m.groups?.rest?.length ?? 0) : m.index + m[0].length;
    const reading: Reading = {
      kind: 'relative',
      relation,
      offset,
      anchor: standsAlone ? { kind: 'previous' } : anchorOf(m.groups?.anchor),
      ...(m.groups?.day ? { toTheDay: true } : {}),
    };
    return { ...mention(m, reading, 'a relative phrase'), end };
  });
  // "Within a month, she had found …", "Rivals matched the rise within a week": opening its sentence or
  // after a verb in the past, a count from the previous event (not "must reply within a week", a rule).
  const opening = new RegExp(
    `${B}within\\s+(?:${OFFSET_PATTERN}|(?<vague>days|weeks|months))${E}(?!\\s+(?:of|after)${E})`,
    'iu',
  );
  out.push(
    ...scan(text, opening, (m) => {
      const opens = /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, m.index - 8), m.index));
      if (!opens && !toldPast(text, m.index)) return null;
      const offset = m.groups?.vague ? null : offsetOf({ ...m.groups, q: 'within' });
      if (!offset && !m.groups?.vague) return null;
      const reading: Reading = {
        kind: 'relative',
        relation: 'after',
        offset,
        anchor: { kind: 'previous' },
        untilPublication: offset === null,
        countedIn: countedIn(m.groups?.vague),
      };
      return mention(m, reading, 'a relative phrase');
    }),
  );
  // "48 hours later": whole days when the hours make them, else at most the days they reach; "less
  // than 24 hours later" at most, "more than 48 hours later" at least, as the qualifier says.
  const hours = new RegExp(
    `${B}(?:(?<q>${QUALIFIER_PATTERN})\\s+)?(?<n>${COUNT_PATTERN})\\s+hours\\s+(?<dir>later|earlier|afterwards?)${E}`,
    'iu',
  );
  out.push(
    ...scan(text, hours, (m) => {
      const n = countOf(m.groups?.n ?? '');
      if (n === null || n < 1) return null;
      const said = m.groups?.q ? offsetOf({ q: m.groups.q, n: '1', u: 'day' })?.kind : undefined;
      const kind = said ?? (n % 24 === 0 ? 'exact' : 'at-most');
      const count = kind === 'at-least' ? Math.max(1, Math.floor(n / 24)) : Math.ceil(n / 24);
      const reading: Reading = {
        kind: 'relative',
        relation: /^earlier$/i.test(m.groups?.dir ?? '') ? 'before' : 'after',
        offset: kind === 'between' ? { kind: 'at-most', count, unit: 'D' } : { kind, count, unit: 'D' },
        anchor: { kind: 'previous' },
      };
      return mention(m, reading, 'a relative phrase');
    }),
  );
  // "within ten days of the inspection": only an event the text told makes it a date ("within 30
  // days of a claim" is a rule, not an event).
  const within = new RegExp(`${B}within\\s+${OFFSET_PATTERN}\\s+of\\s+${NAMED_EVENT_PATTERN}`, 'iu');
  out.push(
    ...scan(text, within, (m) => {
      const offset = offsetOf({ ...m.groups, q: 'within' });
      return offset
        ? mention(
            m,
            { kind: 'relative', relation: 'after', offset, anchor: strictAnchor(m.groups?.anchor) },
            'a relative phrase',
          )
        : null;
    }),
  );
  return out;
}

function uncounted(text: string): Mention[] {
  const vague = new RegExp(
    `${B}(?:(?:a\\s+few|several|many|some)\\s+)?(?<u>hours|days|weeks|months|years)\\s+(?<dir>later|earlier|afterwards?|after|before)${E}(?<rest>${A})?`,
    'iu',
  );
  const out = scan(text, vague, (m) => {
    const dir = (m.groups?.dir ?? '').toLowerCase();
    const standsAlone = dir !== 'after' && dir !== 'before';
    // "The days after" ending a line is a heading, not a date.
    if (!standsAlone && !m.groups?.rest && /^[^\S\n]*(?:\n|$)/u.test(text.slice(m.index + m[0].length))) return null;
    const relation = dir === 'before' || dir === 'earlier' ? 'before' : 'after';
    const hours = m.groups?.u?.toLowerCase() === 'hours';
    const reading: Reading = {
      kind: 'relative',
      relation,
      offset: hours ? { kind: 'at-most', count: 1, unit: 'D' } : null,
      anchor: standsAlone ? { kind: 'previous' } : anchorOf(m.groups?.anchor),
      untilPublication: relation === 'after' && !hours,
      countedIn: countedIn(m.groups?.u),
    };
    const end = standsAlone ? m.index + m[0].length - (m.groups?.rest?.length ?? 0) : m.index + m[0].length;
    return { ...mention(m, reading, 'a relative phrase'), end };
  });
  const soon = new RegExp(
    `${B}(?:(?:with)?in\\s+(?:the\\s+)?(?:days|weeks|months|hours)\\s+(?:of|after)|(?:soon|shortly|not\\s+long|immediately|right|just)\\s+(?:after|afterwards?|thereafter))${E}(?<rest>${A})?`,
    'iu',
  );
  out.push(
    ...scan(text, soon, (m) => {
      const afterwards = /afterwards?|thereafter/i.test(m[0].slice(0, m[0].length - (m.groups?.rest?.length ?? 0)));
      const hours = /hours/i.test(m[0]);
      const reading: Reading = {
        kind: 'relative',
        relation: 'after',
        offset: hours ? { kind: 'at-most', count: 1, unit: 'D' } : null,
        anchor: afterwards ? { kind: 'previous' } : anchorOf(m.groups?.anchor),
        untilPublication: !hours,
        countedIn: countedIn(/hours|days|weeks|months/iu.exec(m[0])?.[0]),
      };
      const end = afterwards ? m.index + m[0].length - (m.groups?.rest?.length ?? 0) : m.index + m[0].length;
      return { ...mention(m, reading, 'a relative phrase'), end };
    }),
  );
  out.push(
    ...scan(text, new RegExp(`${B}(?:by|before)\\s+(?:then|that\\s+time)${E}`, 'iu'), (m) =>
      mention(
        m,
        { kind: 'relative', relation: 'before', offset: null, anchor: { kind: 'previous' }, moment: true },
        'a relative phrase',
      ),
    ),
  );
  return out;
}

function days(text: string): Mention[] {
  const day = (relation: 'after' | 'before', anchor: Anchor): Reading => ({
    kind: 'relative',
    relation,
    offset: { kind: 'exact', count: 1, unit: 'D' },
    anchor,
  });
  const next = new RegExp(
    `${B}(?:the\\s+(?:next|following)\\s+(?:day|morning|afternoon|evening|night)|the\\s+(?:day|morning)\\s+after(?<rest>${A})?)${E}`,
    'iu',
  );
  const before = new RegExp(
    `${B}(?:the\\s+(?:previous|preceding|prior)\\s+(?:day|morning|evening|night)|the\\s+(?:day|night|evening)\\s+(?:before|prior(?:\\s+to)?)(?<rest>${A})?)${E}`,
    'iu',
  );
  const same = new RegExp(
    `${B}(?:on\\s+|(?:later|earlier)\\s+)?(?:that|the\\s+same|that\\s+same)\\s+(?:day|date|morning|afternoon|evening|night)${E}`,
    'iu',
  );
  return [
    ...scan(text, next, (m) => mention(m, day('after', anchorOf(m.groups?.anchor)), 'a relative phrase')),
    ...scan(text, before, (m) => mention(m, day('before', anchorOf(m.groups?.anchor)), 'a relative phrase')),
    ...scan(text, new RegExp(`${B}the\\s+eve\\s+of${A}`, 'iu'), (m) =>
      mention(m, day('before', anchorOf(m.groups?.anchor)), 'a relative phrase'),
    ),
    ...scan(text, same, (m) =>
      mention(
        m,
        { kind: 'relative', relation: 'same-day', offset: null, anchor: { kind: 'last-day' } },
        'a relative phrase',
      ),
    ),
  ];
}

/** The English relative phrases of `text`. */
export function englishRelativeMentions(text: string): Mention[] {
  return [
    ...offsets(text),
    ...uncounted(text),
    ...days(text),
    ...englishWeekdayMentions(text),
    ...relativeUnitMentions(text),
    ...namedEvents(text),
    ...dayClauseMentions(text),
    ...ellipticDayMentions(text),
    ...firstUnitMentions(text, 'en'),
    ...beforeScheduledMentions(text, 'en'),
  ];
}
