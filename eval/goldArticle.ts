import { readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** One hand-made chronology (eval/README.md, the gold format). */
export interface Gold {
  readonly title: string;
  readonly lang: 'en' | 'es';
  readonly publishedOn: string;
  readonly events: readonly GoldEvent[];
  readonly nonEvents: readonly { readonly phrase: string; readonly occurrence?: number; readonly reason: string }[];
}

export interface GoldEvent {
  readonly id: string;
  readonly phrase: string;
  readonly occurrence?: number;
  readonly when: string;
  readonly summary?: string;
  readonly actors?: readonly string[];
  readonly weekday?: string;
  readonly relation?: { readonly type: string; readonly to: string; readonly offset?: string };
}

export interface Article {
  readonly set: string;
  readonly name: string;
  readonly text: string;
  readonly gold: Gold;
}

/** Where the `occurrence`-th copy of `phrase` starts in `text`, or -1. */
export function spanOf(text: string, phrase: string, occurrence = 1): { start: number; end: number } | null {
  let at = -1;
  for (let i = 0; i < occurrence; i += 1) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + phrase.length };
}

/**
 * The sets under `root`: `dev` first, then the held-out sets (every other folder), by name. A new held-out set is
 * a new folder; nothing else names it.
 */
export function goldSets(root: string): string[] {
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return [...dirs.filter((d) => d === 'dev'), ...dirs.filter((d) => d !== 'dev')];
}

/** The articles of one set (`eval/articles/<set>/`): each `<name>.txt` (or `.md`) with its `<name>.gold.json`. */
export async function loadSet(root: string, set: string): Promise<Article[]> {
  const dir = join(root, set);
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const out: Article[] = [];
  for (const file of files.filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = file.slice(0, -'.gold.json'.length);
    const textFile = files.find((f) => f === `${name}.txt` || f === `${name}.md`);
    if (!textFile) throw new Error(`${set}/${file} has no ${name}.txt or ${name}.md beside it`);
    const gold = JSON.parse(await readFile(join(dir, file), 'utf8')) as Gold;
    out.push({ set, name, text: await readFile(join(dir, textFile), 'utf8'), gold });
  }
  return out;
}
