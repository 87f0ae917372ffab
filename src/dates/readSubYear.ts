import type { EdtfParsedSeason } from 'edtf';
import { daysInMonth } from './calendar.ts';
import type { DatePart } from './DatePart.ts';
import { finish, iso, UnsupportedEdtfError } from './finishPart.ts';
import { seasonLabel } from './formatPeriodLabel.ts';

/**
 * First month and length in months of each EDTF sub-year grouping Chronicle reads: meteorological
 * seasons (21–24 and the Northern 25–28: spring = March–May; the Southern 29–32: spring =
 * September–November), quarters (33–36) and halves (40–41). A winter (Northern) or summer
 * (Southern) runs into the next year. The `edtf` package maps seasons to quarters and swaps the
 * Southern ones; this table is the rule instead (docs/design.md § Fuzzy dates).
 */
type Grouping = 'season' | 'quarter' | 'half';

const GROUPS: Readonly<Record<number, { start: number; months: number; precision: Grouping }>> = {
  21: { start: 3, months: 3, precision: 'season' },
  22: { start: 6, months: 3, precision: 'season' },
  23: { start: 9, months: 3, precision: 'season' },
  24: { start: 12, months: 3, precision: 'season' },
  25: { start: 3, months: 3, precision: 'season' },
  26: { start: 6, months: 3, precision: 'season' },
  27: { start: 9, months: 3, precision: 'season' },
  28: { start: 12, months: 3, precision: 'season' },
  29: { start: 9, months: 3, precision: 'season' },
  30: { start: 12, months: 3, precision: 'season' },
  31: { start: 3, months: 3, precision: 'season' },
  32: { start: 6, months: 3, precision: 'season' },
  33: { start: 1, months: 3, precision: 'quarter' },
  34: { start: 4, months: 3, precision: 'quarter' },
  35: { start: 7, months: 3, precision: 'quarter' },
  36: { start: 10, months: 3, precision: 'quarter' },
  40: { start: 1, months: 6, precision: 'half' },
  41: { start: 7, months: 6, precision: 'half' },
};

/**
 * A season, quarter or half of a year (an edtf `Season`), with its qualifiers.
 *
 * @example
 * readSubYear(parse('2022-30')).exact //=> { earliest: '2022-12-01', latest: '2023-02-28' } (Southern summer)
 */
export function readSubYear(parsed: EdtfParsedSeason): DatePart {
  const [year, code] = parsed.values;
  const group = GROUPS[code];
  if (group === undefined) {
    throw new UnsupportedEdtfError(
      `sub-year grouping ${code} is not supported (21–32 seasons, 33–36 quarters, 40–41 halves)`,
    );
  }
  if (parsed.unspecified) {
    throw new UnsupportedEdtfError('a season, quarter or half with unspecified digits is not supported');
  }
  const endIndex = year * 12 + group.start - 1 + group.months - 1; // zero-based index of the last month
  const endYear = Math.floor(endIndex / 12);
  const endMonth = endIndex - endYear * 12 + 1;
  return finish({
    exact: { earliest: iso(year, group.start, 1), latest: iso(endYear, endMonth, daysInMonth(endYear, endMonth)) },
    label: seasonLabel(year, code),
    precision: group.precision,
    present: ['year', group.precision],
    qualifiers: parsed,
  });
}
