import { monthName } from './calendar.ts';
import type { Component } from './qualification.ts';

/**
 * Labels follow these rules (English, no locale):
 *
 * - day `22 April 2022`, month `April 2022`, year `2022` (periods: `formatPeriodLabel.ts`);
 * - years are astronomical as in EDTF, labelled BC at and below zero: `0000` is `1 BC`,
 *   `-0100` is `101 BC`; years 1–999 carry their era, `AD 9`, so that they do not read as a
 *   day or a short form; long years are written in full (`9999999`);
 * - a date-time keeps its stated offset: `22 April 2022, 10:00 (UTC+02:00)`, `(UTC)` for `Z`,
 *   nothing for a date-time without a zone; seconds are shown only when written and not `:00`;
 * - a qualifier on the whole date: `c. 22 April 2022` (`~`), `22 April 2022?` (`?`),
 *   `c. 22 April 2022?` (`%`); on some components only, a note naming them:
 *   `22 April 2022 (year uncertain)`, `22 April 2022 (month approximate)`,
 *   `April 2022 (year and month approximate and uncertain)`.
 */
export function yearLabel(year: number): string {
  if (year >= 1000) return String(year);
  return year >= 1 ? `AD ${year}` : `${1 - year} BC`;
}

/** @example dayLabel(2022, 4, 22) //=> '22 April 2022' */
export function dayLabel(year: number, month: number, day: number): string {
  return `${day} ${monthName(month)} ${yearLabel(year)}`;
}

/** @example monthLabel(2022, 4) //=> 'April 2022' */
export function monthLabel(year: number, month: number): string {
  return `${monthName(month)} ${yearLabel(year)}`;
}

/**
 * @example
 * timeLabel('10:00:00', '+02:00') //=> '10:00 (UTC+02:00)'
 * timeLabel('23:20:30', '+00:00') //=> '23:20:30 (UTC)'
 * timeLabel('23:20', undefined)   //=> '23:20'
 */
export function timeLabel(written: string, timeZone: string | undefined): string {
  const [hh = '', mm = '', rest] = written.split(':');
  const time = rest === undefined || rest === '00' ? `${hh}:${mm}` : `${hh}:${mm}:${rest}`;
  if (timeZone === undefined) return time;
  return timeZone === '+00:00' ? `${time} (UTC)` : `${time} (UTC${timeZone})`;
}

/**
 * Adds the qualifier marks to a label (rules above).
 *
 * @example
 * qualifyLabel('2022', ['year'], [], ['year'])                          //=> 'c. 2022'
 * qualifyLabel('22 April 2022', [], ['year'], ['year', 'month', 'day']) //=> '22 April 2022 (year uncertain)'
 */
export function qualifyLabel(
  base: string,
  approximate: readonly Component[],
  uncertain: readonly Component[],
  present: readonly Component[],
): string {
  const whole = (list: readonly Component[]) => list.length === present.length;
  let label = base;
  if (approximate.length > 0 && whole(approximate)) label = `c. ${label}`;
  if (uncertain.length > 0 && whole(uncertain)) label = `${label}?`;
  const partlyApproximate = approximate.length > 0 && !whole(approximate);
  const partlyUncertain = uncertain.length > 0 && !whole(uncertain);
  const notes: string[] = [];
  if (partlyApproximate && partlyUncertain && sameComponents(approximate, uncertain)) {
    notes.push(`${listOf(approximate)} approximate and uncertain`);
  } else {
    if (partlyApproximate) notes.push(`${listOf(approximate)} approximate`);
    if (partlyUncertain) notes.push(`${listOf(uncertain)} uncertain`);
  }
  return notes.length > 0 ? `${label} (${notes.join('; ')})` : label;
}

function sameComponents(a: readonly Component[], b: readonly Component[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

function listOf(components: readonly Component[]): string {
  if (components.length <= 1) return components.join('');
  return `${components.slice(0, -1).join(', ')} and ${components[components.length - 1]}`;
}
