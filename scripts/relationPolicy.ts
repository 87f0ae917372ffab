import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { dateOf } from '../src/capture/capturedDate.ts';
import { sharedStems, stemsOf } from '../src/capture/stems.ts';
import { loadSet } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/relationPolicy.ts [--rows]`: for every gold relation of the dev set, how
 * capture chose its anchor and where the gold's anchor sits, then, per writer group, how often each
 * candidate anchor policy picks the gold's anchor (the dev set only: held-out sets stay unread).
 */

const EVAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval');
const writers = writerGroups(join(EVAL, 'dev-writers.txt'));

/** How capture chose the anchor, read from the rule sentence. */
function methodOf(rule: string): string {
  if (/told after|told later/u.test(rule)) return 'ahead';
  if (/arithmetic reaches the stated date/u.test(rule)) return 'stated-date';
  if (/last event told with its day/u.test(rule)) return 'named-fallback-stated-day';
  if (/as no earlier event shares a word/u.test(rule)) return 'named-fallback-previous';
  if (/shares .* with /u.test(rule)) return 'named-match';
  if (/dated as finely as the count/u.test(rule)) return 'previous-at-grain';
  if (/last event dated within one/u.test(rule)) return 'last-within-unit';
  if (/last day the text named/u.test(rule)) return 'last-day';
  if (/previous event/u.test(rule)) return 'previous';
  return 'other';
}

interface Row {
  group: string;
  article: string;
  phrase: string;
  status: string;
  method: string;
  named: string | null;
  goldBack: number | null;
  gotBack: number | null;
  cand: Record<string, boolean | null>;
  gotSpan: number | null;
  goldSpan: number | null;
  offset: string | null;
}

const rows: Row[] = [];
const articles = await loadSet(join(EVAL, 'articles'), 'dev');
for (const article of articles) {
  if (article.gold.lang !== 'en' && !process.argv.includes('--es')) continue;
  if (article.gold.lang !== 'es' && process.argv.includes('--es')) continue;
  const draft = captureText(
    { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
    { today: '2025-01-01' },
  );
  const matched = matchedFacts(article, draft);
  const spans = [...draft.capture.spans].sort((a, b) => a.start - b.start);
  const order = spans.map((s) => s.fact);
  const facts = new Map(draft.facts.map((f) => [f.id, f]));
  const para = (id: string) => Number(/paragraph (\d+)/u.exec(facts.get(id)?.citations[0]?.locator ?? '')?.[1] ?? -1);
  const isDay = (id: string) => {
    const d = dateOf(facts.get(id)?.when ?? '');
    return !!d && d.earliest !== null && d.earliest === d.latest;
  };
  const stated = (id: string) => (facts.get(id)?.relations.length ?? 0) === 0;
  for (const event of article.gold.events) {
    if (!event.relation) continue;
    const group = writers.get(article.name) ?? '?';
    const factId = matched.get(event.id);
    const anchorId = matched.get(event.relation.to);
    const fact = factId ? facts.get(factId) : undefined;
    const span = spans.find((s) => s.fact === factId);
    const row: Row = {
      group,
      article: article.name,
      phrase: event.phrase,
      status: 'right',
      method: span ? methodOf(span.rule) : '-',
      named: span ? (/ with '([^']+)'/u.exec(span.rule)?.[1] ?? null) : null,
      goldBack: null,
      gotBack: null,
      cand: {},
      gotSpan: null,
      goldSpan: null,
      offset: event.relation.offset ?? null,
    };
    rows.push(row);
    if (!fact || !factId) {
      row.status = 'eventMissed';
      continue;
    }
    const own = order.indexOf(factId);
    const rel = fact.relations[0];
    if (!anchorId) row.status = 'anchorMissed';
    else if (!rel) row.status = 'none';
    else if (rel.fact !== anchorId) row.status = 'otherAnchor';
    else if (rel.type !== event.relation.type) row.status = 'otherType';
    else row.status = 'sameAnchor';
    const spanDays = (id: string) => {
      const d = dateOf(facts.get(id)?.when ?? '');
      return d && d.earliest !== null && d.latest !== null ? d.latest - d.earliest : 99999;
    };
    if (anchorId) row.goldSpan = spanDays(anchorId);
    if (rel) row.gotSpan = spanDays(rel.fact);
    if (anchorId) row.goldBack = own - order.indexOf(anchorId);
    if (rel) row.gotBack = order.includes(rel.fact) ? own - order.indexOf(rel.fact) : null;
    const before = order.slice(0, own);
    const lastOf = (ok: (id: string) => boolean) => before.findLast(ok) ?? null;
    const is = (id: string | null) => (anchorId ? id === anchorId : null);
    row.cand.previous = is(before.at(-1) ?? null);
    row.cand.lastStated = is(lastOf(stated));
    row.cand.lastStatedDay = is(lastOf((id) => stated(id) && isDay(id)));
    row.cand.lastDay = is(lastOf(isDay));
    row.cand.sameParagraph = is(lastOf((id) => para(id) === para(factId)));
    row.cand.captured = is(rel?.fact ?? null);
    // The event whose actor the phrase's clause names again, and the one whose words it repeats.
    const actorsOf = (id: string) => new Set(facts.get(id)?.actors.map((a) => a.id) ?? []);
    const ownActors = actorsOf(factId);
    row.cand.sameActor = is(lastOf((id) => [...actorsOf(id)].some((a) => ownActors.has(a))));
    const ownStems = stemsOf(fact.summary.replace(event.phrase, ' '));
    row.cand.repeatsWords = is(lastOf((id) => sharedStems(ownStems, stemsOf(facts.get(id)?.summary ?? '')).length > 0));
    if (row.named) {
      const wanted = stemsOf(row.named);
      const shares = (id: string) => sharedStems(wanted, stemsOf(facts.get(id)?.summary ?? '')).length > 0;
      row.cand.nearestMatch = is(lastOf(shares));
      row.cand.firstMention = is(before.find(shares) ?? null);
      const after = order.slice(own + 1, own + 4);
      row.cand.aheadMatch = is(after.find(shares) ?? null);
    }
  }
}

if (process.argv.includes('--rows')) {
  for (const r of rows)
    console.log(
      [
        r.group,
        r.article,
        JSON.stringify(r.phrase),
        r.status,
        r.method,
        r.named ?? '',
        `gold-${r.goldBack}`,
        `got-${r.gotBack}`,
        `span ${r.gotSpan}/${r.goldSpan}`,
        r.offset ?? '',
        Object.entries(r.cand)
          .filter(([, v]) => v)
          .map(([k]) => k)
          .join(','),
      ].join('\t'),
    );
}

const groups = [...new Set(rows.map((r) => r.group))].sort();
const pct = (n: number, d: number) => (d ? `${n}/${d}` : '-');
console.log(['group', 'right', ...groups].join('\t'));
const right = (r: Row) => r.status === 'sameAnchor';
console.log(
  [
    'anchor right',
    pct(rows.filter(right).length, rows.length),
    ...groups.map((g) =>
      pct(rows.filter((r) => r.group === g && right(r)).length, rows.filter((r) => r.group === g).length),
    ),
  ].join('\t'),
);
const methods = [...new Set(rows.map((r) => r.method))];
for (const m of methods) {
  const of = rows.filter((r) => r.method === m && r.status !== 'eventMissed' && r.status !== 'anchorMissed');
  console.log(
    [
      `by ${m}`,
      pct(of.filter(right).length, of.length),
      ...groups.map((g) =>
        pct(of.filter((r) => r.group === g && right(r)).length, of.filter((r) => r.group === g).length),
      ),
    ].join('\t'),
  );
}
const kinds = [
  'previous',
  'lastStated',
  'lastStatedDay',
  'lastDay',
  'sameParagraph',
  'sameActor',
  'repeatsWords',
  'nearestMatch',
  'firstMention',
  'aheadMatch',
];
for (const named of [false, true]) {
  console.log(named ? '-- phrases naming an event (as capture read them)' : '-- phrases naming no event');
  const of = rows.filter((r) => r.cand.previous !== undefined && r.cand.previous !== null && !!r.named === named);
  for (const k of ['captured', ...kinds]) {
    const has = of.filter((r) => r.cand[k] !== undefined);
    if (has.length === 0) continue;
    console.log(
      [
        k,
        pct(has.filter((r) => r.cand[k]).length, has.length),
        ...groups.map((g) =>
          pct(has.filter((r) => r.group === g && r.cand[k]).length, has.filter((r) => r.group === g).length),
        ),
      ].join('\t'),
    );
  }
}
const back = new Map<string, number>();
for (const r of rows) back.set(`${r.goldBack}`, (back.get(`${r.goldBack}`) ?? 0) + 1);
console.log(
  'gold anchor k facts back:',
  [...back]
    .sort()
    .map(([k, n]) => `${k}:${n}`)
    .join(' '),
);
