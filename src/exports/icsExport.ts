import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';
import { dayNumber, isoDateOfDay } from '../dates/index.ts';
import { actorWithRole, citationGrade, shortText, sourceName } from './entryDetails.ts';

/** Options of {@link timelineToIcs}. */
export interface IcsOptions {
  /**
   * The moment of the export, written as every event's `DTSTAMP` (in UTC). Required: the export
   * reads no clock, so the same timeline and `now` always give the same bytes.
   */
  readonly now: Date;
  /**
   * The id of the store the timeline comes from (`storeIdOf`): each event's `UID` is
   * `<factId>@<storeId>`, unique across stores, stable across exports of one store.
   */
  readonly storeId: string;
  /** The calendar's `PRODID`. Default: {@link DEFAULT_ICS_PROD_ID}. */
  readonly prodId?: string;
}

export const DEFAULT_ICS_PROD_ID = '-//Chronicle//Chronicle timeline export//EN';

/** Citation quotes in `DESCRIPTION` are cut to this many characters. */
export const ICS_QUOTE_LENGTH = 160;

/** RFC 5545 §3.1: content lines are folded so that no line is longer than this many octets (CRLF excluded). */
export const ICS_LINE_OCTETS = 75;

const CRLF = '\r\n';

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` are backslash-escaped, every line break —
 * also the Unicode line and paragraph separators U+2028 and U+2029, which some parsers take for
 * the end of a content line — becomes `\n`, and control characters TEXT does not allow (all but
 * tab) are dropped.
 *
 * @example
 * escapeIcsText('a;b,c\\d\ne') //=> 'a\\;b\\,c\\\\d\\ne'
 */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation lines
 * start with one space (which counts), and a multi-byte UTF-8 character is never split.
 */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > ICS_LINE_OCTETS) {
      out += `${CRLF} `;
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** `YYYYMMDD` for a DATE value, or null when the year is outside the 4 digits RFC 5545 allows. */
function icsDate(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[1]}${match[2]}${match[3]}` : null;
}

function icsTimestamp(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('options.now is not a valid date');
  const iso = now.toISOString();
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`options.now (${iso}) is outside the years 0000–9999 iCalendar can write`);
  return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

/** `c. ` for an approximate date, `?` after an uncertain one, so the calendar view shows the doubt. */
function summaryOf(entry: TimelineEntry): string {
  return `${entry.when.approximate ? 'c. ' : ''}${entry.summary.trim()}${entry.when.uncertain ? '?' : ''}`;
}

function descriptionOf(entry: TimelineEntry): string {
  const qualifiers = [entry.when.approximate && 'approximate', entry.when.uncertain && 'uncertain'].filter(Boolean);
  const lines = [
    `Date: ${entry.when.label} (EDTF ${entry.when.edtf}${qualifiers.length ? `; ${qualifiers.join(', ')}` : ''})`,
  ];
  if (entry.actors.length) lines.push(`Actors: ${entry.actors.map(actorWithRole).join(', ')}`);
  if (entry.citations.length) {
    lines.push('Sources:');
    for (const c of entry.citations) {
      const stated = c.statedDate ? `, stated date ${c.statedDate}` : '';
      const quote = c.quote ? `: "${shortText(c.quote, ICS_QUOTE_LENGTH)}"` : '';
      lines.push(`- ${sourceName(c)} [${citationGrade(c)}]${stated}${quote}`);
    }
  }
  if (entry.status === 'retracted') lines.push('Retracted.');
  return lines.join('\n');
}

/** 2000-01-01T00:00:00Z: `SEQUENCE` counts seconds from here (a 32-bit integer until 2068). */
const SEQUENCE_EPOCH_MS = Date.UTC(2000, 0, 1);

/**
 * The `SEQUENCE` of an entry: the whole seconds from 2000 to the fact's last change, so it grows
 * with every revision and never goes back — not even for a store filled from another's dossier,
 * whose facts' revisions start again at 0 but whose changes are recorded later.
 */
export function icsSequenceOf(entry: Pick<TimelineEntry, 'updatedAt'>): number | null {
  const ms = Date.parse(entry.updatedAt);
  if (Number.isNaN(ms)) return null;
  return Math.min(2 ** 31 - 1, Math.max(0, Math.floor((ms - SEQUENCE_EPOCH_MS) / 1000)));
}

/** The content lines of one all-day VEVENT, or null when the entry has no calendar days to sit on. */
function eventLines(entry: TimelineEntry, dtstamp: string, storeId: string): string[] | null {
  const { earliest, latest } = entry.when;
  if (earliest === null || latest === null) return null;
  const start = icsDate(earliest);
  const end = icsDate(isoDateOfDay(dayNumber(latest) + 1));
  if (start === null || end === null) return null;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${entry.factId}@${storeId}`)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    `SUMMARY:${escapeIcsText(summaryOf(entry))}`,
    `DESCRIPTION:${escapeIcsText(descriptionOf(entry))}`,
  ];
  if (entry.place) lines.push(`LOCATION:${escapeIcsText(entry.place)}`);
  if (entry.topics.length) lines.push(`CATEGORIES:${entry.topics.map((t) => escapeIcsText(t.label)).join(',')}`);
  if (entry.status === 'retracted') lines.push('STATUS:CANCELLED');
  else if (entry.when.approximate || entry.when.uncertain) lines.push('STATUS:TENTATIVE');
  const sequence = icsSequenceOf(entry);
  if (sequence !== null) lines.push(`SEQUENCE:${sequence}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/**
 * The timeline as an iCalendar file (RFC 5545): one all-day `VEVENT` per entry, from its earliest
 * to its latest possible day.
 *
 * - `DTSTART;VALUE=DATE` is the earliest day, `DTEND;VALUE=DATE` the day after the latest (DTEND
 *   is exclusive), so `2022-04` covers 1–30 April and `2022-04-22~` the widened 19–25 April.
 * - `UID` is `<factId>@<storeId>` (unique across stores, stable across exports of one store, so
 *   re-importing updates events); `SEQUENCE` grows with every change of the fact and never goes
 *   back ({@link icsSequenceOf}); `DTSTAMP` is `options.now` in UTC.
 * - `SUMMARY` is the fact's summary, prefixed `c. ` when the date is approximate and followed by
 *   `?` when it is uncertain; such events also get `STATUS:TENTATIVE` (a retracted fact, as seen
 *   in an as-of timeline, gets `STATUS:CANCELLED`).
 * - `DESCRIPTION` holds the date label and EDTF, the actors with their roles and each source with
 *   its Admiralty grade, stated date and quote (cut to {@link ICS_QUOTE_LENGTH} characters).
 *   `LOCATION` is the place, `CATEGORIES` the topic labels. Events are `TRANSP:TRANSPARENT`:
 *   past facts do not make anyone busy.
 * - The calendar is named by `X-WR-CALNAME` (the timeline's name).
 *
 * Entries that cannot be all-day events are left out: an open start or end (`../2022-10`,
 * `2022-04/..`), or a day outside the years 0000–9999 that DATE values can write. The calendar
 * always says how many were left out in `X-CHRONICLE-SKIPPED:<count>` (`0` when none), a
 * property of the VCALENDAR that calendar apps ignore. With no events left the VCALENDAR has no
 * component at all, which RFC 5545's grammar does not allow but calendar apps accept.
 *
 * Lines end with CRLF and are folded at 75 octets without splitting a UTF-8 character; TEXT
 * values escape `\ ; ,` and line breaks. Pure: no clock, no I/O.
 */
export function timelineToIcs(timeline: Timeline, options: IcsOptions): string {
  const dtstamp = icsTimestamp(options.now);
  const events: string[] = [];
  let skipped = 0;
  for (const entry of timeline.entries) {
    const lines = eventLines(entry, dtstamp, options.storeId);
    if (lines) events.push(...lines);
    else skipped++;
  }
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeIcsText(options.prodId ?? DEFAULT_ICS_PROD_ID)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(timeline.timeline.name)}`,
    `X-CHRONICLE-SKIPPED:${skipped}`,
    ...events,
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldIcsLine(l)}${CRLF}`).join('');
}
