import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, resolve, sep } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { extractText, MAX_DOCUMENT_BYTES, textKindOfFile } from '../sources/text/index.ts';

const cannotRead = (field: string, file: string, error: unknown) =>
  ValidationError.at(
    field,
    `cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
  );

/**
 * The text of a document file (`.txt`, `.md`, `.html`, `.pdf`), read as `extractText` reads it;
 * errors name `field` and the file as the user gave it (`named`). The kind is told by the
 * extension before anything is read.
 */
export async function readTextFile(
  path: string,
  field: string,
  named = path,
): Promise<{ text: string; warnings: readonly string[] }> {
  const kind = textKindOfFile(named, field);
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > MAX_DOCUMENT_BYTES)
      throw ValidationError.at(field, `${named} is larger than 32 MB, the largest document read`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw cannotRead(field, named, error);
  }
  const { text, warnings } = await extractText({ kind, bytes, field });
  return { text, warnings };
}

/**
 * Reads the `textFile` of each source of a parsed dossier into its `text` (the import itself never
 * reads files). A `textFile` is a path relative to the dossier's folder, and must stay inside it
 * (symbolic links followed): a dossier received from someone else cannot make the import read, and
 * store, a file from elsewhere on the machine. Any problem — both `text` and `textFile`, a path
 * outside, a missing file, an unreadable document — refuses the whole dossier, naming the source.
 * `onWarning` hears what reading each text dropped or guessed.
 */
export async function readTextFiles(
  dossier: unknown,
  folder: string,
  onWarning: (message: string) => void = () => {},
): Promise<void> {
  const sources = (dossier as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return;
  let base: string | undefined;
  for (const [i, source] of sources.entries()) {
    if (typeof source !== 'object' || source === null || !('textFile' in source)) continue;
    const item = source as Record<string, unknown>;
    const field = `sources[${i}].textFile`;
    const file = item.textFile;
    if (typeof file !== 'string' || file.trim() === '')
      throw ValidationError.at(field, 'must be the path of a file, relative to the dossier');
    if ('text' in item && item.text !== null && item.text !== undefined)
      throw ValidationError.at(`sources[${i}]`, 'give text or textFile, not both');
    if (isAbsolute(file)) throw ValidationError.at(field, `${file} must be a path relative to the dossier's folder`);
    base ??= await realpath(folder);
    let real: string;
    try {
      real = await realpath(resolve(folder, file));
    } catch (error) {
      throw cannotRead(field, file, error);
    }
    if (!real.startsWith(base + sep))
      throw ValidationError.at(field, `${file} is outside the dossier's folder; put the file beside the dossier`);
    const { text, warnings } = await readTextFile(real, field, file);
    for (const w of warnings) onWarning(`${field}: ${w}`);
    delete item.textFile;
    item.text = text;
  }
}
