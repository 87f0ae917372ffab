import { dateOf, type CapturedDate } from './capturedDate.ts';

/**
 * The date an open statement names, the side of it the text writes: "closed since 3 September"
 * (`2026-09-03/..`) names 3 September, the day the state began; "had her coat on by 5:30 a.m. on
 * Tuesday, Sept. 15" (`../2026-09-15`) names 15 September. A count from such an event ("three days
 * before the closure", "Two days later") counts from that date, not from the open side, which says
 * how long the state held or how early the deadline was met, not when the event was. `null` for a
 * date closed on both sides, open on both, counted from another fact, or "on or before the
 * publication" (the widest honest date of an event the text does not date, which names no day).
 */
export function statedSide(
  date: CapturedDate,
  derived: boolean,
  publication: CapturedDate | null,
): CapturedDate | null {
  if (derived || (date.earliest === null) === (date.latest === null)) return null;
  const [start, end] = date.edtf.split('/');
  const side = date.earliest === null ? end : start;
  if (!side || side === '..') return null;
  const named = dateOf(side);
  if (!named || named.earliest === null || named.latest === null) return null;
  return date.earliest === null && publication !== null && named.latest === publication.latest ? null : named;
}
