import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { readDossierYaml } from '../commands/dossier/readDossierYaml.ts';
import { readTextFiles } from './readTextFile.ts';

/**
 * Reads a dossier file: YAML for `.yaml`/`.yml`, JSON otherwise. Errors name the file and the line.
 * Each source's `textFile` is read into its `text` (see `readTextFiles`); `onWarning` hears what
 * reading those texts dropped or guessed.
 */
export async function readDossierFile(
  cwd: string,
  file: string,
  onWarning?: (message: string) => void,
): Promise<unknown> {
  const dossier = await parseDossierFile(cwd, file);
  await readTextFiles(dossier, dirname(resolve(cwd, file)), onWarning);
  return dossier;
}

async function parseDossierFile(cwd: string, file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw ValidationError.at(
      'file',
      `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return readDossierYaml(text, { field: 'file', what: file });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw ValidationError.at('file', `${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}
