import { stringify } from 'csv-stringify/sync';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';
import { stripControlCharacters } from './plainText.ts';

/**
 * A cell a spreadsheet would run as a formula (`= + - @`, or a tab/CR that hides one) is prefixed
 * with an apostrophe (OWASP's advice for CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  'factId',
  'date',
  'edtf',
  'earliest',
  'latest',
  'precision',
  'approximate',
  'uncertain',
  'summary',
  'actors',
  'topics',
  'place',
  'sources',
  'status',
  'revision',
] as const;

/** Options of {@link timelineToCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (U+FEFF), without which Excel reads UTF-8 as its legacy
   * code page and shows accents as mojibake. Default true; false for programs that do not skip it.
   */
  readonly bom?: boolean;
}

/**
 * The timeline as CSV (RFC 4180), one row per entry: control characters removed (line breaks kept,
 * quoted) and every text cell neutralised against formulas.
 */
export function timelineToCsv(timeline: Timeline, options: CsvOptions = {}): string {
  const rows = timeline.entries.map((e) =>
    [
      e.factId,
      e.when.label,
      e.when.edtf,
      e.when.earliest ?? '',
      e.when.latest ?? '',
      e.when.precision,
      String(e.when.approximate),
      String(e.when.uncertain),
      e.summary,
      e.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join('; '),
      e.topics.map((t) => t.label).join('; '),
      e.place ?? '',
      [...new Set(e.citations.map((c) => c.source.title ?? c.source.id))].join('; '),
      e.status,
      String(e.revision),
    ].map((cell) => neutraliseFormula(stripControlCharacters(cell))),
  );
  return `${options.bom === false ? '' : '\uFEFF'}${stringify([[...CSV_COLUMNS], ...rows])}`;
}
