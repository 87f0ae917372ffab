import type { ImportCounts, ImportedItem, ImportReport, Section } from '../commands/dossier/importReport.ts';

const KIND: Record<Section, string> = { sources: 'source', actors: 'actor', topics: 'topic', facts: 'fact' };

const countsLine = (name: string, c: ImportCounts) =>
  `  ${name.padEnd(8)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ` +
  `${c.kept} kept, ${c.conflict} conflicts, ${c.rejected} rejected\n`;

const named = (item: ImportedItem) => `${KIND[item.section]} ${item.id}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const value = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v));

/** The lines of one group of items: their names on one line, or one line each with details. */
function group(title: string, items: readonly ImportedItem[], detail?: (item: ImportedItem) => string): string {
  if (items.length === 0) return '';
  if (!detail) return `${title}: ${items.map(named).join(', ')}\n`;
  return `${title}:\n${items.map((item) => `  ${named(item)}${detail(item)}`).join('')}`;
}

/** What an item appended (or would): how many events, each with its data on a dry run, and a conflict it settled. */
function eventsOf(item: ImportedItem): string {
  const settled = item.conflict ? ', a conflict: the file’s version (--prefer file)' : '';
  let out = ` (${plural(item.events, 'event')}${settled})\n`;
  for (const e of item.planned ?? []) out += `    ${e.type} ${JSON.stringify(e.data)}\n`;
  return out + differences(item);
}

function differences(item: ImportedItem): string {
  return (item.conflict?.fields ?? [])
    .map((f) => `    ${f.field}\n      file:  ${value(f.file)}\n      store: ${value(f.store)}\n`)
    .join('');
}

/**
 * The import report as text: counts per section, then by id every item created, updated, kept or
 * in conflict, grouped by outcome (the unchanged ones are only counted; `--json` lists them too).
 */
export function formatImportReport(file: string, report: ImportReport): string {
  const items = (outcome: ImportedItem['outcome']) => report.items.filter((i) => i.outcome === outcome);
  const written = report.items.filter((i) => i.outcome === 'created' || i.outcome === 'updated');
  let out = report.dryRun
    ? `Dry run of ${file}: nothing written; ${plural(
        written.reduce((n, i) => n + i.events, 0),
        'event',
      )} would be appended to ${plural(written.length, 'item')}\n`
    : `Imported ${file}: ${plural(report.appended, 'event')} appended to ${plural(written.length, 'item')}\n`;
  out +=
    countsLine('sources', report.sources) +
    countsLine('actors', report.actors) +
    countsLine('topics', report.topics) +
    countsLine('facts', report.facts);
  if (report.dossier.outcome === 'updated') out += `Title: ${value(report.dossier.title)}\n`;
  out += group('Created', items('created'), eventsOf);
  out += group('Updated', items('updated'), eventsOf);
  const kept = items('kept');
  out += group(
    'Kept, newer in store',
    kept.filter((i) => !i.conflict),
  );
  out += group(
    'Kept the store’s version (--prefer store)',
    kept.filter((i) => i.conflict),
    (item) => `\n${differences(item)}`,
  );
  const conflicts = items('conflict');
  if (conflicts.length > 0)
    out += group(
      'Conflicts: changed in the file and in the store since the last import; nothing of them ' +
        `${report.dryRun ? 'would be' : 'was'} written (--prefer file applies the file’s, --prefer store keeps the store’s)`,
      conflicts,
      (item) => ` (${item.path})\n${differences(item)}`,
    );
  if (report.rejected.length > 0) {
    out += `Rejected ${report.rejected.length} item(s); nothing of them was written:\n`;
    for (const r of report.rejected) {
      out += `  ${r.path}${r.id ? ` (${r.id})` : ''}\n`;
      for (const i of r.issues) out += `    ${i.path}: ${i.message}\n`;
    }
  }
  return out;
}
