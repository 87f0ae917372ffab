import { slugify } from './slugify.ts';

/** The ids a capture has given its facts so far. */
export interface TakenIds {
  has(id: string): boolean;
  add(id: string): void;
  /** For each base numbered on, the number its next id tries first: ids are only ever added, so every lower one stays taken. */
  readonly numbered: Map<string, number>;
}

/** A fact's id from the first words of its summary, numbered on (from 2) when taken, and marked taken. */
export function uniqueId(summary: string, taken: TakenIds): string {
  const words = summary
    .replace(/[“”"'‘’()]/g, '')
    .split(/\s+/)
    .slice(0, 7)
    .join(' ');
  const base = slugify(words, 50) || 'fact';
  let id = base;
  if (taken.has(id)) {
    let n = taken.numbered.get(base) ?? 2;
    for (id = `${base}-${n}`; taken.has(id); id = `${base}-${n}`) n += 1;
    taken.numbered.set(base, n + 1);
  }
  taken.add(id);
  return id;
}
