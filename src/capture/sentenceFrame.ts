import type { TextSpan } from './textSpans.ts';

/** ", fundado en 1923,": a date in an aside set off by commas. */
const inAside = (before: string, after: string): boolean => /,[^,]{0,30}$/.test(before) && /^[^,.;]{0,20},/.test(after);

/** "the 1999 investigation", "its 2023 report": a year between a determiner and a noun names a thing. */
const modifiesNoun = (before: string, after: string): boolean =>
  /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this|that)\s+$/iu.test(before) && /^\s+\p{Ll}/u.test(after);

/**
 * Whether a date written with its year may frame the other dates of its sentence ("ocurrió en 2019,
 * cuando … entre febrero y junio"): not from an aside (", fundado en 1923,") nor as a noun's modifier
 * ("would review how the 1999 investigation was handled and report by May 1").
 */
export function framesItsSentence(text: string, sentence: TextSpan, date: TextSpan): boolean {
  const before = text.slice(sentence.start, date.start);
  const after = text.slice(date.end, sentence.end);
  return !inAside(before, after) && !modifiesNoun(before, after);
}
