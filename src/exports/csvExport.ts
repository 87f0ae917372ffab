import { stringify } from 'csv-stringify/sync';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';

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

/** The timeline as CSV (RFC 4180), one row per entry, every text cell neutralised. */
export function timelineToCsv(timeline: Timeline): string {
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
    ].map(neutraliseFormula),
  );
  return stringify([[...CSV_COLUMNS], ...rows]);
}
