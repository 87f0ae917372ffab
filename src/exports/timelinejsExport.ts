import type { TimelineEntry } from '../../projections/queries/entries.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';
import { actorWithRole, citationGrade, dayPartsOf, sourceName } from './entryDetails.ts';

/**
 * A TimelineJS3 date object (https://timeline.knightlab.com/docs/json-format.html). Parts are
 * numbers; `year` is astronomical, like the JavaScript `Date` TimelineJS builds from it.
 */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Text shown instead of TimelineJS's own formatting; escaped by {@link escapeHtmlTwice}. */
  readonly display_date?: string;
}

/** A TimelineJS3 text object. Both fields are HTML; here every user-written part is escaped. */
export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

/** A TimelineJS3 slide for one timeline entry. */
export interface TimelineJsSlide {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: TimelineJsText;
  readonly group?: string;
  readonly display_date?: string;
  readonly unique_id: string;
}

/** The title slide: no dates. */
export interface TimelineJsTitleSlide {
  readonly text: TimelineJsText;
  readonly unique_id: string;
}

/** `human` unless a year lies beyond what a JavaScript `Date` holds. */
export type TimelineJsScale = 'human' | 'cosmological';

/** TimelineJS3's JSON format: pass it to `new TL.Timeline(id, document)` as it is. */
export interface TimelineJsDocument {
  readonly title: TimelineJsTitleSlide;
  readonly events: readonly TimelineJsSlide[];
  readonly scale: TimelineJsScale;
}

/** The title slide's id; `_` cannot start a fact id, so it never collides with an entry's. */
export const TIMELINEJS_TITLE_ID = '_title';

/** TimelineJS switches to the cosmological scale outside these years (its `_ensureValidScale`). */
const HUMAN_YEARS = { min: -271820, max: 275759 } as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML content and attribute values (`& < > " '`).
 *
 * @example
 * escapeHtml('<b>"R&D"</b>') //=> '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for the fields TimelineJS treats as plain text, `display_date` and `group`: it
 * reads them as HTML and keeps only their text (which decodes entities once), then writes that
 * text into the page as HTML again. Escaping twice leaves exactly the text on screen; escaping
 * once would let `&lt;img onerror=…&gt;` in a topic label come back as a live tag.
 *
 * @example
 * escapeHtmlTwice('R&D <b>') //=> 'R&amp;amp;D &amp;lt;b&amp;gt;'
 */
export function escapeHtmlTwice(text: string): string {
  return escapeHtml(escapeHtml(text));
}

/**
 * A bound as a TimelineJS date, always to the day: TimelineJS reads a date given to the month or
 * the year as its first day, so `{ year: 2019 }` as an end would stop the span on 1 January.
 */
function dateOf(isoDate: string): TimelineJsDate {
  const { year, month, day } = dayPartsOf(isoDate);
  return { year, month, day };
}

function textOf(entry: TimelineEntry): string {
  const { when } = entry;
  const qualifiers = [when.approximate && 'approximate', when.uncertain && 'uncertain'].filter(Boolean);
  const parts = [
    `<p><strong>Date:</strong> ${escapeHtml(when.label)} (EDTF <code>${escapeHtml(when.edtf)}</code>${qualifiers.length ? `; ${qualifiers.join(', ')}` : ''})</p>`,
  ];
  if (entry.status === 'retracted') parts.push('<p><strong>Retracted.</strong></p>');
  if (entry.actors.length)
    parts.push(`<p><strong>Actors:</strong> ${entry.actors.map((a) => escapeHtml(actorWithRole(a))).join(', ')}</p>`);
  if (entry.place) parts.push(`<p><strong>Place:</strong> ${escapeHtml(entry.place)}</p>`);
  if (entry.citations.length) {
    const items = entry.citations.map((c) => {
      const stated = c.statedDate ? `, stated date ${escapeHtml(c.statedDate)}` : '';
      const quote = c.quote ? `<blockquote>${escapeHtml(c.quote)}</blockquote>` : '';
      return `<li><cite>${escapeHtml(sourceName(c))}</cite> [${escapeHtml(citationGrade(c))}]${stated}${quote}</li>`;
    });
    parts.push(`<p><strong>Sources:</strong></p><ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

/** The slide of one entry, or null for an entry with neither bound (nothing to place it by). */
function slideOf(entry: TimelineEntry, fallbackGroup: string): TimelineJsSlide | null {
  const { earliest, latest, label } = entry.when;
  const startDay = earliest ?? latest;
  if (startDay === null) return null;
  const open = earliest === null || latest === null;
  const start = dateOf(startDay);
  const end = earliest !== null && latest !== null && latest !== earliest ? dateOf(latest) : null;
  return {
    // An open bound shows its label ("by October 2022") even where TimelineJS formats the start alone.
    start_date: open ? { ...start, display_date: escapeHtmlTwice(label) } : start,
    ...(end ? { end_date: end } : {}),
    text: { headline: escapeHtml(entry.summary), text: textOf(entry) },
    group: escapeHtmlTwice(entry.topics[0]?.label ?? fallbackGroup),
    display_date: escapeHtmlTwice(label),
    unique_id: entry.factId,
  };
}

function isHumanYear(year: number): boolean {
  return year >= HUMAN_YEARS.min && year <= HUMAN_YEARS.max;
}

/**
 * The timeline in TimelineJS3's JSON format, loadable as it is.
 *
 * - `start_date` is the earliest possible day and `end_date` the latest when it differs, both to
 *   the day, so a month, a season or a year is drawn as the span it covers (`2022-04` from 1 to
 *   30 April, `2019` to 31 December), as the page draws it, and bounds narrowed by unspecified
 *   digits keep their days (`2022-0X-31`: 31 January to 31 August). A day is a point.
 * - An open start (`../2022-10`) starts at its latest day; an open end (`2022-04/..`) has no
 *   `end_date`. Either way `start_date.display_date` carries the label. An entry with neither
 *   bound (the parser never makes one) is left out.
 * - `display_date` is always the entry's label ("c. 22 April 2022", "by October 2022",
 *   "15 March 101 BC"), so the fuzziness shows honestly and BC years read right.
 * - `group` is the first topic's label, or the timeline's name; `unique_id` is the fact id; the
 *   title slide (`unique_id` {@link TIMELINEJS_TITLE_ID}) carries the timeline's name.
 * - `text.headline` is the summary; `text.text` is HTML with the date, actors and roles, place
 *   and each source with its grade and quote.
 * - Years are astronomical and pass through at any size; `scale` turns `cosmological` when one
 *   is beyond a JavaScript `Date` (where TimelineJS only considers years).
 *
 * All user text (summary, names, labels, quotes, topic labels) is HTML-escaped (`& < > " '`):
 * TimelineJS renders `text.headline` and `text.text` as HTML (escaped once), and decodes
 * `display_date` and `group` to text before writing them as HTML (escaped twice, see
 * {@link escapeHtmlTwice}); `unique_id` is a fact id, a slug, and goes as it is.
 */
export function timelineToTimelineJs(timeline: Timeline): TimelineJsDocument {
  const name = timeline.timeline.name;
  const events = timeline.entries.flatMap((e) => slideOf(e, name) ?? []);
  const years = events.flatMap((s) => (s.end_date ? [s.start_date.year, s.end_date.year] : [s.start_date.year]));
  const count = `${events.length} ${events.length === 1 ? 'entry' : 'entries'}`;
  const asOf = timeline.asOf ? `, as known at ${escapeHtml(timeline.asOf)}` : '';
  return {
    title: { text: { headline: escapeHtml(name), text: `<p>${count}${asOf}</p>` }, unique_id: TIMELINEJS_TITLE_ID },
    events,
    scale: years.every(isHumanYear) ? 'human' : 'cosmological',
  };
}
