import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkCaptureRequest } from '../capture/captureInput.ts';
import { captureText, type CaptureContext } from '../capture/captureText.ts';
import { captureContextOf } from '../capture/storeContext.ts';
import { ValidationError } from '../core/errors.ts';
import { parseStoreUrl } from '../store/openStore.ts';
import type { CliCommand, CommandContext } from './context.ts';
import { readTextFile } from './readTextFile.ts';

/** Extensions read as plain text, kept exactly as written (the draft's offsets count in it). */
const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text', '']);
/** Documents whose text is extracted first, as a source's text is (`extractText`): the article body of a page, a PDF's text layer. */
const EXTRACTED = new Set(['.html', '.htm', '.xhtml', '.pdf']);

async function readArticle(ctx: CommandContext, file: string): Promise<string> {
  const cwd = ctx.io.cwd;
  const ext = extname(file).toLowerCase();
  if (EXTRACTED.has(ext)) {
    const { text, warnings } = await readTextFile(resolve(cwd, file), 'file', file);
    for (const w of warnings) ctx.io.stderr(`warning: ${file}: ${w}\n`);
    return text;
  }
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw ValidationError.at('file', `${file}: capture reads .txt, .md, .html and .pdf files, not ${ext}`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw ValidationError.at(
      'file',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw ValidationError.at('file', `${file} is not UTF-8 text (is it a binary file?)`);
  }
}

/** The store's actors, facts and source when the store exists; a capture never creates one. */
async function storeContext(ctx: CommandContext, sourceId: string | undefined, today: Date): Promise<CaptureContext> {
  const location = parseStoreUrl(ctx.storeUrl);
  if (location.kind === 'sqlite' && !existsSync(location.path)) return { today: today.toISOString().slice(0, 10) };
  const chronicle = await ctx.chronicle();
  await chronicle.runner.catchUp();
  return captureContextOf(chronicle.readModels(), today, sourceId);
}

const string = (v: unknown) => (typeof v === 'string' ? v : undefined);

export const captureCommand: CliCommand = {
  name: 'capture',
  summary: 'read an article (.txt, .md, .html, .pdf) and print a draft dossier of the dated events it states',
  usage: [
    'chronicle capture FILE [--source ID] [--title TEXT] [--published EDTF] [--lang en|es|auto] [--output FILE.yaml|.json]',
    '  Prints the draft (YAML; JSON with --json), or writes it to --output. Review it, then `chronicle import` it.',
    '  Known actors and facts of the store (when it exists) are matched; nothing is written to the store.',
  ].join('\n'),
  options: {
    source: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string' },
    lang: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  positionals: ['FILE'],
  async run(ctx, values, [file]) {
    const output = string(values.output);
    const format = output === undefined ? null : extname(output).toLowerCase();
    if (format !== null && !['.json', '.yaml', '.yml'].includes(format)) {
      throw ValidationError.at('output', `${output} must end in .json, .yaml or .yml`);
    }
    const text = await readArticle(ctx, file as string);
    const request = {
      text,
      lang: string(values.lang),
      sourceId: string(values.source),
      title: string(values.title),
      publishedOn: string(values.published),
    };
    // The text and the options are checked before the store is opened.
    checkCaptureRequest(request);
    const today = (ctx.io.clock ?? (() => new Date()))();
    const final = captureText(request, await storeContext(ctx, request.sourceId, today));
    const body =
      format === '.json' || (format === null && ctx.json)
        ? `${JSON.stringify(final, null, 2)}\n`
        : stringify(final, { lineWidth: 0 });
    if (output === undefined) {
      ctx.io.stdout(body);
      return 0;
    }
    const path = resolve(ctx.io.cwd, output);
    await writeFile(`${path}.partial`, body);
    await rename(`${path}.partial`, path);
    const summary = {
      file,
      output,
      facts: final.facts.length,
      actors: final.actors.length,
      skipped: final.capture.skipped.length,
    };
    ctx.print(
      summary,
      () =>
        `Captured ${summary.facts} dated facts and ${summary.actors} new actors from ${file} into ${output} (${summary.skipped} mentions skipped).\nReview it, then: chronicle import ${output}\n`,
    );
    return 0;
  },
};
