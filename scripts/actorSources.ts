import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { paragraphsOf } from '../src/capture/paragraphs.ts';
import { SAYING } from '../src/capture/nameContext.ts';
import type { SourcedActor } from '../src/capture/eventActors.ts';
import { loadSet } from '../eval/goldArticle.ts';
import { chronoReadings } from '../eval/chronoBaseline.ts';
import { reviewWorkload } from '../eval/reviewWorkload.ts';
import { emptyCounts, matchedFacts, namesMatch, scoreArticle, type Counts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/actorSources.ts WRITERS [--json] [--split] [--examples CLASS] [--drop A,B]`: captures the
 * dev set and tabulates, per writer group (WRITERS: lines of "article group"), every actor chip proposed for a found
 * event by where it came from, with the share the gold lists; then each group's actors linked, chips beside the gold
 * ones and review estimate. `--split` adds each class's sub-classes ("preposition prep=with", "subject rank=2",
 * "subject said=date-after" for a name before a verb of saying with the event's date after the verb, "subject
 * the=person-all" for a person always written after an article, …:
 * `featuresOf`), which `--examples` and `--drop` take too.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'articles');
const TODAY = '2025-01-01';

interface Tally {
  right: number;
  all: number;
}

/**
 * A chip's class: where it came from (with a reference, where the words that refer to it stand), and "sentence:" when
 * the event's clause named no one and its sentence did.
 */
const classOf = (a: SourcedActor): string => {
  const from = a.from === a.place || a.from === 'speaker' ? a.from : `${a.from}@${a.place}`;
  return a.inClause || a.from === 'speaker' ? from : `sentence:${from}`;
};

/** The sub-classes a chip falls in, one per feature (`--split`): its kind, preposition, rank on its card, … */
function featuresOf(
  a: SourcedActor,
  card: readonly SourcedActor[],
  text: string,
  kinds: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string[]>,
  rank: number,
  dateAt: number,
  quote: string,
): string[] {
  const opener =
    /^(?:which|who|whom|whose|where|that|el cual|la cual|los cuales|las cuales|quien|quienes|donde)(?![\p{L}])/iu.exec(
      quote,
    )?.[0];
  const ref = (a as { ref?: { start: number; end: number } }).ref ?? a;
  const lead = text.slice(Math.max(0, ref.start - 40), ref.start);
  const prep = /(?:^|[^\p{L}])(\p{L}+)\s+(?:(?:the|a|an|its|their|his|her|el|la|los|las|un|una|su|sus)\s+)?$/iu.exec(
    lead,
  )?.[1];
  const paragraph = paragraphsOf(text).find((p) => p.start <= ref.start && ref.start < p.end);
  const before = paragraph ? text.slice(paragraph.start, ref.start).toLowerCase() : '';
  const inParagraph = (names.get(a.actorId) ?? []).some((n) => before.includes(n));
  const subjectChip = card.some((c) => c.actorId !== a.actorId && c.from === 'subject' && c.inClause);
  const verb = new RegExp(
    `^(?:,\\s[^,.;:"“”]{1,80},)?\\s+(?:(?:\\p{L}+ly|also|later|then|has|had|have)\\s+)?(?:${SAYING})(?![\\p{L}])`,
    'u',
  ).exec(text.slice(ref.end, ref.end + 30));
  const verbEnd = ref.end + (verb?.[0].length ?? 0);
  const reportedOther = card.some(
    (c) => c.actorId !== a.actorId && ((c as { ref?: { start: number } }).ref ?? c).start >= verbEnd,
  );
  const said = !verb
    ? 'no'
    : verbEnd > dateAt
      ? 'date-before'
      : reportedOther
        ? 'date-after-other'
        : 'date-after-alone';
  const written = (names.get(a.actorId) ?? []).flatMap((n) => {
    const at: number[] = [];
    for (let i = text.toLowerCase().indexOf(n); i >= 0; i = text.toLowerCase().indexOf(n, i + 1)) at.push(i);
    return at;
  });
  const afterThe = written.filter((i) =>
    /(?:^|[^\p{L}])(?:the|el|la|los|las)\s+$/iu.test(text.slice(Math.max(0, i - 5), i)),
  );
  const the = afterThe.length === 0 ? 'none' : afterThe.length === written.length ? 'all' : 'some';
  return [
    `kind=${kinds.get(a.actorId) ?? 'known'}`,
    `opens=${opener?.toLowerCase() ?? 'other'}`,
    `the=${kinds.get(a.actorId)}-${the}`,
    `said=${said}`,
    ...(a.place === 'preposition' ? [`prep=${prep?.toLowerCase() ?? '?'}`] : []),
    ...(a.place === 'preposition' && /^(?:in|at|on|en)$/iu.test(prep ?? '')
      ? [`where=${kinds.get(a.actorId) === 'company' ? 'company' : 'not-company'}`]
      : []),
    `rank=${Math.min(rank, 3)}`,
    `withSubject=${subjectChip}`,
    ...(a.from !== a.place && a.from !== 'speaker' ? [`namedInParagraph=${inParagraph}`] : []),
  ];
}

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: actorSources.ts WRITERS [--json]');
  const groupOf = writerGroups(writersFile);
  const dropArg = process.argv.indexOf('--drop');
  const dropped = new Set(dropArg > 0 ? (process.argv[dropArg + 1] ?? '').split(',') : []);
  /** Per group, the chips a drop of `dropped` classes would take away: gold links lost and chips beside the gold ones saved. */
  const drop = new Map<string, { lost: number; saved: number }>();
  const tallies = new Map<string, Map<string, Tally>>();
  const exampleArg = process.argv.indexOf('--examples');
  const exampleClass = exampleArg > 0 ? process.argv[exampleArg + 1] : undefined;
  const counts = new Map<string, Counts>();
  const split = process.argv.includes('--split');
  for (const article of await loadSet(ROOT, 'dev')) {
    const group = `${groupOf.get(article.name) ?? 'unknown'}`;
    const traced = new Map<string, readonly SourcedActor[]>();
    const draft = captureText(
      { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
      { today: TODAY, traceActors: (fact, actors) => traced.set(fact, actors) },
    );
    const score = scoreArticle(article, draft, 0, chronoReadings(article));
    for (const key of [group, `all ${article.gold.lang}`]) {
      const c = counts.get(key) ?? emptyCounts();
      for (const k of Object.keys(c) as (keyof Counts)[]) c[k] += score[k];
      counts.set(key, c);
    }
    const kinds = new Map(draft.actors.map((a) => [a.id, a.kind as string]));
    const names = new Map(draft.actors.map((a) => [a.id, [a.name, ...a.aliases].map((n) => n.toLowerCase())]));
    const matched = matchedFacts(article, draft);
    for (const event of article.gold.events) {
      const fact = matched.get(event.id);
      if (!fact) continue;
      const wanted = (event.actors ?? []).map((a) => a.toLowerCase());
      const all = traced.get(fact) ?? [];
      const ids = (list: readonly SourcedActor[]) => [...new Set(list.map((a) => a.actorId))];
      const order = ids(all);
      const citation = draft.facts.find((f) => f.id === fact)?.citations[0];
      const quoteAt = Number(/characters (\d+)/u.exec(citation?.locator ?? '')?.[1] ?? 0);
      const dateAt = Math.max(quoteAt, article.text.indexOf(citation?.statedDate ?? '', quoteAt));
      const keysOf = (a: SourcedActor) => [
        classOf(a),
        ...featuresOf(
          a,
          all,
          article.text,
          kinds,
          names,
          order.indexOf(a.actorId) + 1,
          dateAt,
          citation?.quote ?? '',
        ).map((f) => `${classOf(a)} ${f}`),
      ];
      const kept = all.filter((a) => !keysOf(a).some((k) => dropped.has(k)));
      const namesOf = (list: readonly SourcedActor[]) => ids(list).map((id) => names.get(id) ?? [id]);
      const linkedBy = (list: readonly SourcedActor[]) =>
        wanted.filter((w) => namesOf(list).some((n) => namesMatch(n, [w]))).length;
      const extraBy = (list: readonly SourcedActor[]) => namesOf(list).filter((n) => !namesMatch(n, wanted)).length;
      for (const key of [group, `all ${article.gold.lang}`]) {
        const d = drop.get(key) ?? { lost: 0, saved: 0 };
        d.lost += linkedBy(all) - linkedBy(kept);
        d.saved += extraBy(all) - extraBy(kept);
        drop.set(key, d);
      }
      const seen = new Set<string>();
      for (const a of traced.get(fact) ?? []) {
        if (seen.has(a.actorId)) continue;
        seen.add(a.actorId);
        const right = namesMatch(names.get(a.actorId) ?? [a.actorId], wanted);
        const keys = keysOf(a);
        if (exampleClass && keys.includes(exampleClass)) {
          const quote = draft.facts.find((f) => f.id === fact)?.citations[0]?.quote ?? '';
          const named = article.text.slice(a.start, a.end);
          console.log(`${right ? 'RIGHT' : 'WRONG'} ${group} [${named}] gold ${JSON.stringify(wanted)} | ${quote}`);
        }
        for (const cls of split ? keys : keys.slice(0, 1))
          for (const key of [group, `all ${article.gold.lang}`, 'all']) {
            const byClass = tallies.get(cls) ?? new Map<string, Tally>();
            const t = byClass.get(key) ?? { right: 0, all: 0 };
            t.all += 1;
            if (right) t.right += 1;
            byClass.set(key, t);
            tallies.set(cls, byClass);
          }
      }
    }
  }
  const groups = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const perGroup = Object.fromEntries(
    groups.map((g) => {
      const c = counts.get(g) ?? emptyCounts();
      const review = reviewWorkload(c);
      const d = drop.get(g) ?? { lost: 0, saved: 0 };
      const minutes = review.minutes + ((d.lost - d.saved) * 10) / 60;
      const per2000 = (minutes * 2000) / Math.max(1, c.words);
      const after = {
        linkedRate: Math.round((1000 * (c.actorsLinked - d.lost)) / Math.max(1, c.actorPairs)) / 10,
        extras: c.actorsExtra - d.saved,
        per2000Words: Math.round(per2000 * 10) / 10,
      };
      return [
        g,
        {
          linked: `${c.actorsLinked}/${c.actorPairs}`,
          linkedRate: Math.round((1000 * c.actorsLinked) / Math.max(1, c.actorPairs)) / 10,
          extras: c.actorsExtra,
          reviewMinutes: Math.round(review.minutes * 10) / 10,
          per2000Words: Math.round(((review.minutes * 2000) / Math.max(1, c.words)) * 10) / 10,
          ...(dropped.size > 0 ? { withDrop: after } : {}),
        },
      ];
    }),
  );
  const table = Object.fromEntries(
    [...tallies].map(([k, byGroup]) => [
      k,
      Object.fromEntries([...byGroup].map(([g, t]) => [g, `${t.right}/${t.all}`])),
    ]),
  );
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ classes: table, groups: perGroup }, null, 2));
    return;
  }
  const columns = ['all', 'all en', 'all es', ...groups.filter((g) => !g.startsWith('all'))];
  const rows = [...tallies].sort((a, b) => (b[1].get('all')?.all ?? 0) - (a[1].get('all')?.all ?? 0));
  console.log(['class'.padEnd(26), ...columns.map((c) => c.padStart(11))].join(''));
  for (const [k, byGroup] of rows) {
    const cell = (g: string) => {
      const t = byGroup.get(g);
      return (t ? `${Math.round((100 * t.right) / t.all)}% ${t.all}` : '–').padStart(11);
    };
    console.log([k.padEnd(26), ...columns.map(cell)].join(''));
  }
  console.log('');
  for (const [g, f] of Object.entries(perGroup))
    console.log(
      `${g.padEnd(12)} linked ${f.linked} (${f.linkedRate}%), extras ${f.extras}, review ${f.reviewMinutes} min, ${f.per2000Words} min per 2,000 words` +
        (f.withDrop
          ? `; dropping: linked ${f.withDrop.linkedRate}%, extras ${f.withDrop.extras}, ${f.withDrop.per2000Words} min per 2,000 words`
          : ''),
    );
}

await main();
