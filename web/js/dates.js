/** Calendar days as the API gives them (`2022-04-22`, `-0044-03-15`), drawn in UTC. */

export const DAY_MS = 86_400_000;

/** The UTC midnight that starts `day` (years below 100 and BC years included). */
export function startOfDay(day) {
  const m = /^(-?\d{1,6})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

/** The UTC midnight after `day`: a day drawn as a range covers the whole day, no more. */
export function endOfDay(day) {
  const start = startOfDay(day);
  return start ? new Date(start.getTime() + DAY_MS) : null;
}

const INSTANT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

/** `2022-11-01T09:00:05Z` → `1 Nov 2022, 09:00:05 UTC`. */
export function formatInstant(iso) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${INSTANT.format(d)} UTC`;
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The bounds of a fuzzy date in words: `on 22 April 2022`, `between 1 April and 30 April 2022`,
 * `on or before 2 May 2022`, `on or after 1 April 2022`.
 */
export function boundsText(when) {
  const fmt = (day) => {
    const d = startOfDay(day);
    return d ? DAY.format(d) : day;
  };
  if (!when.earliest && !when.latest) return 'at an unknown date';
  if (!when.earliest) return `on or before ${fmt(when.latest)}`;
  if (!when.latest) return `on or after ${fmt(when.earliest)}`;
  if (when.earliest === when.latest) return `on ${fmt(when.earliest)}`;
  return `between ${fmt(when.earliest)} and ${fmt(when.latest)}`;
}

/**
 * The days a fact's relations narrow its date to, in words (`between 22 April 2022 and 31 October
 * 2022 given its relations`), or null when they narrow nothing (the entry has no `effective`).
 */
export function narrowedText(when) {
  return when.effective ? `${boundsText(when.effective)} given its relations` : null;
}
