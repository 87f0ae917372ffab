import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { loadSet, spanOf } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/factRules.ts WRITERS [--examples RULE]`: captures the dev set and tabulates, per writer
 * group (WRITERS: lines of "article group"), the facts each capture rule made: how many match a gold event, and how
 * many match none (spurious), of which how many cover a gold non-event.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'articles');
const TODAY = '2025-01-01';

interface Tally {
  right: number;
  spurious: number;
  nonEvents: number;
}

/** A capture rule's explanation with its phrase and its figures taken out ("'2024' states the year." → "X states the year."). */
const ruleOf = (explanation: string): string =>
  explanation
    .replace(/^'[^']*'/u, 'X')
    .replace(/'[^']*'/gu, 'Y')
    .replace(/\([^)]*\)/gu, '(…)')
    .replace(/\d+/gu, '#')
    .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gu, 'MONTH')
    .slice(0, 60);

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: factRules.ts WRITERS [--examples RULE]');
  const groupOf = writerGroups(writersFile);
  const exampleArg = process.argv.indexOf('--examples');
  const exampleRule = exampleArg > 0 ? process.argv[exampleArg + 1] : undefined;
  const tallies = new Map<string, Map<string, Tally>>();
  const groups = new Set<string>();
  for (const article of await loadSet(ROOT, 'dev')) {
    const group = groupOf.get(article.name) ?? 'unknown';
    groups.add(group);
    const draft = captureText(
      { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
      { today: TODAY },
    );
    const used = new Set(matchedFacts(article, draft).values());
    const nonEvents = article.gold.nonEvents.flatMap((n) => spanOf(article.text, n.phrase, n.occurrence ?? 1) ?? []);
    for (const s of draft.capture.spans) {
      const rule = ruleOf(s.rule);
      const right = used.has(s.fact);
      const nonEvent = !right && nonEvents.some((n) => n.start < s.end && s.start < n.end);
      if (rule === exampleRule && !right) {
        const line = article.text.slice(Math.max(0, s.start - 80), s.end + 60).replace(/\s+/g, ' ');
        console.log(`${nonEvent ? 'NON-EVENT' : 'SPURIOUS'} ${group} [${s.phrase}] | ${line}`);
      }
      for (const key of [group, `all ${article.gold.lang}`, 'all']) {
        const byGroup = tallies.get(rule) ?? new Map<string, Tally>();
        const t = byGroup.get(key) ?? { right: 0, spurious: 0, nonEvents: 0 };
        if (right) t.right += 1;
        else t.spurious += 1;
        if (nonEvent) t.nonEvents += 1;
        byGroup.set(key, t);
        tallies.set(rule, byGroup);
      }
    }
  }
  const columns = [
    'all',
    'all en',
    'all es',
    ...[...groups].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
  ];
  console.log(['rule (wrong/all, n: of which non-events)'.padEnd(60), ...columns.map((c) => c.padStart(11))].join(''));
  const rows = [...tallies].sort((a, b) => (b[1].get('all')?.spurious ?? 0) - (a[1].get('all')?.spurious ?? 0));
  for (const [rule, byGroup] of rows) {
    const cell = (g: string) => {
      const t = byGroup.get(g);
      return (t ? `${t.spurious}/${t.right + t.spurious}${t.nonEvents ? ` n${t.nonEvents}` : ''}` : '–').padStart(11);
    };
    console.log([rule.padEnd(60), ...columns.map(cell)].join(''));
  }
}

await main();
