import type { Prng } from './prng.ts';

const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 10 * 365;
const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A fuzzy EDTF date in the mix analysts actually record: mostly days, then months, years,
 * approximate (`~`) and uncertain (`?`) days, spans, unspecified days (`XX`), open starts and
 * seasons. Shares (percent): day 70, `~` 6, `?` 4, `?` on the year 1, month 7, span 5, year 3,
 * `XX` 1, open start 1, season 1, approximate month 1.
 */
export function generateWhen(rng: Prng): string {
  const ms = FIRST_DAY + rng.int(DAYS) * 86_400_000;
  const day = isoDay(ms);
  const month = day.slice(0, 7);
  const year = day.slice(0, 4);
  const r = rng.int(100);
  if (r < 70) return day;
  if (r < 76) return `${day}~`;
  if (r < 80) return `${day}?`;
  if (r < 81) return `?${day}`;
  if (r < 88) return month;
  if (r < 93) return `${day}/${isoDay(ms + rng.between(1, 30) * 86_400_000)}`;
  if (r < 96) return year;
  if (r < 97) return `${month}-XX`;
  if (r < 98) return `../${month}`;
  if (r < 99) return `${year}-${rng.between(21, 24)}`;
  return `${month}~`;
}

/** How a source states the date of a day-precision fact ("April 22"), or null. */
export function statedDateOf(rng: Prng, when: string, monthNames: readonly string[]): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(when);
  if (!m || !rng.chance(0.5)) return null;
  return `${monthNames[Number(m[2]) - 1]} ${Number(m[3])}`;
}
