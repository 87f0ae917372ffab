import { NAMED_EVENT_PATTERN, strictAnchor } from './anchorWords.ts';
import type { Mention } from './reading.ts';
import { B, scan } from './scan.ts';

/**
 * "an agreement could be reached before the ballot closes", "publicará la lista antes de que abra la
 * exposición": "before" and a clause in the present (the subjunctive in Spanish) whose verb is one of
 * a calendar's events (opening, closing, meeting, starting, ending, expiring) is on or before the
 * day of the event that clause names, told before it ("with the ballot closing on 7 November"); with
 * none told, no date; the subject names the event, the verb (any opening, any closing) does not. A past clause ("before the session ended") or a bare noun ("before the vote")
 * is not read here: the gold chronologies do not make an event of most of them.
 */

/** Verbs of a calendar's events in the present, third person. */
const EN_VERBS =
  '(?:re)?opens|closes|meets|sits|returns|resumes|reconvenes|begins|starts|ends|expires|lapses|takes\\s+place|kicks\\s+off';

/** The same in the Spanish present subjunctive. */
const ES_VERBS =
  '(?:re)?abran?|cierren?|se\\s+reúnan?|sesionen?|regresen?|reanuden?|comiencen?|empiecen?|inicien?|arranquen?|terminen?|concluyan?|venzan?|expiren?|se\\s+celebren?|tenga\\s+lugar';

/** The clause ends with its verb ("before the ballot closes."). */
const CLOSES = '(?=\\s*[,.;:!?]|\\s*$)';

const ENGLISH = new RegExp(
  `${B}before\\s+(?<anchor>(?:the|its|his|her|their)(?:\\s+[\\p{L}'’-]+){1,3}?)\\s+(?:${EN_VERBS})${CLOSES}`,
  'iu',
);

const SPANISH = new RegExp(`${B}antes\\s+de\\s+que\\s+(?:${ES_VERBS})\\s+${NAMED_EVENT_PATTERN}`, 'iu');

/** "before the ballot closes", "antes de que abra la exposición": on or before the event named. */
export function beforeScheduledMentions(text: string, lang: 'en' | 'es'): Mention[] {
  return scan(text, lang === 'en' ? ENGLISH : SPANISH, (m) => {
    return {
      start: m.index,
      end: m.index + m[0].length,
      reading: {
        kind: 'relative',
        relation: 'before',
        offset: null,
        anchor: strictAnchor(m.groups?.anchor),
        scheduled: true,
      },
      source: 'a relative phrase',
    };
  });
}
