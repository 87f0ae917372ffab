import { writerGroups } from './writerGroups.ts';
import { foundEvents, groupColumns, shortColumn, tracedDevCaptures } from './tracedDevCaptures.ts';
import type { ActorIndex } from '../src/capture/actorTypes.ts';
import type { SourcedActor } from '../src/capture/eventActors.ts';
import { namesMatch } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/actorEdits.ts WRITERS [--examples CLASS]`: captures the dev set and lists every actor edit
 * the review would make on a found event, per writer group (WRITERS: lines of "article group"): each chip beside the
 * gold ones, by the actor's kind (person, organization, government-body, company, country, group; "acronym" for a name
 * in capitals) and where it came from (its place in the event's clause, `sentence:` for the sentence, a reference
 * back `@` its place, a quotation's speaker); and each gold actor not linked, by its kind and where the text names it:
 * in the event's clause, elsewhere in its sentence, earlier in its paragraph, elsewhere in the text, or never as a
 * name capture proposes ("unnamed"), with "+pronoun" when the sentence holds a personal pronoun. `--examples CLASS`
 * prints a class's edits with their quotes.
 */

/** A chip's source, as `scripts/actorSources.ts` names it. */
const sourceOf = (a: SourcedActor): string => {
  const from = a.from === a.place || a.from === 'speaker' ? a.from : `${a.from}@${a.place}`;
  return a.inClause || a.from === 'speaker' ? from : `sentence:${from}`;
};

const kindOf = (name: string, kind: string | undefined): string =>
  /^[\p{Lu}\d&.-]{2,}$/u.test(name) ? 'acronym' : (kind ?? 'unnamed');

const PRONOUN = /(?:^|[^\p{L}])(?:he|she|they|his|her|their|him|them|él|ella|ellos|ellas)(?![\p{L}])/iu;

/** Where the text names the actor `ids` stand for, seen from the event's clause and sentence. */
function whereNamed(
  index: ActorIndex,
  ids: readonly string[],
  clause: { start: number; end: number },
  sentence: { start: number; end: number },
  paragraph: { start: number; end: number },
): string {
  const at = index.mentions.filter((m) => ids.includes(m.actorId));
  if (ids.length === 0) return 'unnamed';
  if (at.some((m) => m.start >= clause.start && m.end <= clause.end)) return 'clause';
  if (at.some((m) => m.start >= sentence.start && m.end <= sentence.end)) return 'sentence';
  if (at.some((m) => m.start >= paragraph.start && m.end <= sentence.start)) return 'paragraph-before';
  if (at.some((m) => m.end <= sentence.start)) return 'text-before';
  return at.length > 0 ? 'text-after' : 'unmentioned';
}

async function main(): Promise<void> {
  const writersFile = process.argv[2];
  if (!writersFile) throw new Error('usage: actorEdits.ts WRITERS [--examples CLASS]');
  const groupOf = writerGroups(writersFile);
  const exampleArg = process.argv.indexOf('--examples');
  const exampleClass = exampleArg > 0 ? process.argv[exampleArg + 1] : undefined;
  /** Per class, per group (and "all", "all en", "all es"), the edits counted. */
  const table = new Map<string, Map<string, number>>();
  const count = (cls: string, keys: readonly string[]) => {
    const byGroup = table.get(cls) ?? new Map<string, number>();
    for (const k of keys) byGroup.set(k, (byGroup.get(k) ?? 0) + 1);
    table.set(cls, byGroup);
  };
  const groups = new Set<string>();
  for await (const capture of tracedDevCaptures(groupOf)) {
    const { group, keys, text, traced, index, namesOf } = capture;
    groups.add(group);
    for (const { event, factId, citation, clause, sentence, paragraph } of foundEvents(capture)) {
      const wanted = (event.actors ?? []).map((a) => a.toLowerCase());
      const chips = traced.get(factId)?.actors ?? [];
      const seen = new Set<string>();
      const show = (cls: string, line: string) => {
        if (exampleClass && (cls === exampleClass || cls.startsWith(`${exampleClass} `)))
          console.log(`${cls} | ${group} | ${line} | ${citation?.quote ?? ''}`);
      };
      for (const a of chips) {
        if (seen.has(a.actorId)) continue;
        seen.add(a.actorId);
        if (namesMatch(namesOf(a.actorId), wanted)) continue;
        const actor = index.actors.get(a.actorId);
        const cls = `extra ${kindOf(actor?.name ?? a.actorId, actor?.kind)} ${sourceOf(a)}`;
        count(cls, keys);
        count(`extra * ${sourceOf(a)}`, keys);
        count(`extra ${kindOf(actor?.name ?? a.actorId, actor?.kind)} *`, keys);
        show(cls, `[${text.slice(a.start, a.end)}] gold ${JSON.stringify(wanted)}`);
      }
      const linkedIds = [...seen];
      for (const w of event.actors ?? []) {
        if (linkedIds.some((id) => namesMatch(namesOf(id), [w.toLowerCase()]))) continue;
        const ids = [...index.actors.keys()].filter((id) => namesMatch(namesOf(id), [w.toLowerCase()]));
        const first = ids.map((id) => index.actors.get(id)).find((a) => a !== undefined);
        const where = whereNamed(index, ids, clause, sentence, paragraph);
        const pronoun = PRONOUN.test(text.slice(sentence.start, sentence.end)) ? '+pronoun' : '';
        const kind = kindOf(first?.name ?? w, first?.kind);
        count(`missed ${kind} ${where}${pronoun}`, keys);
        count(`missed * ${where}`, keys);
        count(`missed ${kind} *`, keys);
        show(
          `missed ${kind} ${where}${pronoun}`,
          `[${w}] chips ${JSON.stringify(linkedIds.map((id) => namesOf(id)[0]))}`,
        );
      }
    }
  }
  if (exampleClass) return;
  const columns = groupColumns(groups);
  console.log(['class'.padEnd(48), ...columns.map((c) => shortColumn(c).padStart(7))].join(''));
  const rows = [...table].sort(
    (a, b) => a[0].split(' ')[0]!.localeCompare(b[0].split(' ')[0]!) || (b[1].get('all') ?? 0) - (a[1].get('all') ?? 0),
  );
  for (const [cls, byGroup] of rows)
    console.log([cls.padEnd(48), ...columns.map((c) => `${byGroup.get(c) ?? '–'}`.padStart(7))].join(''));
}

await main();
