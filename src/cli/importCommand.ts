import { importDossier, type ImportCounts } from '../dossier/importDossier.ts';
import type { CliCommand } from './context.ts';
import { readDossierFile } from './readDossierFile.ts';

const line = (name: string, c: ImportCounts) =>
  `  ${name.padEnd(8)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected\n`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import a dossier (JSON or YAML); prints counts and each rejected item',
  usage:
    'chronicle import FILE [--reason TEXT] [--by NAME]\n  Exit status 2 when any item was rejected (the valid items are imported all the same).',
  options: { reason: { type: 'string' }, by: { type: 'string' } },
  positionals: ['FILE'],
  async run(ctx, values, [file]) {
    const dossier = await readDossierFile(ctx.io.cwd, file!, (warning) => ctx.io.stderr(`warning: ${warning}\n`));
    const chronicle = await ctx.chronicle();
    const report = await importDossier(chronicle.write, dossier, {
      metadata: {
        recordedBy: typeof values.by === 'string' ? values.by : ctx.config.user,
        reason: typeof values.reason === 'string' ? values.reason : `import ${file}`,
      },
      onProgress: (done, total) => ctx.progress(`importing: ${done}/${total} items`),
    });
    const projected = await chronicle.runner.catchUp((n) => ctx.progress(`updating read models: ${n} events`));
    ctx.progress('');
    ctx.print({ file, ...report, projected }, () => {
      let out = `Imported ${file}: ${report.appended} events appended\n`;
      out +=
        line('sources', report.sources) +
        line('actors', report.actors) +
        line('topics', report.topics) +
        line('facts', report.facts);
      if (report.rejected.length > 0) {
        out += `Rejected ${report.rejected.length} item(s); nothing of them was written:\n`;
        for (const r of report.rejected) {
          out += `  ${r.path}${r.id ? ` (${r.id})` : ''}\n`;
          for (const i of r.issues) out += `    ${i.path}: ${i.message}\n`;
        }
      }
      return out;
    });
    return report.rejected.length > 0 ? 2 : 0;
  },
};
