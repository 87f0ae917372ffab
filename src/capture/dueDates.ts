/**
 * "The survey, due by March 31, has so far covered 64 institutes", "a boiler due to be installed over the
 * winter": "due" with no verb of being before it, right before a date phrase, names the date something is
 * due by, which lies ahead of the telling: of the publication when the clause tells nothing as past, of the
 * telling's own time when it does ("The parts, due in May, never arrived"). "is due", "was due" are read
 * by the tense's own patterns; "due to rain in March" names a cause, so only "due to be" and a participle are read.
 */
const DUE_BEFORE_DATE =
  /(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|am)\s+)due\s+(?:to\s+be\s+\p{L}+\s+)?(?:(?:in|on|at|by|for|before|around|during|over|within|until|till)\s+)?(?:the\s+)?$/iu;

/** Whether the words of a clause before its date phrase end in "due" ("due by", "due to be installed over"). */
export const dueBeforeDate = (before: string): boolean => DUE_BEFORE_DATE.test(before);
