import { yearLabel } from './formatDateLabel.ts';

/**
 * Labels of periods longer than a month (English, no locale):
 *
 * - seasons: `spring 2022`, winter across the new year `winter 2022–23`; 25–28 add `(Northern)`,
 *   29–32 `(Southern)` (`summer 2022–23 (Southern)` runs December to February);
 * - quarters `Q2 2022`, halves `first half of 2022`;
 * - decades `1960s`, centuries `20th century` (the years 1900–1999), before year 1000 as a span
 *   of years with its era (`AD 90–99`, `200 BC – 191 BC`);
 * - "some year in" a period for a year with unspecified digits: `some year in the 2010s`,
 *   `some year in the 21st century`; other digit patterns name the pattern and its bounds.
 */

const SEASON_NAMES = ['spring', 'summer', 'autumn', 'winter'] as const;

/**
 * @example
 * seasonLabel(2022, 21) //=> 'spring 2022'
 * seasonLabel(2022, 24) //=> 'winter 2022–23'
 * seasonLabel(1999, 24) //=> 'winter 1999–2000'
 * seasonLabel(2022, 30) //=> 'summer 2022–23 (Southern)'
 * seasonLabel(2022, 34) //=> 'Q2 2022'
 * seasonLabel(2022, 40) //=> 'first half of 2022'
 */
export function seasonLabel(year: number, season: number): string {
  if (season >= 33 && season <= 36) return `Q${season - 32} ${yearLabel(year)}`;
  if (season === 40 || season === 41) return `${season === 40 ? 'first' : 'second'} half of ${yearLabel(year)}`;
  const southern = season >= 29;
  const name = SEASON_NAMES[(season - 21) % 4] ?? 'spring';
  const hemisphere = season <= 24 ? '' : southern ? ' (Southern)' : ' (Northern)';
  // A Northern winter and a Southern summer run from December into the next year.
  const acrossYears = southern ? name === 'summer' : name === 'winter';
  return `${acrossYears ? `${name} ${yearsAcross(year)}` : `${name} ${yearLabel(year)}`}${hemisphere}`;
}

/** `2022–23`, `1999–2000`, `1 BC – AD 1`. */
function yearsAcross(year: number): string {
  const next = year + 1;
  if (year >= 1000 && Math.floor(year / 100) === Math.floor(next / 100)) {
    return `${year}–${String(next % 100).padStart(2, '0')}`;
  }
  return yearSpanLabel(year, next);
}

/**
 * A span of whole years, with the era where it is needed.
 *
 * @example
 * yearSpanLabel(1964, 2008) //=> '1964–2008'
 * yearSpanLabel(90, 99)     //=> 'AD 90–99'
 * yearSpanLabel(-199, -190) //=> '200 BC – 191 BC'
 * yearSpanLabel(0, 9)       //=> '1 BC – AD 9'
 */
export function yearSpanLabel(firstYear: number, lastYear: number): string {
  if (firstYear >= 1000) return `${firstYear}–${lastYear}`;
  if (firstYear >= 1) return lastYear >= 1000 ? `AD ${firstYear} – ${lastYear}` : `AD ${firstYear}–${lastYear}`;
  return `${yearLabel(firstYear)} – ${yearLabel(lastYear)}`;
}

/**
 * A decade by its first year: `1960s`; before year 1000 as a span of years (`AD 90–99`), whose
 * `90s` would read as the 1990s.
 *
 * @example
 * decadeLabel(1960) //=> '1960s'
 * decadeLabel(90)   //=> 'AD 90–99'
 */
export function decadeLabel(firstYear: number): string {
  return firstYear >= 1000 ? `${firstYear}s` : yearSpanLabel(firstYear, firstYear + 9);
}

/**
 * A century by its first year, counted as journalists do (the 1900s are the 20th century).
 * Before year 0 as a span of years.
 *
 * @example
 * centuryLabel(1900) //=> '20th century'
 * centuryLabel(2000) //=> '21st century'
 * centuryLabel(-100) //=> '101 BC – 2 BC'
 */
export function centuryLabel(firstYear: number): string {
  if (firstYear < 100) return yearSpanLabel(firstYear, firstYear + 99);
  return `${ordinal(firstYear / 100 + 1)} century`;
}

/**
 * "Some year in" the decade or century a year's unspecified digits leave open.
 *
 * @example
 * someYearLabel(2010, 2019) //=> 'some year in the 2010s'
 * someYearLabel(2000, 2099) //=> 'some year in the 21st century'
 * someYearLabel(1000, 1999) //=> 'some year from 1000 to 1999'
 * someYearLabel(90, 99)     //=> 'some year from AD 90 to 99'
 */
export function someYearLabel(firstYear: number, lastYear: number): string {
  const length = lastYear - firstYear + 1;
  if (length === 10 && firstYear >= 1000) return `some year in the ${decadeLabel(firstYear)}`;
  if (length === 100 && firstYear >= 100) return `some year in the ${centuryLabel(firstYear)}`;
  return `some year from ${yearSpanLabel(firstYear, lastYear).replace(/ ?– ?/, ' to ')}`;
}

/**
 * @example
 * ordinal(1) //=> '1st'
 * ordinal(12) //=> '12th'
 * ordinal(22) //=> '22nd'
 */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
