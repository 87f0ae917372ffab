/**
 * The event a relative phrase names, as the words after "after" / "before" / "de": up to the
 * next punctuation or conjunction, at most ten words ("ten days after this alert, …" → "this alert").
 */
export const ANCHOR_PATTERN = `(?<anchor>(?:(?![,.;:!?()"“”«»]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|que|quien)\\s)[^\\n]){1,90}?)(?=[,.;:!?()"“”«»]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|quien)\\s|$)`;

/** Whether anchor words only point back ("it", "this", "that"), naming no event. */
export function namesNoEvent(words: string): boolean {
  const w = words.trim();
  return (
    /^(?:it|this|that|then|them|him|her|esto|eso|ello|él|ella)$/iu.test(w) ||
    /^(?:it|they|he|she|we|él|ella|ellos|ellas)\s/iu.test(w)
  );
}
