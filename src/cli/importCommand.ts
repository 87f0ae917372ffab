import { ValidationError } from '../core/errors.ts';
import { importDossier } from '../commands/dossier/importDossier.ts';
import type { Preference } from '../commands/dossier/settleItem.ts';
import type { EventStore } from '../store/port.ts';
import type { CliCommand } from './context.ts';
import { formatImportReport } from './formatImportReport.ts';
import { readDossierFile } from './readDossierFile.ts';

function preferenceOf(value: unknown): Preference | undefined {
  if (value === undefined) return undefined;
  if (value === 'file' || value === 'store') return value;
  throw ValidationError.at('prefer', `must be file or store, got ${JSON.stringify(value)}`);
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a dossier (JSON or YAML); reports every item by id: created, updated, kept, conflict, rejected',
  usage:
    'chronicle import FILE [--dry-run] [--prefer file|store] [--reason TEXT] [--by NAME]\n' +
    '  An item unchanged in the file since the last import is left alone, even if the store changed it since;\n' +
    '  one changed in the file only is applied; one changed in both is a conflict, written not at all,\n' +
    '  unless --prefer file (apply the file’s) or --prefer store (keep the store’s).\n' +
    '  --dry-run writes nothing and prints the same report, with the events each item would append.\n' +
    '  Exit status 2 when any item was rejected or is in conflict (the other items are imported all the same).',
  options: {
    reason: { type: 'string' },
    by: { type: 'string' },
    'dry-run': { type: 'boolean' },
    prefer: { type: 'string' },
  },
  positionals: ['FILE'],
  async run(ctx, values, [file]) {
    const prefer = preferenceOf(values.prefer);
    const dryRun = values['dry-run'] === true;
    const dossier = await readDossierFile(ctx.io.cwd, file!, (warning) => ctx.io.stderr(`warning: ${warning}\n`));
    const chronicle = await ctx.chronicle();
    const imported = (store: EventStore) =>
      importDossier({ ...chronicle.write, store }, dossier, {
        metadata: {
          recordedBy: typeof values.by === 'string' ? values.by : ctx.config.user,
          reason: typeof values.reason === 'string' ? values.reason : `import ${file}`,
        },
        dryRun,
        ...(prefer ? { prefer } : {}),
        onProgress: (done, total) => ctx.progress(`${dryRun ? 'planning' : 'importing'}: ${done}/${total} items`),
      });
    // Each batch the import commits is projected in the turn of its commit, from the events in memory.
    const { result: report, projected } = dryRun
      ? { result: await imported(chronicle.write.store), projected: 0 }
      : await chronicle.runner.projectingBatches(chronicle.write.store, imported, (n) =>
          ctx.progress(`updating read models: ${n} events`),
        );
    ctx.progress('');
    ctx.print({ file, ...report, projected }, () => formatImportReport(file!, report));
    return report.rejected.length > 0 || report.items.some((i) => i.outcome === 'conflict') ? 2 : 0;
  },
};
