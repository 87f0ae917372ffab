import type { z } from 'zod';
import { ChronicleError, ValidationError, joinPath, type Issue } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import type { CallerMetadata } from '../events/catalog.ts';
import type { PlannedWrite, WriteDeps } from '../commands/execute.ts';
import type { AggregateKind, CommandOf } from '../commands/aggregates.ts';
import { KnownIds } from '../commands/knownIds.ts';
import { missingReferences } from '../commands/references.ts';
import {
  DossierActor,
  DossierFact,
  DossierSource,
  DossierTop,
  DossierTopic,
  type DossierActorItem,
  type DossierTopicItem,
} from './schema.ts';
import { actorCommand, factCommand, mergeCommand, sourceCommand, topicCommand } from './itemCommands.ts';
import { planItem } from './planItem.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface RejectedItem {
  /** Where the item is in the dossier, e.g. `facts[3]`. */
  readonly path: string;
  readonly id: string | null;
  readonly issues: readonly Issue[];
}

export interface ImportReport {
  readonly sources: ImportCounts;
  readonly actors: ImportCounts;
  readonly topics: ImportCounts;
  readonly facts: ImportCounts;
  /** Events written in all. */
  readonly appended: number;
  readonly rejected: readonly RejectedItem[];
}

export interface ImportOptions {
  readonly metadata: CallerMetadata;
  /** Items per store transaction. Default 500. */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

type Section = 'sources' | 'actors' | 'topics' | 'facts';
interface Pending<K extends AggregateKind> {
  readonly section: Section;
  readonly path: string;
  readonly id: string;
  readonly kind: K;
  /** Decided in turn and appended together: the item is written whole or not at all. */
  readonly commands: readonly CommandOf<K>[];
}

const emptyCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0, rejected: 0 });

/**
 * Imports a parsed dossier. Idempotent (event ids derive from content and each item is diffed
 * against its stream), and partial: an invalid item is reported with its path and reasons and
 * nothing of it is written, while the valid items go in. Each item is written whole or not at all.
 */
export async function importDossier(deps: WriteDeps, input: unknown, options: ImportOptions): Promise<ImportReport> {
  const top = DossierTop.safeParse(input);
  if (!top.success) throw new ValidationError(zodIssues(top.error));
  const dossier = top.data;
  const report = {
    sources: emptyCounts(),
    actors: emptyCounts(),
    topics: emptyCounts(),
    facts: emptyCounts(),
    appended: 0,
    rejected: [] as RejectedItem[],
  };
  const known = new KnownIds(deps.store);
  const total = dossier.sources.length + dossier.actors.length + dossier.topics.length + dossier.facts.length;
  let done = 0;
  const batchSize = options.batchSize ?? 500;

  const reject = (section: Section, path: string, id: string | null, issues: readonly Issue[]) => {
    report[section].rejected += 1;
    report.rejected.push({ path, id, issues });
  };

  /** Validates every item of a section, refusing ids given twice. */
  function parseSection<S extends z.ZodType>(section: Section, schema: S): { path: string; item: z.output<S> }[] {
    const seen = new Map<string, string>();
    const out: { path: string; item: z.output<S> }[] = [];
    (dossier[section] as unknown[]).forEach((raw, i) => {
      const path = `${section}[${i}]`;
      const parsed = schema.safeParse(raw);
      const rawId =
        typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string'
          ? (raw as { id: string }).id
          : null;
      if (!parsed.success) return reject(section, path, rawId, zodIssues(parsed.error, path));
      const id = (parsed.data as { id: string }).id;
      const first = seen.get(id);
      if (first)
        return reject(section, path, id, [{ path: `${path}.id`, message: `${id} is already given at ${first}` }]);
      seen.set(id, path);
      out.push({ path, item: parsed.data });
    });
    return out;
  }

  /** Plans and appends items in batches; each item commits whole or not at all. */
  async function write<K extends AggregateKind>(items: Pending<K>[]): Promise<void> {
    for (let start = 0; start < items.length; start += batchSize) {
      const chunk = items.slice(start, start + batchSize);
      const planned: { item: Pending<K>; write: PlannedWrite }[] = [];
      const now = deps.clock();
      for (const item of chunk) {
        try {
          planned.push({
            item,
            write: await planItem(deps.store, item.kind, item.id, item.commands, options.metadata, now),
          });
        } catch (error) {
          reject(item.section, item.path, item.id, issuesOf(error, item.path));
        }
      }
      const toAppend = planned.filter((p) => p.write.request.events.length > 0);
      const outcomes = await deps.store.appendBatch(toAppend.map((p) => p.write.request));
      for (const p of planned) {
        if (p.write.request.events.length === 0) {
          report[p.item.section].unchanged += 1;
          known.add(p.item.kind, p.item.id);
        }
      }
      outcomes.forEach((outcome, i) => {
        const p = toAppend[i]!;
        if (!outcome.ok) return reject(p.item.section, p.item.path, p.item.id, issuesOf(outcome.error, p.item.path));
        report.appended += outcome.result.appended;
        known.add(p.item.kind, p.item.id);
        report[p.item.section][p.write.request.expectedRevision === 'no_stream' ? 'created' : 'updated'] += 1;
      });
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

  const skipRejected = (section: Section) => (done += report[section].rejected);

  const sources = parseSection('sources', DossierSource);
  skipRejected('sources');
  await write(
    sources.map(({ path, item }) => ({
      section: 'sources',
      path,
      id: item.id,
      kind: 'source' as const,
      commands: [sourceCommand(item)],
    })),
  );

  // An actor merged into another is registered and merged in one append, once the other exists.
  const actors = parseSection('actors', DossierActor);
  skipRejected('actors');
  const actorItem = (path: string, item: DossierActorItem): Pending<'actor'> => ({
    section: 'actors',
    path,
    id: item.id,
    kind: 'actor',
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
  const topics = parseSection('topics', DossierTopic);
  skipRejected('topics');
  const topicItem = (path: string, item: DossierTopicItem): Pending<'topic'> => ({
    section: 'topics',
    path,
    id: item.id,
    kind: 'topic',
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

  const facts = parseSection('facts', DossierFact);
  skipRejected('facts');
  const acceptedFacts: Pending<'fact'>[] = [];
  for (const { path, item } of facts) {
    const command = factCommand(item);
    const issues = await missingReferences(known, 'fact', command, path);
    if (issues.length > 0) reject('facts', path, item.id, issues);
    else acceptedFacts.push({ section: 'facts', path, id: item.id, kind: 'fact', commands: [command] });
  }
  done += facts.length - acceptedFacts.length;
  await write(acceptedFacts);
  report.rejected.sort(byDossierOrder);
  return report;
}

const SECTIONS: readonly Section[] = ['sources', 'actors', 'topics', 'facts'];
const placeOf = (path: string): [number, number] => {
  const m = /^(\w+)\[(\d+)\]/.exec(path);
  return m ? [SECTIONS.indexOf(m[1] as Section), Number(m[2])] : [-1, -1];
};
function byDossierOrder(a: RejectedItem, b: RejectedItem): number {
  const [sa, ia] = placeOf(a.path);
  const [sb, ib] = placeOf(b.path);
  return sa - sb || ia - ib;
}

function issuesOf(error: unknown, path: string): Issue[] {
  if (error instanceof ValidationError)
    return error.issues.map((i) => ({ path: joinPath(path, i.path), message: i.message }));
  if (error instanceof ChronicleError) return [{ path, message: error.message }];
  throw error;
}
