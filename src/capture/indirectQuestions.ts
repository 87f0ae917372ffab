/**
 * "A decision on whether the case can proceed is expected in July", "A decision on whether to keep
 * Keystone or replace it is due by next summer": "whether" opens an indirect question, not a condition,
 * and the question ends where its sentence's own verb follows it. A whether-clause has ended when, after
 * its subject, its own verb (an infinitive, an auxiliary, a modal, or the word after a pronoun: "whether that
 * reaches back far enough … was the question put … last Thursday") is followed by a verb of being with
 * no comma between: a date after that verb is the sentence's event, not a hypothetical. "whether the
 * bronzes were stolen in 1978" has one verb, its own, and its date stays inside the question.
 */
const OWN_VERB =
  '(?:to\\s+\\p{L}+|(?:it|that|this|he|she|they|we|you|I)\\s+\\p{L}+|\\p{L}+\\s+(?:can|could|will|would|may|might|should|must|has|have|had|does|do|did|is|are|was|were))';
const ENDED = new RegExp(
  `(?:^|[^\\p{L}])whether\\s+(?:[^,]*?\\s)?${OWN_VERB}\\s[^,]*?\\s(?:is|are|was|were)\\s[^,]*$`,
  'iu',
);

/** Whether the words before a date, from the last "whether" on, hold a whether-clause that has ended. */
export function afterIndirectQuestion(lead: string): boolean {
  const at = lead.search(/(?:^|[^\p{L}])whether\s(?![\s\S]*(?:^|[^\p{L}])(?:if|unless|whether)\s)/iu);
  return at >= 0 && ENDED.test(lead.slice(at));
}
