import { framesItsSentence } from './sentenceFrame.ts';
import type { TextSpan } from './textSpans.ts';

/** A verb of saying in the simple past, the news's attribution ("said", "dijo"), not "nos dijeron" (told us). */
const SAID =
  /(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:me|te|le|les|nos|os|se|lo|la|los|las)\s+)(?:said|dijo|dijeron|afirmó|afirmaron|aseguró|aseguraron|explicó|explicaron|indicó|indicaron|señaló|señalaron|declaró|declararon)(?![\p{L}])/iu;

/**
 * "He said his office would report its findings to the court by May 1", "Velasco said the company …
 * expected to offset half of that by the spring": a statement reported with "said" before the date,
 * in a sentence with no date of its own before it (a year in an aside or before a noun, "the 1999
 * investigation", dates no telling), is told at the time of the news, so the future it reports is
 * seen from the publication. `mentions` are the sentence's date mentions.
 */
export function reportedAtPublication(
  text: string,
  sentence: TextSpan,
  phrase: TextSpan,
  mentions: readonly TextSpan[],
): boolean {
  if (!SAID.test(text.slice(sentence.start, phrase.start))) return false;
  return !mentions.some((m) => m.start < phrase.start && framesItsSentence(text, sentence, m));
}
