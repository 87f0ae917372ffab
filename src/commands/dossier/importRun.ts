import { streamNameOf, type AggregateKind, type CommandOf } from '../aggregates.ts';
import type { WriteDeps } from '../execute.ts';
import type { KnownIds } from '../knownIds.ts';
import { ChronicleError, ValidationError, joinPath, type Issue } from '../../core/errors.ts';
import type { RecordedEvent } from '../../core/event.ts';
import type { CallerMetadata } from '../../events/catalog.ts';
import type { AppendResult, BatchOutcome } from '../../store/port.ts';
import { dossierAppend, logItems, type ItemRecord, type LoggedRecord } from './dossierLog.ts';
import { IMPORTS_STREAM } from './events.ts';
import type { ImportedItem, ReportBuilder, Section } from './importReport.ts';
import { digestOf, fieldDifferences, fileItemView, storeItemView, type ItemView } from './itemViews.ts';
import { planItem, type PlannedItem } from './planItem.ts';
import { settleItem, type Preference, type Settlement } from './settleItem.ts';

/** One valid dossier item, ready to be settled. */
export interface Pending<K extends AggregateKind> {
  readonly section: Section;
  readonly path: string;
  readonly id: string;
  readonly kind: K;
  /** The item as parsed from the file. */
  readonly item: Readonly<Record<string, unknown>>;
  /** Decided in turn and appended together: the item is written whole or not at all. */
  readonly commands: readonly CommandOf<K>[];
}

export interface ImportRunOptions {
  readonly metadata: CallerMetadata;
  readonly dryRun: boolean;
  readonly prefer: Preference | undefined;
}

/** An item settled by the rule, with what the report and the import log need of it. */
interface Settled<K extends AggregateKind> {
  readonly pending: Pending<K>;
  readonly planned: PlannedItem<K>;
  readonly settlement: Exclude<Settlement, { outcome: 'rejected' }>;
  /** What the last import that settled the item remembers of it. */
  readonly record: ItemRecord | undefined;
  readonly fileView: ItemView;
  readonly file: string;
  readonly storeView: ItemView | null;
  readonly store: string | null;
}

/**
 * Settles the items of one import, batch by batch: plans each item on its stream, applies the
 * re-import rule (`settleItem`) to what the last import remembers of it, then appends the items to
 * write in one batch, each append carrying the file's digest in its metadata. The items settled
 * without a write whose record moves are noted, and `finish` logs them all in one append at the
 * end. On a dry run nothing is appended.
 *
 * The import log comes last, so the log an import writes does not depend on its batch size (a
 * re-run after a crash writes what a clean run would, in the same order). What it records (the
 * store held the item as the file says, or the store's version was kept) was true when the item
 * was settled, whatever happened since; a crash before it only leaves those items to be settled
 * the same way by the next run.
 */
export class ImportRun {
  private readonly entries: ({ stream: string } & LoggedRecord)[] = [];

  constructor(
    private readonly deps: WriteDeps,
    private readonly options: ImportRunOptions,
    private readonly report: ReportBuilder,
    private readonly known: KnownIds,
    /** The import log folded: stream → the last record an import logged for it. */
    private readonly logged: ReadonlyMap<string, LoggedRecord>,
    private readonly logRevision: bigint | undefined,
  ) {}

  async settle<K extends AggregateKind>(items: readonly Pending<K>[]): Promise<void> {
    const now = this.deps.clock();
    const settled: Settled<K>[] = [];
    // One look-up for the batch: a stream that holds nothing (every item of a first import) is
    // planned without a read.
    const streams = items.map((pending) => streamNameOf(pending.kind, pending.id));
    const existing = await this.deps.store.existingStreams(streams);
    for (const [i, pending] of items.entries()) {
      const stream = streams[i]!;
      const recorded = existing.has(stream) ? await this.deps.store.readStream(stream) : [];
      const one = this.plan(pending, recorded, now);
      if (one) settled.push(one);
    }
    this.note(settled);
    const writes = settled.filter((s) => s.settlement.record === 'applied');
    const outcomes = await this.append(writes);
    for (const s of settled) {
      const outcome = outcomes.get(s);
      if (outcome && !outcome.ok) {
        this.reject(s.pending, outcome.error);
        continue;
      }
      this.known.add(s.pending.kind, s.pending.id);
      this.report.settled(this.itemOf(s, outcome?.result));
    }
  }

  private plan<K extends AggregateKind>(
    pending: Pending<K>,
    recorded: readonly RecordedEvent[],
    now: Date,
  ): Settled<K> | undefined {
    const { kind, id, commands } = pending;
    const fileView = fileItemView(kind, pending.item);
    const file = digestOf(fileView);
    const metadata = { ...this.options.metadata, dossierDigest: file };
    const planned = planItem(kind, id, recorded, commands, metadata, now);
    const storeView = storeItemView(kind, planned.before);
    const store = storeView && digestOf(storeView);
    const record = this.recordOf(kind, planned, store);
    const settlement = settleItem({
      record,
      file,
      store,
      planned: 'refused' in planned.plan ? planned.plan.refused : planned.plan.request.events.length,
      prefer: this.options.prefer,
    });
    if (settlement.outcome === 'rejected') {
      this.reject(pending, settlement.error);
      return undefined;
    }
    return { pending, planned, settlement, record, fileView, file, storeView, store };
  }

  /**
   * What the last import that settled the item remembers: its last append to the stream (the
   * file's digest in the metadata, the store's digest of the state it left), or its entry in the
   * import log when that entry is as recent (it found the stream at that revision or later).
   * `store`: the digest of the stream's state now, which is the one the append left when nothing
   * was appended since (the common case, spared a second digest).
   */
  private recordOf<K extends AggregateKind>(
    kind: K,
    planned: PlannedItem<K>,
    store: string | null,
  ): ItemRecord | undefined {
    const logged = this.logged.get(planned.stream);
    const last = planned.imported;
    if (!last || (logged && logged.revision >= last.revision)) return logged;
    if (last.revision === planned.revision) return { file: last.file, store };
    const view = storeItemView(kind, last.state);
    return { file: last.file, store: view && digestOf(view) };
  }

  /** Notes the items settled without a write whose record moves, for `finish` to log. */
  private note<K extends AggregateKind>(settled: readonly Settled<K>[]): void {
    for (const s of settled) {
      const { record } = s.settlement;
      if (record !== 'as-is' && record !== 'kept-store') continue;
      const store = record === 'as-is' ? s.store : null;
      if (s.record?.file === s.file && s.record.store === store) continue;
      this.entries.push({ stream: s.planned.stream, file: s.file, store, revision: s.planned.revision ?? 0n });
    }
  }

  /** Logs the items noted, in one append after every item's (none on a dry run). */
  async finish(): Promise<void> {
    const events = logItems(this.entries);
    if (this.options.dryRun || events.length === 0) return;
    const request = dossierAppend(IMPORTS_STREAM, this.logRevision, events, this.options.metadata, this.deps.clock());
    const [outcome] = await this.deps.store.appendBatch([request]);
    if (!outcome?.ok) throw outcome?.error ?? new Error('the import log was not written');
    this.report.recorded += outcome.result.appended;
  }

  /** Appends the items' events in one batch (none on a dry run): each item commits whole or not at all. */
  private async append<K extends AggregateKind>(writes: readonly Settled<K>[]): Promise<Map<Settled<K>, BatchOutcome>> {
    const outcomes = new Map<Settled<K>, BatchOutcome>();
    if (this.options.dryRun || writes.length === 0) return outcomes;
    const results = await this.deps.store.appendBatch(
      writes.map((w) => ('request' in w.planned.plan ? w.planned.plan.request : unreachable())),
    );
    results.forEach((outcome, i) => {
      outcomes.set(writes[i]!, outcome);
      if (outcome.ok) this.report.appended += outcome.result.appended;
    });
    return outcomes;
  }

  private itemOf<K extends AggregateKind>(s: Settled<K>, result: AppendResult | undefined): ImportedItem {
    const { section, id, path } = s.pending;
    const { outcome } = s.settlement;
    const events =
      'request' in s.planned.plan && s.settlement.record === 'applied' ? s.planned.plan.request.events : [];
    return {
      section,
      id,
      path,
      outcome,
      events: result ? result.appended : events.length,
      ...(this.options.dryRun ? { planned: events.map((e) => ({ type: e.type, data: e.data })) } : {}),
      ...(s.settlement.conflict && s.storeView
        ? {
            conflict: {
              resolution: outcome === 'conflict' ? null : (this.options.prefer ?? null),
              fields: fieldDifferences(s.fileView, s.storeView),
            },
          }
        : {}),
    };
  }

  private reject<K extends AggregateKind>(pending: Pending<K>, error: Error): void {
    this.report.reject(pending.section, pending.path, pending.id, issuesOf(error, pending.path));
  }
}

function unreachable(): never {
  throw new Error('an item to append has no planned events');
}

export function issuesOf(error: unknown, path: string): Issue[] {
  if (error instanceof ValidationError)
    return error.issues.map((i) => ({ path: joinPath(path, i.path), message: i.message }));
  if (error instanceof ChronicleError) return [{ path, message: error.message }];
  throw error;
}
