import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { storeIdOf } from '../commands/storeIdentity.ts';
import { ValidationError } from '../core/errors.ts';
import { readDossierAbout } from '../commands/dossier/dossierLog.ts';
import { exportDossier } from '../exports/dossierExport.ts';
import { timelineToCsv } from '../exports/csvExport.ts';
import { timelineToMarkdown } from '../exports/markdownExport.ts';
import { timelineToIcs } from '../exports/icsExport.ts';
import { timelineToTimelineJs } from '../exports/timelinejsExport.ts';
import type { CliCommand } from './context.ts';
import { TIMELINE_FILTER_OPTIONS, timelineQueryOf } from './timelineFilters.ts';

export const EXPORT_FORMATS = ['dossier', 'json', 'csv', 'md', 'ics', 'timelinejs'] as const;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: `write the timeline or the whole dossier (${EXPORT_FORMATS.join(', ')})`,
  usage: `chronicle export [--format ${EXPORT_FORMATS.join('|')}] [--actor ID | --topic ID [--direct]] [--from EDTF] [--to EDTF] [--q TEXT] [--as-of ISO|POSITION] [--include-retracted] [--no-bom] [--output FILE]
  dossier: every source, actor, topic and fact (YAML when FILE ends in .yaml/.yml); filters do not apply.
  json: Timeline JSON; csv: one row per entry (formula-safe), with a UTF-8 byte order mark for Excel unless --no-bom;
  md: Markdown; ics: iCalendar (entries with both bounds);
  timelinejs: TimelineJS3 JSON, loadable by TimelineJS as is.`,
  options: {
    ...TIMELINE_FILTER_OPTIONS,
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-bom': { type: 'boolean' },
  },
  positionals: [],
  async run(ctx, values) {
    const format = typeof values.format === 'string' ? values.format : 'json';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw ValidationError.at(
        'format',
        `unknown export format ${JSON.stringify(format)}; formats: ${EXPORT_FORMATS.join(', ')}`,
      );
    }
    const output = typeof values.output === 'string' ? values.output : undefined;
    const query = timelineQueryOf(values);
    const chronicle = await ctx.chronicle();
    await chronicle.runner.catchUp();
    const rm = chronicle.readModels();
    let text: string;
    if (format === 'dossier') {
      const dossier = exportDossier(rm, (await readDossierAbout(chronicle.store)).state);
      const yaml = output && ['.yaml', '.yml'].includes(extname(output).toLowerCase());
      text = yaml ? toYaml(dossier) : `${JSON.stringify(dossier, null, 2)}\n`;
    } else {
      const timeline = readTimeline(rm, query);
      text =
        format === 'csv'
          ? timelineToCsv(timeline, { bom: values['no-bom'] !== true })
          : format === 'md'
            ? timelineToMarkdown(timeline)
            : format === 'ics'
              ? timelineToIcs(timeline, { now: chronicle.write.clock(), storeId: await storeIdOf(chronicle.write) })
              : `${JSON.stringify(format === 'timelinejs' ? timelineToTimelineJs(timeline) : timeline, null, 2)}\n`;
    }
    if (output) {
      await writeFile(resolve(ctx.io.cwd, output), text);
      if (!ctx.json) ctx.io.stderr(`wrote ${output}\n`);
    } else {
      ctx.io.stdout(text);
    }
    return 0;
  },
};
