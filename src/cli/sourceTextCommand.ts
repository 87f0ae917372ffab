import { resolve } from 'node:path';
import { readRegistryDoc } from '../../projections/queries/registryQuery.ts';
import { readSourceQuotes } from '../../projections/queries/sourceQuotes.ts';
import { execute } from '../commands/execute.ts';
import { ValidationError } from '../core/errors.ts';
import { SLUG_PATTERN } from '../core/slug.ts';
import type { CliCommand } from './context.ts';
import { readTextFile } from './readTextFile.ts';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const sourceTextCommand: CliCommand = {
  name: 'source-text',
  summary: 'attach a source’s full text (.txt .md .html .pdf); its quotes are then located and checked',
  usage: `chronicle source-text SOURCE-ID FILE [--reason TEXT] [--by NAME]
  FILE: .txt or .md (UTF-8, read as is), .html (the article body, found by Readability) or .pdf (its text layer).
  The same text again writes nothing; another text replaces it (kept in the source's history, with the reason).
  Prints where the quotes cited from the source stand: found in the text, or not (quote-not-in-source).`,
  options: { reason: { type: 'string' }, by: { type: 'string' } },
  positionals: ['SOURCE-ID', 'FILE'],
  async run(ctx, values, [id, file]) {
    if (!SLUG_PATTERN.test(id!)) throw ValidationError.at('id', `${JSON.stringify(id)} is not a source id (a slug)`);
    const { text, warnings } = await readTextFile(resolve(ctx.io.cwd, file!), 'file', file!);
    for (const w of warnings) ctx.io.stderr(`warning: ${file}: ${w}\n`);
    const chronicle = await ctx.chronicle();
    const result = await execute(
      chronicle.write,
      'source',
      id!,
      { type: 'AttachSourceText', data: { sourceId: id!, text } },
      {
        metadata: {
          recordedBy: typeof values.by === 'string' ? values.by : ctx.config.user,
          reason: typeof values.reason === 'string' ? values.reason : `text from ${file}`,
        },
      },
    );
    await chronicle.runner.catchUp();
    const rm = chronicle.readModels();
    const source = readRegistryDoc(rm, 'sources', id!);
    const quotes = readSourceQuotes(rm, id!);
    const attached = result.events.length > 0;
    ctx.print({ source, attached, warnings, quotes }, () => {
      const held = source.text!;
      let out = attached
        ? `${id} now holds the text of ${file}: ${count(held.characters, 'character')} in ${count(held.paragraphs, 'paragraph')}, SHA-256 ${held.sha256.slice(0, 12)}…\n`
        : `${id} already holds this text (SHA-256 ${held.sha256.slice(0, 12)}…): nothing was written.\n`;
      const cited = quotes.found + quotes.notFound.length;
      out += `Quotes cited from it: ${count(cited, 'quote')}, ${quotes.found} found in the text`;
      out += quotes.notFound.length === 0 ? '.\n' : `, ${quotes.notFound.length} not (quote-not-in-source):\n`;
      for (const q of quotes.notFound) out += `  ${q.factId}: “${q.quote}”\n`;
      return out;
    });
    return 0;
  },
};
