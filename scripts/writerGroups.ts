import { readFileSync } from 'node:fs';

/** The writer group of each dev article, read from `file` (lines of "article group", as eval/dev-writers.txt). */
export const writerGroups = (file: string): Map<string, string> =>
  new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim().split(/\s+/))
      .filter((w) => w.length === 2) as [string, string][],
  );
