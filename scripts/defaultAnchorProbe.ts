import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { dateOf } from '../src/capture/capturedDate.ts';
import { loadSet } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/defaultAnchorProbe.ts [--rows]`: every relative phrase of the dev set whose
 * anchor capture picked by default (the previous event, or a fallback when no earlier event shares a
 * word with the event it names), by writer group and by how it is dated against the gold (right, too
 * precise, wider, elsewhere), and how each widening policy for the open ones ("since then", "by
 * then": after or before an event, no count) would date them (the dev set only).
 */

const EVAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval');
const writers = writerGroups(join(EVAL, 'dev-writers.txt'));

type Bounds = { earliest: number; latest: number };
const boundsOf = (edtf: string): Bounds | null => {
  const d = dateOf(edtf);
  return d ? { earliest: d.earliest ?? -Infinity, latest: d.latest ?? Infinity } : null;
};
const same = (a: Bounds, b: Bounds) => a.earliest === b.earliest && a.latest === b.latest;
const inside = (c: Bounds, g: Bounds) => c.earliest >= g.earliest && c.latest <= g.latest;
function verdict(got: Bounds | null, gold: Bounds | null): string {
  if (!got || !gold) return 'elsewhere';
  if (same(got, gold)) return 'right';
  if (inside(got, gold)) return 'tooPrecise';
  if (inside(gold, got)) return 'wider';
  return 'elsewhere';
}

/** How capture chose the anchor, read from the rule sentence; `null`: not by default. */
function defaultMethod(rule: string): string | null {
  if (/last event told with its day/u.test(rule)) return 'named-fallback-day';
  if (/as no earlier event shares a word/u.test(rule)) return 'named-fallback-previous';
  if (/the day it is dated up to|with a start before the publication/u.test(rule)) return 'since-end-of-bound';
  if (/dated as finely as the count/u.test(rule)) return 'previous-at-grain';
  if (/the previous event(?: in the text)?[ ,(]/u.test(rule)) return 'previous';
  return null;
}

/**
 * Which earlier events an open phrase may count from: the one capture chose (`current`), every event
 * told before it in its paragraph, the two told just before it, or every event told before it.
 */
type Policy = 'current' | 'paragraph' | 'lastTwo' | 'allPrior';
const POLICIES: Policy[] = ['current', 'paragraph', 'lastTwo', 'allPrior'];
interface Row {
  group: string;
  article: string;
  phrase: string;
  method: string;
  open: boolean;
  verdicts: Record<Policy, string>;
  when: string;
  gold: string;
}
const rows: Row[] = [];
const articles = await loadSet(join(EVAL, 'articles'), 'dev');
for (const article of articles) {
  const draft = captureText(
    { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
    { today: '2025-01-01' },
  );
  const matched = matchedFacts(article, draft);
  const spans = [...draft.capture.spans].sort((a, b) => a.start - b.start);
  const facts = new Map(draft.facts.map((f) => [f.id, f]));
  const para = (id: string) => Number(/paragraph (\d+)/u.exec(facts.get(id)?.citations[0]?.locator ?? '')?.[1] ?? -1);
  for (const event of article.gold.events) {
    const factId = matched.get(event.id);
    const fact = factId ? facts.get(factId) : undefined;
    const span = spans.find((s) => s.fact === factId);
    if (!fact || !span || !factId) continue;
    const method = defaultMethod(span.rule);
    if (!method) continue;
    const rel = fact.relations[0];
    const got = dateOf(fact.when);
    const open =
      !!rel &&
      !rel.offset &&
      !!got &&
      ((rel.type === 'after' && got.earliest !== null) || (rel.type === 'before' && got.earliest === null));
    const gold = boundsOf(event.when);
    const current = boundsOf(fact.when);
    const verdicts = {} as Record<Policy, string>;
    const before = spans.filter((s) => s.start < span.start).map((s) => s.fact);
    for (const p of POLICIES) {
      if (p === 'current' || !open || !rel || !current) {
        verdicts[p] = verdict(current, gold);
        continue;
      }
      const cands =
        p === 'allPrior'
          ? before
          : p === 'lastTwo'
            ? before.slice(-2)
            : before.filter((id) => para(id) === para(factId));
      const dates = [rel.fact, ...cands].map((id) => dateOf(facts.get(id)?.when ?? '')).filter((d) => d !== null);
      // "since then" from the earliest start of the candidates, "by then" up to the latest end (of those that have one).
      const widened =
        rel.type === 'after'
          ? {
              earliest: Math.min(current.earliest, ...dates.flatMap((d) => (d.earliest === null ? [] : [d.earliest]))),
              latest: current.latest,
            }
          : {
              earliest: current.earliest,
              latest: Math.max(current.latest, ...dates.flatMap((d) => (d.latest === null ? [] : [d.latest]))),
            };
      verdicts[p] = verdict(widened, gold);
    }
    rows.push({
      group: writers.get(article.name) ?? '?',
      article: article.name,
      phrase: event.phrase,
      method,
      open,
      verdicts,
      when: fact.when,
      gold: event.when,
    });
  }
}

if (process.argv.includes('--rows'))
  for (const r of rows)
    console.log(
      [r.group, r.article, JSON.stringify(r.phrase), r.method, r.open ? 'open' : 'counted', r.when, r.gold]
        .concat(POLICIES.map((p) => `${p}:${r.verdicts[p]}`))
        .join('\t'),
    );

const groups = [...new Set(rows.map((r) => r.group))].sort();
const tally = (of: Row[], p: Policy) => {
  const n = (v: string) => of.filter((r) => r.verdicts[p] === v).length;
  return `${of.length}: ${n('right')} right, ${n('tooPrecise')} tp, ${n('wider')} wider, ${n('elsewhere')} else`;
};
console.log('-- default-anchored relative phrases, by method (current)');
for (const m of [...new Set(rows.map((r) => r.method))])
  console.log(
    m.padEnd(24),
    tally(
      rows.filter((r) => r.method === m),
      'current',
    ),
  );
for (const p of POLICIES) {
  console.log(`-- ${p}`);
  for (const g of [...groups, 'all']) {
    const of = rows.filter((r) => g === 'all' || r.group === g);
    console.log(
      g.padEnd(10),
      'all',
      tally(of, p).padEnd(42),
      'open',
      tally(
        of.filter((r) => r.open),
        p,
      ),
    );
  }
}
