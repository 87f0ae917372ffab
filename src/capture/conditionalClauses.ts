import type { Lang } from './lexicon.ts';
import type { Mention } from './reading.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * Dates in clauses that state no event: the outcome of a condition ("If the judge voids the
 * result, a new poll would be held by the end of May", "If the pumps fail, we will not know until
 * Monday") and a general rule or possibility
 * ("a petition must be lodged within 21 days of the result", "symptoms can appear two to 14 days
 * after exposure").
 */

/** "If …, … would", "if …, … will", "Si …, … habría": the main clause after a condition, told as its outcome. */
export function conditionalOutcome(text: string, sentence: TextSpan, m: Mention, lang: Lang): boolean {
  const lead = text.slice(sentence.start, m.start);
  const opens = lang === 'en' ? /^\W*(?:if|unless)\s/iu : /^\W*si\s/iu;
  const comma = lead.indexOf(',');
  if (!opens.test(lead) || comma < 0) return false;
  const main = text.slice(sentence.start + comma + 1, sentence.end);
  return lang === 'en'
    ? /(?:^|[^\p{L}])(?:would|could|might|will|won['’]t|['’]ll)(?![\p{L}])/iu.test(main)
    : /(?:^|[^\p{L}])\p{Ll}{2,24}(?:ría|rían)(?![\p{L}])/u.test(main);
}

/** "must be lodged within 21 days of the result", "can appear two to 14 days after exposure". */
export function generalRule(text: string, sentence: TextSpan, m: Mention, lang: Lang): boolean {
  if (m.reading.kind !== 'relative' || m.reading.offset === null) return false;
  const lead = text.slice(sentence.start, m.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  return lang === 'en'
    ? /(?:^|[^\p{L}])(?:[Mm]ust|[Cc]an|may|[Ss]hould|(?:[Hh]as|[Hh]ave)\s+to|(?:[Ii]s|[Aa]re)\s+required\s+to)(?![\p{L}])/u.test(
        clause,
      )
    : /(?:^|[^\p{L}])(?:debe|deben|deberá|deberán|puede|pueden|tiene\s+que|tienen\s+que|ha\s+de|han\s+de)(?![\p{L}])/iu.test(
        clause,
      );
}
