import type { z } from 'zod';
import { ValidationError, type Issue } from '../../core/errors.ts';
import { zodIssues } from '../../core/zodIssues.ts';
import type { CallerMetadata } from '../../events/catalog.ts';
import type { WriteDeps } from '../execute.ts';
import type { AggregateKind } from '../aggregates.ts';
import { KnownIds } from '../knownIds.ts';
import { missingReferences } from '../references.ts';
import { DossierTop, type DossierActorItem, type DossierTopicItem } from './schema.ts';
import { ITEM_PARSES, parseItemWith, type ItemParse } from './itemParses.ts';
import { actorCommand, factCommand, mergeCommand, sourceCommand, topicCommand } from './itemCommands.ts';
import { describeDossier, dossierAppend, readDossierAbout, readImportLog } from './dossierLog.ts';
import { DOSSIER_STREAM } from './events.ts';
import { ReportBuilder, type ImportReport, type Section } from './importReport.ts';
import { ImportRun, type Pending } from './importRun.ts';
import type { Preference } from './settleItem.ts';

export interface ImportOptions {
  readonly metadata: CallerMetadata;
  /** Items per store transaction. Default 500. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Write nothing; report what the import would do, with the events each item would append. */
  readonly dryRun?: boolean;
  /** Settles every conflict: apply the file's item, or keep the store's. */
  readonly prefer?: Preference;
}

/**
 * Imports a parsed dossier. Idempotent (event ids derive from content and each item is diffed
 * against its stream), and partial: an invalid item is reported with its path and reasons and
 * nothing of it is written, while the valid items go in. Each item is written whole or not at all.
 */
export async function importDossier(deps: WriteDeps, input: unknown, options: ImportOptions): Promise<ImportReport> {
  const top = DossierTop.safeParse(input);
  if (!top.success) throw new ValidationError(zodIssues(top.error));
  const dossier = top.data;
  const dryRun = options.dryRun ?? false;
  const report = new ReportBuilder(dryRun, options.prefer ?? null);
  const known = new KnownIds(deps.store);
  const total = dossier.sources.length + dossier.actors.length + dossier.topics.length + dossier.facts.length;
  let done = 0;
  const batchSize = options.batchSize ?? 500;

  const reject = (section: Section, path: string, id: string | null, issues: readonly Issue[]) =>
    report.reject(section, path, id, issues);

  // The title and description: what the file gives replaces what the store holds.
  const about = await readDossierAbout(deps.store);
  const described = describeDossier(about.state, dossier);
  report.dossier = { ...described.about, outcome: described.events.length > 0 ? 'updated' : 'unchanged' };
  if (!dryRun && described.events.length > 0) {
    const request = dossierAppend(DOSSIER_STREAM, about.revision, described.events, options.metadata, deps.clock());
    const [outcome] = await deps.store.appendBatch([request]);
    if (!outcome?.ok) throw outcome?.error ?? new Error('the dossier title was not written');
    report.recorded += outcome.result.appended;
  }

  const log = await readImportLog(deps.store);
  const run = new ImportRun(
    deps,
    { metadata: options.metadata, dryRun, prefer: options.prefer },
    report,
    known,
    log.state,
    log.revision,
  );

  /**
   * Validates the item at `index` of a section, refusing an id given twice (`seen`: the ids of the
   * section's items validated before it, with their paths); `undefined` when it is rejected.
   */
  function parseItem<S extends z.ZodType>(
    section: Section,
    parse: ItemParse<S>,
    index: number,
    seen: Map<string, string>,
  ): { path: string; item: z.output<S> } | undefined {
    const raw = (dossier[section] as unknown[])[index];
    const path = `${section}[${index}]`;
    const parsed = parseItemWith(parse, raw);
    const rawId =
      typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
        ? (raw as { id: string }).id
        : null;
    if (!parsed.success) return void reject(section, path, rawId, zodIssues(parsed.error, path));
    const id = (parsed.data as { id: string }).id;
    const first = seen.get(id);
    if (first)
      return void reject(section, path, id, [{ path: `${path}.id`, message: `${id} is already given at ${first}` }]);
    seen.set(id, path);
    return { path, item: parsed.data };
  }

  /** Validates every item of a section, refusing ids given twice. */
  function parseSection<S extends z.ZodType>(
    section: Section,
    parse: ItemParse<S>,
  ): { path: string; item: z.output<S> }[] {
    const seen = new Map<string, string>();
    const out: { path: string; item: z.output<S> }[] = [];
    for (let i = 0; i < (dossier[section] as unknown[]).length; i++) {
      const parsed = parseItem(section, parse, i, seen);
      if (parsed) out.push(parsed);
    }
    return out;
  }

  /** Settles items in batches; each item commits whole or not at all. */
  async function write<K extends AggregateKind>(items: Pending<K>[]): Promise<void> {
    for (let start = 0; start < items.length; start += batchSize) {
      const chunk = items.slice(start, start + batchSize);
      await run.settle(chunk);
      done += chunk.length;
      options.onProgress?.(done, total);
    }
  }

  /**
   * Writes items that depend on another item of their kind (an actor merged into another, a topic
   * under a parent) once what they depend on exists: round by round, so a dependency given later
   * in the dossier is written first, and one that was rejected rejects its dependants, which are
   * then written not at all. Returns the items whose dependency never came to exist.
   */
  async function writeWhenReady<K extends AggregateKind>(
    kind: K,
    items: { pending: Pending<K>; needs: string }[],
  ): Promise<{ pending: Pending<K>; needs: string }[]> {
    let waiting = items;
    while (waiting.length > 0) {
      const ready: Pending<K>[] = [];
      const still: typeof waiting = [];
      for (const entry of waiting) {
        if (await known.has(kind, entry.needs)) ready.push(entry.pending);
        else still.push(entry);
      }
      if (ready.length === 0) break;
      await write(ready);
      waiting = still;
    }
    done += waiting.length;
    return waiting;
  }

  const skipRejected = (section: Section) => (done += report.rejectedIn(section));

  const sources = parseSection('sources', ITEM_PARSES.sources);
  skipRejected('sources');
  await write(
    sources.map(({ path, item }) => ({
      section: 'sources',
      path,
      id: item.id,
      kind: 'source' as const,
      item,
      commands: [sourceCommand(item)],
    })),
  );

  // An actor merged into another is registered and merged in one append, once the other exists.
  const actors = parseSection('actors', ITEM_PARSES.actors);
  skipRejected('actors');
  const actorItem = (path: string, item: DossierActorItem): Pending<'actor'> => ({
    section: 'actors',
    path,
    id: item.id,
    kind: 'actor',
    item,
    commands: item.mergedInto ? [actorCommand(item), mergeCommand(item)] : [actorCommand(item)],
  });
  await write(actors.filter(({ item }) => !item.mergedInto).map(({ path, item }) => actorItem(path, item)));
  const merging: { pending: Pending<'actor'>; needs: string }[] = [];
  for (const { path, item } of actors) {
    if (!item.mergedInto) continue;
    if (item.mergedInto === item.id) {
      reject('actors', path, item.id, [
        { path: `${path}.mergedInto`, message: 'an actor cannot be merged into itself' },
      ]);
      done += 1;
    } else {
      merging.push({ pending: actorItem(path, item), needs: item.mergedInto });
    }
  }
  for (const { pending, needs } of await writeWhenReady('actor', merging)) {
    reject('actors', pending.path, pending.id, [
      { path: `${pending.path}.mergedInto`, message: `no actor ${needs} is registered` },
    ]);
  }

  // A topic is defined once its parent is (the parent may come later in the file).
  const topics = parseSection('topics', ITEM_PARSES.topics);
  skipRejected('topics');
  const topicItem = (path: string, item: DossierTopicItem): Pending<'topic'> => ({
    section: 'topics',
    path,
    id: item.id,
    kind: 'topic',
    item,
    commands: [topicCommand(item)],
  });
  const waits = (item: DossierTopicItem) => item.parent !== null && item.parent !== item.id; // its own parent: the decider says why not
  await write(topics.filter(({ item }) => !waits(item)).map(({ path, item }) => topicItem(path, item)));
  const children = topics.flatMap(({ path, item }) =>
    waits(item) ? [{ pending: topicItem(path, item), needs: item.parent! }] : [],
  );
  for (const { pending, needs } of await writeWhenReady('topic', children)) {
    reject('topics', pending.path, pending.id, [
      { path: `${pending.path}.parent`, message: `no topic ${needs} is defined` },
    ]);
  }

  // Facts, most of a dossier, are validated and checked as they are written, a batch at a time:
  // a batch's parsed items and commands are garbage once it is written. The batches are the same
  // as if every fact were validated first (a fact names no other fact that must exist).
  const seenFacts = new Map<string, string>();
  let acceptedFacts: Pending<'fact'>[] = [];
  for (let i = 0; i < dossier.facts.length; i++) {
    const parsed = parseItem('facts', ITEM_PARSES.facts, i, seenFacts);
    if (parsed) {
      const { path, item } = parsed;
      const command = factCommand(item);
      const issues = await missingReferences(known, 'fact', command, path);
      if (issues.length === 0) {
        acceptedFacts.push({ section: 'facts', path, id: item.id, kind: 'fact', item, commands: [command] });
        if (acceptedFacts.length === batchSize) {
          await write(acceptedFacts);
          acceptedFacts = [];
        }
        continue;
      }
      reject('facts', path, item.id, issues);
    }
    done += 1;
  }
  await write(acceptedFacts);
  await run.finish();
  return report.finish();
}
