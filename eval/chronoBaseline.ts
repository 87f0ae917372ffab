import * as chrono from 'chrono-node';
import { paragraphsOf } from '../src/capture/paragraphs.ts';
import { sentencesOf } from '../src/capture/sentences.ts';
import { parseFuzzyDate } from '../src/dates/parseFuzzyDate.ts';
import type { Article } from './goldArticle.ts';
import { spanOf } from './goldArticle.ts';

/**
 * chrono-node's own reading of each gold phrase, as a tagger alone would give it: the phrase's
 * sentence parsed with the publication date as the reference instant, the result overlapping the
 * phrase taken with chrono's implied values (a day, or a day-to-day range).
 */
export function chronoReadings(article: Article): Map<string, string | null> {
  const { text, gold } = article;
  const pub = parseFuzzyDate(gold.publishedOn);
  const ref = new Date(`${pub.earliest ?? pub.latest ?? '2000-01-01'}T12:00:00Z`);
  const parser = gold.lang === 'es' ? chrono.es.casual : chrono.en.casual;
  const sentences = sentencesOf(text, paragraphsOf(text), gold.lang);
  const out = new Map<string, string | null>();
  for (const event of gold.events) {
    const span = spanOf(text, event.phrase, event.occurrence ?? 1);
    const sentence = span && sentences.find((s) => s.start <= span.start && span.start < s.end);
    if (!span || !sentence) {
      out.set(event.id, null);
      continue;
    }
    const results = parser.parse(text.slice(sentence.start, sentence.end), { instant: ref, timezone: 'UTC' });
    const hit = results.find((r) => {
      const start = sentence.start + r.index;
      return start < span.end && span.start < start + r.text.length;
    });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    out.set(
      event.id,
      hit ? (hit.end ? `${day(hit.start.date())}/${day(hit.end.date())}` : day(hit.start.date())) : null,
    );
  }
  return out;
}
