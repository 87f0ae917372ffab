import { readFindings, type ChecksReport } from '../../projections/queries/findingsQuery.ts';
import { ValidationError } from '../core/errors.ts';
import type { CliCommand } from './context.ts';

const MARK = { error: 'ERROR  ', warning: 'warning', info: 'info   ' } as const;

export function formatChecks(r: ChecksReport): string {
  const lines = [
    `Date checks — ${r.scope.name}: ${r.counts.error} error(s), ${r.counts.warning} warning(s), ${r.counts.info} note(s)`,
    '',
  ];
  for (const f of r.findings) lines.push(`${MARK[f.severity]}  ${f.code.padEnd(22)} ${f.message}`);
  return `${lines.join('\n')}\n`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'date findings (relations, weekdays, publication dates, disagreeing sources); exit 1 when any error',
  usage: `chronicle check [--actor ID | --topic ID [--direct]] [--fail-on error|warning]
  A topic's findings include its subtopics' facts; --direct keeps to the topic's own.
  Exit status 1 when any finding is an error (for newsroom pipelines); --fail-on warning fails on warnings too
  (findings that involve an uncertain date are warnings).`,
  options: {
    actor: { type: 'string' },
    topic: { type: 'string' },
    direct: { type: 'boolean' },
    'fail-on': { type: 'string' },
  },
  positionals: [],
  async run(ctx, values) {
    const actor = typeof values.actor === 'string' ? values.actor : undefined;
    const topic = typeof values.topic === 'string' ? values.topic : undefined;
    if (actor && topic) throw ValidationError.at('topic', 'give --actor or --topic, not both');
    const failOn = values['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning')
      throw ValidationError.at('fail-on', `must be error or warning, got ${String(failOn)}`);
    const chronicle = await ctx.chronicle();
    await chronicle.runner.catchUp();
    const report = readFindings(
      chronicle.readModels(),
      actor
        ? { kind: 'actor', id: actor }
        : topic
          ? { kind: 'topic', id: topic, direct: values.direct === true }
          : { kind: 'all' },
    );
    ctx.print(report, () => formatChecks(report));
    return report.counts.error > 0 || (failOn === 'warning' && report.counts.warning > 0) ? 1 : 0;
  },
};
