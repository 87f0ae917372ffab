import type { TextSpan } from './textSpans.ts';

export interface Paragraph extends TextSpan {
  /** 1-based, in text order. */
  readonly number: number;
}

/**
 * The text's paragraphs: blocks separated by blank lines; a text without any blank line has one
 * paragraph per line. Leading and trailing white space is left out of each span.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const separator = /\n[ \t\r]*\n/.test(text) ? /\n[ \t\r]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] as string)) start += 1;
    while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
    if (end > start) out.push({ start, end, number: out.length + 1 });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return out;
}
