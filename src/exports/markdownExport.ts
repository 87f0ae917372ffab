import { stripControlCharacters } from './plainText.ts';
import type { Timeline } from '../../projections/queries/timelineQuery.ts';

/**
 * Escapes text so Markdown renders it literally (no links, emphasis, HTML or headings from user
 * text), on one line, without control characters.
 */
export function escapeMarkdown(text: string): string {
  return stripControlCharacters(text)
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
    .replace(/\n/g, ' ');
}

/** The timeline as a Markdown document: one section per entry, quotes as block quotes. */
export function timelineToMarkdown(timeline: Timeline): string {
  const lines = [`# ${escapeMarkdown(timeline.timeline.name)}`, ''];
  if (timeline.entries.length === 0) lines.push('_No entries._', '');
  for (const e of timeline.entries) {
    lines.push(`## ${escapeMarkdown(e.when.label)}`, '', `**${escapeMarkdown(e.summary)}**`, '');
    lines.push(
      `- Date: \`${e.when.edtf.replace(/`/g, "'")}\` (${e.when.precision}${e.when.uncertain ? ', uncertain' : ''}${e.when.approximate ? ', approximate' : ''})`,
    );
    if (e.actors.length)
      lines.push(
        `- Actors: ${e.actors.map((a) => escapeMarkdown(a.role ? `${a.name} (${a.role})` : a.name)).join(', ')}`,
      );
    if (e.topics.length) lines.push(`- Topics: ${e.topics.map((t) => escapeMarkdown(t.label)).join(', ')}`);
    if (e.place) lines.push(`- Place: ${escapeMarkdown(e.place)}`);
    for (const r of e.relations)
      lines.push(`- ${escapeMarkdown(`${r.kind}${r.offset ? ` (${r.offset})` : ''} ${r.fact}`)}`);
    for (const c of e.citations) {
      const grade = `${c.source.reliability ?? '?'}${c.credibility ?? '?'}`;
      lines.push(
        `- Source: ${escapeMarkdown(c.source.title ?? c.source.id)} [${grade}]${c.statedDate ? `, stated date ${escapeMarkdown(c.statedDate)}` : ''}`,
      );
      if (c.quote) lines.push('', `  > ${escapeMarkdown(c.quote)}`, '');
    }
    lines.push('');
  }
  return lines.join('\n');
}
