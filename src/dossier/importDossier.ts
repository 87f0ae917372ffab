import type { z } from 'zod';
import { ChronicleError, ValidationError, joinPath, type Issue } from '../core/errors.ts';
import { zodIssues } from '../core/zodIssues.ts';
import type { CallerMetadata } from '../events/catalog.ts';
import { plan, type PlannedWrite, type WriteDeps } from '../commands/execute.ts';
import type { AggregateKind, CommandOf } from '../commands/aggregates.ts';
import { KnownIds, missingReferences } from './references.ts';
import { DossierActor, DossierFact, DossierSource, DossierTop, DossierTopic } from './schema.ts';
import { actorCommand, factCommand, mergeCommand, sourceCommand, topicCommand } from './itemCommands.ts';

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
  readonly command: CommandOf<K>;
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
    sources: emptyCounts(), actors: emptyCounts(), topics: emptyCounts(), facts: emptyCounts(),
    appended: 0, rejected: [] as RejectedItem[],
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
      const rawId = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
      if (!parsed.success) return reject(section, path, rawId, zodIssues(parsed.error, path));
      const id = (parsed.data as { id: string }).id;
      const first = seen.get(id);
      if (first) return reject(section, path, id, [{ path: `${path}.id`, message: `${id} is already given at ${first}` }]);
      seen.set(id, path);
      out.push({ path, item: parsed.data });
    });
    return out;
  }

  /** Plans and appends items in batches; each item commits whole or not at all. */
  async function write<K extends AggregateKind>(items: Pending<K>[], countDone = true): Promise<void> {
    for (let start = 0; start < items.length; start += batchSize) {
      const chunk = items.slice(start, start + batchSize);
      const planned: { item: Pending<K>; write: PlannedWrite }[] = [];
      const now = deps.clock();
      for (const item of chunk) {
        try {
          planned.push({ item, write: await plan(deps.store, item.kind, item.id, item.command, options.metadata, now) });
        } catch (error) {
          reject(item.section, item.path, item.id, issuesOf(error, item.path));
        }
      }
      const toAppend = planned.filter((p) => p.write.request.events.length > 0);
      const outcomes = await deps.store.appendBatch(toAppend.map((p) => p.write.request));
      for (const p of planned) {
        if (p.write.request.events.length === 0) {
          if (countDone) report[p.item.section].unchanged += 1;
          known.add(p.item.kind, p.item.id);
        }
      }
      outcomes.forEach((outcome, i) => {
        const p = toAppend[i]!;
        if (!outcome.ok) return reject(p.item.section, p.item.path, p.item.id, issuesOf(outcome.error, p.item.path));
        report.appended += outcome.result.appended;
        known.add(p.item.kind, p.item.id);
        if (countDone) report[p.item.section][p.write.request.expectedRevision === 'no_stream' ? 'created' : 'updated'] += 1;
      });
      if (countDone) {
        done += chunk.length;
        options.onProgress?.(done, total);
      }
    }
  }

  const skipRejected = (section: Section) => (done += report[section].rejected);

  const sources = parseSection('sources', DossierSource);
  skipRejected('sources');
  await write(sources.map(({ path, item }) => ({ section: 'sources', path, id: item.id, kind: 'source' as const, command: sourceCommand(item) })));

  const actors = parseSection('actors', DossierActor);
  skipRejected('actors');
  await write(actors.map(({ path, item }) => ({ section: 'actors', path, id: item.id, kind: 'actor' as const, command: actorCommand(item) })));
  const merges: Pending<'actor'>[] = [];
  for (const { path, item } of actors) {
    if (!item.mergedInto) continue;
    const issue = item.mergedInto === item.id
      ? 'an actor cannot be merged into itself'
      : (await known.has('actor', item.mergedInto)) ? null : `no actor ${item.mergedInto} is registered`;
    if (issue) reject('actors', path, item.id, [{ path: `${path}.mergedInto`, message: issue }]);
    else merges.push({ section: 'actors', path, id: item.id, kind: 'actor', command: mergeCommand(item) });
  }
  await write(merges, false);

  const topics = parseSection('topics', DossierTopic);
  skipRejected('topics');
  const topicIds = new Set(topics.map((t) => t.item.id));
  const acceptedTopics: Pending<'topic'>[] = [];
  for (const { path, item } of topics) {
    if (item.parent && !topicIds.has(item.parent) && !(await known.has('topic', item.parent))) {
      reject('topics', path, item.id, [{ path: `${path}.parent`, message: `no topic ${item.parent} is defined` }]);
      continue;
    }
    acceptedTopics.push({ section: 'topics', path, id: item.id, kind: 'topic', command: topicCommand(item) });
  }
  await write(acceptedTopics);

  const facts = parseSection('facts', DossierFact);
  skipRejected('facts');
  const acceptedFacts: Pending<'fact'>[] = [];
  for (const { path, item } of facts) {
    const issues = await missingReferences(known, item, path);
    if (issues.length > 0) reject('facts', path, item.id, issues);
    else acceptedFacts.push({ section: 'facts', path, id: item.id, kind: 'fact', command: factCommand(item) });
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
  if (error instanceof ValidationError) return error.issues.map((i) => ({ path: joinPath(path, i.path), message: i.message }));
  if (error instanceof ChronicleError) return [{ path, message: error.message }];
  throw error;
}
