import type { Lang } from './lexicon.ts';

/**
 * "missed the trials for the first time since 2008", "el primero desde 2015", "es la primera vez que se
 * posterga desde 2002": the first one since a date says it last happened then, as "has not …
 * since" does. The words before "since" / "desde" in its clause, up to five after "first".
 */
const EN_FIRST = /(?:^|[^\p{L}])first(?:\s+[\p{L}'’-]+){0,5}\s*$/iu;
const ES_FIRST = /(?:^|[^\p{L}])(?:primer|primera|primero|primeras|primeros)(?:\s+[\p{L}'’-]+){0,5}\s*$/iu;

/** Whether the words of a clause before its "since" / "desde" make the date the last time it happened. */
export function firstSince(before: string, lang: Lang): boolean {
  return (lang === 'en' ? EN_FIRST : ES_FIRST).test(before);
}
