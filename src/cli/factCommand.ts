import { readFact, readFactHistory, type FactView } from '../../projections/queries/factQuery.ts';
import type { HistoryEntry } from '../../projections/factHistory.ts';
import { ValidationError } from '../core/errors.ts';
import { SLUG_PATTERN } from '../core/slug.ts';
import type { CliCommand } from './context.ts';
import { describeChange } from './describeChange.ts';

function formatFact(f: FactView): string {
  const lines = [
    `${f.summary}`,
    `  id:       ${f.factId}${f.status === 'retracted' ? ' (RETRACTED)' : ''}`,
    `  date:     ${f.when.label} (EDTF ${f.when.edtf}; ${f.when.earliest ?? 'open'} … ${f.when.latest ?? 'open'}, ${f.when.precision})`,
  ];
  // The days the relations narrow the date to, which the timelines sort on (docs/design.md "Fuzzy dates").
  if (f.when.effective)
    lines.push(
      `  narrowed: ${f.when.effective.earliest ?? 'open'} … ${f.when.effective.latest ?? 'open'} (given its relations)`,
    );
  if (f.place) lines.push(`  place:    ${f.place}`);
  if (f.actors.length)
    lines.push(`  actors:   ${f.actors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join('; ')}`);
  if (f.topics.length) lines.push(`  topics:   ${f.topics.map((t) => t.label).join('; ')}`);
  for (const r of f.relations) lines.push(`  relation: ${r.kind}${r.offset ? ` ${r.offset}` : ''} ${r.fact}`);
  for (const c of f.citations) {
    lines.push(
      `  source:   ${c.source.title ?? c.source.id} [${c.source.reliability ?? '?'}${c.credibility ?? '?'}]${c.statedDate ? ` states "${c.statedDate}"` : ''}`,
    );
    if (c.quote) lines.push(`            “${c.quote}”`);
  }
  if (f.notes) lines.push(`  notes:    ${f.notes}`);
  lines.push(
    `  revision: ${f.revision}, recorded ${f.createdAt} by ${f.createdBy}, last changed ${f.updatedAt} by ${f.updatedBy}`,
  );
  return `${lines.join('\n')}\n`;
}

function formatHistory(entries: readonly HistoryEntry[]): string {
  return entries
    .map(
      (e) =>
        `#${e.revision}  ${e.recordedAt}  ${e.recordedBy}  ${e.type}: ${describeChange(e)}${e.reason ? `\n     why: ${e.reason}` : ''}`,
    )
    .join('\n')
    .concat('\n');
}

export const factCommand: CliCommand = {
  name: 'fact',
  summary: 'show one fact; with --history every event: who recorded it, when and why',
  usage: 'chronicle fact ID [--history]',
  options: { history: { type: 'boolean' } },
  positionals: ['ID'],
  async run(ctx, values, [id]) {
    if (!SLUG_PATTERN.test(id!)) throw ValidationError.at('id', `${JSON.stringify(id)} is not a fact id (a slug)`);
    const chronicle = await ctx.chronicle();
    await chronicle.runner.catchUp();
    const fact = readFact(chronicle.readModels(), id!);
    if (values.history) {
      const history = await readFactHistory(chronicle.readModels(), chronicle.store, id!);
      ctx.print({ fact, history }, () => `${formatFact(fact)}\nHistory:\n${formatHistory(history)}`);
    } else {
      ctx.print(fact, () => formatFact(fact));
    }
    return 0;
  },
};
