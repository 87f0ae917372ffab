import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { WEEKDAY_PATTERN } from '../src/capture/lexicon.ts';
import { loadSet, spanOf } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/weekdayProbe.ts WRITERS [--list]`: captures the dev set and, for every weekday word in its
 * text, tells what capture did with it (folded into a fact as its stated weekday, a fact's date of its own, or neither)
 * beside the gold event whose phrase holds it or lies within 60 characters of it and that event's gold weekday;
 * tabulates the outcomes by the words before the weekday (its form) and by writer group (WRITERS: lines of "article
 * group"). A "wrong" attachment is a stated weekday on a fact whose gold event states none or another.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'articles');
const TODAY = '2025-01-01';
const NEAR = 60;

/** The two words before a weekday, lower case, as its form ("on a", "last week"). */
const formOf = (text: string, start: number): string =>
  text
    .slice(Math.max(0, start - 30), start)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .slice(-2)
    .join(' ');

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: weekdayProbe.ts WRITERS [--list]');
  const list = process.argv.includes('--list');
  const groupOf = writerGroups(writersFile);
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const article of await loadSet(ROOT, 'dev')) {
    const group = groupOf.get(article.name) ?? 'unknown';
    const lang = article.gold.lang;
    const draft = captureText({ text: article.text, lang, publishedOn: article.gold.publishedOn }, { today: TODAY });
    const facts = new Map(draft.facts.map((f) => [f.id, f]));
    const matched = matchedFacts(article, draft);
    const eventOf = new Map([...matched].map(([event, fact]) => [fact, event]));
    const events = article.gold.events.map((e) => ({ e, span: spanOf(article.text, e.phrase, e.occurrence ?? 1) }));
    for (const s of draft.capture.spans) {
      const stated = facts.get(s.fact)?.citations[0]?.statedWeekday;
      if (!stated) continue;
      const gold = article.gold.events.find((e) => e.id === eventOf.get(s.fact));
      if (gold?.weekday !== stated) {
        count(`wrong attachment|${group}`);
        count('wrong attachment|all');
        if (list)
          console.log(`WRONG ${group} ${article.name} [${s.phrase}] ${stated}, gold ${gold?.weekday ?? 'none'}`);
      }
    }
    const words = new RegExp(`(?<![\\p{L}])(?:${WEEKDAY_PATTERN[lang]})(?![\\p{L}])`, 'giu');
    for (const w of article.text.matchAll(words)) {
      const start = w.index;
      const end = start + w[0].length;
      const span = draft.capture.spans.find((s) => s.start <= start && end <= s.end);
      const fact = span ? facts.get(span.fact) : undefined;
      const stated = fact?.citations[0]?.statedWeekday ?? null;
      const outcome = !span ? 'neither' : stated ? 'stated' : 'own date';
      const near = events
        .filter((x) => x.span && x.span.start - NEAR <= end && start <= x.span.end + NEAR)
        .sort(
          (a, b) =>
            (a.span!.start <= start && end <= a.span!.end ? -1 : 0) -
            (b.span!.start <= start && end <= b.span!.end ? -1 : 0),
        )[0];
      const gold = near ? (near.e.weekday ?? 'none') : 'no event';
      const right = near?.e.weekday
        ? span && matched.get(near.e.id) === span.fact && stated === near.e.weekday
          ? 'right'
          : 'missed'
        : '';
      const form = formOf(article.text, start);
      for (const key of [
        `${outcome} ${right}|${group}`,
        `${outcome} ${right}|all`,
        `form ${form}: ${outcome} ${right}|all`,
      ])
        count(key);
      if (list && right === 'missed') {
        const line = article.text.slice(Math.max(0, start - 70), end + 50).replace(/\s+/g, ' ');
        console.log(`MISSED ${group} ${article.name} ${outcome} [${near?.e.phrase}] gold ${gold} | ${line}`);
      }
    }
  }
  for (const [key, n] of [...tally].sort()) console.log(`${key.replace('|', '\t')}\t${n}`);
}

await main();
