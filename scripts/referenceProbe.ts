import { writerGroups } from './writerGroups.ts';
import { groupColumns, shortColumn, tracedDevCaptures } from './tracedDevCaptures.ts';
import { paragraphsOf } from '../src/capture/paragraphs.ts';
import { namesMatch } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/referenceProbe.ts WRITERS [--examples CLASS]`: captures the dev set and tabulates, per
 * writer group (WRITERS: lines of "article group"), every reference back the clause of a found event makes (a common
 * noun, a head noun, a role word, a pronoun …, `coreference.ts`), proposed by the chip policy or not, by the kind of
 * reference, the place of its words (`@subject`, `@object`, `@preposition`), whether the policy proposes it
 * (`proposed` / `held`) and whether the actor it stands for is named earlier in the same paragraph (`para`) or only
 * before it (`text`): the share the gold lists, then the count. Then the gold actors not linked that the text names
 * only before the event's sentence, by the reference its clause makes to them (`none` when it makes none).
 * `--examples CLASS` prints a class's references with their quotes.
 */

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: referenceProbe.ts WRITERS [--examples CLASS]');
  const groupOf = writerGroups(writersFile);
  const exampleArg = process.argv.indexOf('--examples');
  const exampleClass = exampleArg > 0 ? process.argv[exampleArg + 1] : undefined;
  const table = new Map<string, Map<string, { right: number; all: number }>>();
  const count = (cls: string, keys: readonly string[], right: boolean) => {
    const byGroup = table.get(cls) ?? new Map<string, { right: number; all: number }>();
    for (const k of keys) {
      const t = byGroup.get(k) ?? { right: 0, all: 0 };
      t.all += 1;
      if (right) t.right += 1;
      byGroup.set(k, t);
    }
    table.set(cls, byGroup);
  };
  const groups = new Set<string>();
  for await (const { article, group, keys, text, draft, traced, index, namesOf, matched } of tracedDevCaptures(
    groupOf,
  )) {
    groups.add(group);
    const paragraphs = paragraphsOf(text);
    for (const event of article.gold.events) {
      const factId = matched.get(event.id);
      const fact = draft.facts.find((f) => f.id === factId);
      if (!factId || !fact) continue;
      const quote = fact.citations[0]?.quote ?? '';
      const wanted = (event.actors ?? []).map((a) => a.toLowerCase());
      const { actors, refs } = traced.get(factId) ?? { actors: [], refs: [] };
      const linked = new Set(actors.map((a) => a.actorId));
      for (const r of refs) {
        const paragraph = paragraphs.find((p) => p.start <= r.ref.start && r.ref.start < p.end);
        const near = paragraph && r.start >= paragraph.start ? 'para' : 'text';
        const state = linked.has(r.actorId) ? 'proposed' : 'held';
        const right = namesMatch(namesOf(r.actorId), wanted);
        const words = text.slice(r.ref.start, r.ref.end).toLowerCase();
        const cls = `${r.from}@${r.place} ${state} ${near}`;
        count(cls, keys, right);
        count(`${r.from}@* ${state} *`, keys, right);
        if (r.from === 'common-noun') {
          const word = words.split(/\s+/).at(-1) ?? '';
          const actor = index.actors.get(r.actorId);
          const how = actor?.name.toLowerCase().split(/\s+/).includes(word)
            ? 'name'
            : index.nouns.get(r.actorId)?.has(word)
              ? 'apposed'
              : `kind=${actor?.kind ?? '?'}`;
          count(`common-noun:${how} ${state}`, keys, right);
          if (exampleClass && `common-noun:${how} ${state}`.startsWith(exampleClass))
            console.log(
              `common-noun:${how} | ${group} | ${right ? 'RIGHT' : 'wrong'} [${words}] -> ${namesOf(r.actorId)[0]} | gold ${JSON.stringify(wanted)} | ${quote}`,
            );
        }
        if (exampleClass && cls.startsWith(exampleClass))
          console.log(
            `${cls} | ${group} | ${right ? 'RIGHT' : 'wrong'} [${words}] -> ${namesOf(r.actorId)[0]} | gold ${JSON.stringify(wanted)} | ${quote}`,
          );
      }
      for (const w of event.actors ?? []) {
        const ids = [...index.actors.keys()].filter((id) => namesMatch(namesOf(id), [w.toLowerCase()]));
        if (ids.some((id) => linked.has(id))) continue;
        const first = index.mentions.find((m) => ids.includes(m.actorId));
        const citeStart = text.indexOf(quote);
        if (!first || citeStart < 0 || first.start >= citeStart) continue;
        const inQuote = index.mentions.some(
          (m) => ids.includes(m.actorId) && m.start >= citeStart && m.end <= citeStart + quote.length,
        );
        if (inQuote) continue;
        const ref = refs.find((r) => ids.includes(r.actorId));
        const cls = `missed ${ref ? `${ref.from}@${ref.place}` : 'none'}`;
        count(cls, keys, false);
        if (exampleClass && cls.startsWith(exampleClass)) console.log(`${cls} | ${group} | [${w}] | ${quote}`);
      }
    }
  }
  if (exampleClass) return;
  const columns = groupColumns(groups);
  console.log(['class'.padEnd(44), ...columns.map((c) => shortColumn(c).padStart(8))].join(''));
  for (const [cls, byGroup] of [...table].sort((a, b) => a[0].localeCompare(b[0]))) {
    const cell = (c: string) => {
      const t = byGroup.get(c);
      if (!t) return '–';
      return cls.startsWith('missed') ? `${t.all}` : `${Math.round((100 * t.right) / t.all)}%${t.all}`;
    };
    console.log([cls.padEnd(44), ...columns.map((c) => cell(c).padStart(8))].join(''));
  }
}

await main();
