import { readFileSync } from 'node:fs';

const EXAMPLES = new URL('../../examples/', import.meta.url);

/**
 * A fresh, deep copy of the demo dossier (tests may change it), its source's `textFile` read into
 * `text` as the command line's dossier reader does (the import itself reads no file).
 */
export function demoDossier(): any {
  const dossier = JSON.parse(readFileSync(new URL('nuctech-border-scanners.json', EXAMPLES), 'utf8'));
  for (const source of dossier.sources) {
    if (source.textFile === undefined) continue;
    source.text = readFileSync(new URL(source.textFile, EXAMPLES), 'utf8');
    delete source.textFile;
  }
  return dossier;
}

export const metadata = { recordedBy: 'test-editor', reason: 'test import' };
