import type { TextSpan } from './textSpans.ts';

/**
 * "1.240 casos, frente a 410 en septiembre de 2023", "23 per cent, against 31 per cent in May
 * 2022", "up from 310 in March": the date of the figure compared with is an event, but the story's time stays where it was.
 */
export const COMPARED_FIGURE =
  /(?:^|[^\p{L}])(?:against|compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from|frente\s+a|en\s+comparación\s+con|comparad[oa]s?\s+con)\s+(?:(?:a|an|the|el|la|los|las|unos|unas)\s+)?\d[^;.!?]{0,60}$/iu;

/**
 * "The board met on 20 January, and voted to keep the bronzes": the words of a sentence beyond the
 * clause of its one date tell of that date too.
 */
export function sentenceBeyond(text: string, sentence: TextSpan, clause: TextSpan): string {
  return `${text.slice(sentence.start, clause.start)} ${text.slice(clause.end, sentence.end)}`;
}
