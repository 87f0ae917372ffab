import { readTimeline, type Timeline } from '../../projections/queries/timelineQuery.ts';
import type { CliCommand } from './context.ts';
import { TIMELINE_FILTER_OPTIONS, timelineQueryOf } from './timelineFilters.ts';

/** The days the relations narrow an entry's date to, which it sorts on (docs/design.md "Fuzzy dates"). */
const narrowed = ({ when: { effective } }: Timeline['entries'][number]): string =>
  effective ? ` · narrowed to ${effective.earliest ?? 'open'} … ${effective.latest ?? 'open'}` : '';

export function formatTimeline(t: Timeline): string {
  const kind = t.timeline.kind === 'all' ? 'chronology' : `${t.timeline.kind} timeline`;
  const lines = [`${t.timeline.name} — ${kind}, ${t.entries.length} entr${t.entries.length === 1 ? 'y' : 'ies'}`, ''];
  const width = Math.min(36, Math.max(0, ...t.entries.map((e) => e.when.label.length)));
  for (const e of t.entries) {
    const role = t.timeline.kind === 'actor' ? e.actors.find((a) => a.id === t.timeline.id)?.role : undefined;
    lines.push(`${e.when.label.padEnd(width)}  ${e.summary}${role ? ` [${role}]` : ''}`);
    lines.push(
      `${''.padEnd(width)}  ${e.factId} · ${e.when.edtf}${narrowed(e)}${e.citations.length ? ` · ${e.citations.length} citation(s)` : ''}`,
    );
  }
  if (t.nextCursor) lines.push('', `(more entries: raise --limit)`);
  return `${lines.join('\n')}\n`;
}

export const timelineCommand: CliCommand = {
  name: 'timeline',
  summary: 'print a timeline: all facts, one actor or one topic',
  usage:
    "chronicle timeline [--actor ID | --topic ID [--direct]] [--from EDTF] [--to EDTF] [--q TEXT] [--as-of ISO|POSITION] [--include-retracted] [--limit N]\n  A topic's timeline includes its subtopics' facts; --direct keeps to the topic's own.",
  options: { ...TIMELINE_FILTER_OPTIONS, limit: { type: 'string' } },
  positionals: [],
  async run(ctx, values) {
    const query = timelineQueryOf(values);
    const chronicle = await ctx.chronicle();
    await chronicle.runner.catchUp();
    const timeline = readTimeline(chronicle.readModels(), query);
    ctx.print(timeline, () => formatTimeline(timeline));
    return 0;
  },
};
