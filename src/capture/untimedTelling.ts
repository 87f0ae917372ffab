import { framesItsSentence } from './sentenceFrame.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * A telling to the speaker, reported in the speaker's words: "We were told it would…", "they told us",
 * "Nos dijeron que…", "me prometió que…". When it happened the words do not say.
 */
const TOLD_TO_SPEAKER =
  /(?:^|[^\p{L}])(?:(?:were|was)\s+told|told\s+(?:us|me)|(?:nos|me)\s+(?:dijeron|dijo|aseguraron|aseguró|prometieron|prometió))(?![\p{L}])/iu;

/**
 * Whether the telling whose future the phrase reports has no time the text gives: a telling to the
 * speaker ("We were told it would be fully tested by the end of April"), or one in a sentence with no
 * date of its own before the phrase (`sentenceMentions` are the sentence's date mentions), when the
 * words are not "said", whose telling is the news's (`reportedNow.ts`).
 */
export function tellingUntimed(
  text: string,
  sentence: TextSpan,
  phrase: TextSpan,
  sentenceMentions: readonly TextSpan[],
): { readonly toSpeaker: boolean; readonly undated: boolean } {
  const before = text.slice(sentence.start, phrase.start);
  return {
    toSpeaker: TOLD_TO_SPEAKER.test(before),
    undated: !sentenceMentions.some((m) => m.start < phrase.start && framesItsSentence(text, sentence, m)),
  };
}
