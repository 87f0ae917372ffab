import { slugify } from './slugify.ts';

/** The ids a capture has given its facts so far. */
export interface TakenIds {
  has(id: string): boolean;
  add(id: string): void;
}

/** A fact's id from the first words of its summary, numbered on when taken, and marked taken. */
export function uniqueId(summary: string, taken: TakenIds): string {
  const words = summary
    .replace(/[“”"'‘’()]/g, '')
    .split(/\s+/)
    .slice(0, 7)
    .join(' ');
  const base = slugify(words, 50) || 'fact';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
