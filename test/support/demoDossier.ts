import { readFileSync } from 'node:fs';

/** A fresh, deep copy of the demo dossier (tests may change it). */
export function demoDossier(): any {
  return JSON.parse(readFileSync(new URL('../../examples/nuctech-border-scanners.json', import.meta.url), 'utf8'));
}

export const metadata = { recordedBy: 'test-editor', reason: 'test import' };
