import { calendarOf, dayOf, lastOfMonth } from './calendarDays.ts';
import { groupingDate, spanDate, type CapturedDate } from './capturedDate.ts';
import { daysInMonth } from '../dates/calendar.ts';
import type { Part } from './reading.ts';

/**
 * The part of a month or a year that "early", "mid", "late" and the halves name (docs/design.md,
 * How capture reads dates): of a month, days 1–10, 11–20, 21–end, 1–15, 16–end; of a year,
 * January–April, May–August, September–December, and the halves (EDTF 40, 41).
 */
export function partOfPeriod(period: CapturedDate, part: Part): { date: CapturedDate; words: string } | null {
  const { earliest, latest, uncertain } = period;
  if (earliest === null || latest === null) return null;
  const a = calendarOf(earliest);
  const b = calendarOf(latest);
  if (a.year === b.year && a.month === b.month) {
    const [from, to] = MONTH_PARTS[part];
    const end = to ?? daysInMonth(a.year, a.month);
    return {
      date: spanDate(dayOf(a.year, a.month, from), dayOf(a.year, a.month, end), uncertain),
      words: `days ${from}–${end} of the month (early = 1–10, mid = 11–20, late = 21–end; halves 1–15 and 16–end)`,
    };
  }
  if (a.year % 10 === 0 && b.year === a.year + 9 && a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31) {
    const [from, to] = DECADE_PARTS[part];
    return {
      date: spanDate(dayOf(a.year + from, 1, 1), dayOf(a.year + to, 12, 31), uncertain),
      words: 'years 0–3, 4–6 or 7–9 of the decade (early, mid, late; halves 0–4 and 5–9)',
    };
  }
  if (a.year !== b.year) return null;
  if (part === 'first-half' || part === 'second-half') {
    return { date: groupingDate(a.year, part === 'first-half' ? 40 : 41, uncertain), words: 'a half of the year' };
  }
  const [from, to, months] = YEAR_PARTS[part];
  return {
    date: spanDate(dayOf(a.year, from, 1), lastOfMonth(a.year, to), uncertain),
    words: `${months} of the year (early = January–April, mid = May–August, late = September–December)`,
  };
}

const MONTH_PARTS: Record<Part, [number, number | null]> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, null],
  'first-half': [1, 15],
  'second-half': [16, null],
};

const DECADE_PARTS: Record<Part, [number, number]> = {
  early: [0, 3],
  mid: [4, 6],
  late: [7, 9],
  'first-half': [0, 4],
  'second-half': [5, 9],
};

const YEAR_PARTS: Record<'early' | 'mid' | 'late', [number, number, string]> = {
  early: [1, 4, 'January–April'],
  mid: [5, 8, 'May–August'],
  late: [9, 12, 'September–December'],
};
