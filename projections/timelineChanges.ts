import type { FactDoc } from './documents.ts';
import { narrowComponents } from './findingsProjection.ts';
import type { ReadModelDb } from './readModelDb.ts';
import type { TimelineWrite } from './readModels/timeline.ts';
import { effectiveDaysOf, sameDays, timelineRowsOf, type EffectiveDays, type TimelineRow } from './timelineRows.ts';

/** One fact's part of a chunk of events: its document before the chunk, and the versions the chunk made. */
export interface FactVersions {
  readonly before: FactDoc | null;
  readonly versions: readonly { readonly fromSeq: number; readonly doc: FactDoc }[];
}

/**
 * Whether a version may change what relations narrow, in its component or the ones it leaves: a
 * new fact, or a new date, new relations, a retraction or a reinstatement. Untouched fields are the
 * very same values (documents are updated by spreading); the others are compared by their JSON.
 */
function mayNarrowDifferently(before: FactDoc | null, after: FactDoc): boolean {
  if (!before) return true;
  if (before.when !== after.when || before.retracted !== after.retracted) return true;
  return before.relations !== after.relations && JSON.stringify(before.relations) !== JSON.stringify(after.relations);
}

const targetsOf = (doc: FactDoc | null): string[] => (doc ? Object.values(doc.relations).map((r) => r.target) : []);

/**
 * The timeline row changes a chunk of events makes (see `Timeline.write`). A fact's rows
 * carry its effective days (`EffectiveDays`), so they change when its document does and when its
 * relations narrow it differently — because of its own change or another fact's. Each version that
 * may change the narrowing (a new fact, a date, relations, a retraction) re-narrows the components it
 * touches as they stood after it, from the chunk's documents and the versioned relation rows (which
 * must already hold the chunk's links): a row changes at the very event that moved it, so an
 * as-of timeline sorts as the timeline sorted then, and the rows come out the same however the
 * log is cut into chunks (a catch-up, a rebuild).
 */
export function timelineChanges(
  rm: ReadModelDb,
  facts: ReadonlyMap<string, FactVersions>,
  /** `rm.relatedFrom`, or a reader that answers it without a query where it can. */
  relatedFrom: (factId: string, seq: number) => string[] = (factId, seq) => rm.relatedFrom(factId, seq),
  /** The current document of a fact outside the chunk: `rm.fact`, or a reader that keeps what it read. */
  storedFact: (factId: string) => FactDoc | null = storedReader(rm),
): TimelineWrite[] {
  /** A fact as it stood after the event `seq`, within the chunk. */
  const docAt = (id: string, seq: number): FactDoc | null => {
    const inChunk = facts.get(id);
    if (!inChunk) return storedFact(id);
    for (let i = inChunk.versions.length - 1; i >= 0; i--) {
      const v = inChunk.versions[i]!;
      if (v.fromSeq <= seq) return v.doc;
    }
    return inChunk.before;
  };
  const daysBefore = new Map<string, EffectiveDays | undefined>();
  /** The effective days of a fact's open rows before the chunk (none for a fact the chunk records). */
  const storedDays = (id: string): EffectiveDays | undefined => {
    if (!daysBefore.has(id)) {
      const before = docAt(id, 0);
      daysBefore.set(id, before ? rm.timeline.effectiveDays(id, before.firstSeq) : undefined);
    }
    return daysBefore.get(id);
  };

  // The effective days of each fact from the event where they change, in event order.
  const moves = new Map<string, { seq: number; days: EffectiveDays }[]>();
  const move = (id: string, seq: number, days: EffectiveDays) => {
    const list = moves.get(id);
    const last = list ? list.at(-1)!.days : storedDays(id);
    if (last !== undefined && sameDays(last, days)) return;
    if (list) list.push({ seq, days });
    else moves.set(id, [{ seq, days }]);
  };
  // The facts and relations as they stood after the event `at`: one reader for the whole chunk,
  // moved from version to version (the build names every closure as it is made, at a cost).
  let at = 0;
  const asOfAt = {
    fact: (factId: string) => docAt(factId, at),
    relatedFrom: (factId: string) => relatedFrom(factId, at),
  };
  for (const { id, seq, before, doc } of narrowingVersions(facts)) {
    const seeds = [id, ...targetsOf(before), ...targetsOf(doc)];
    // A retracted fact leaves the components of the facts that point at it.
    if (doc.retracted) seeds.push(...relatedFrom(id, seq));
    at = seq;
    const narrowed = narrowComponents(seeds, asOfAt);
    if (!narrowed.has(id)) move(id, seq, effectiveDaysOf(doc));
    for (const [factId, bounds] of narrowed) move(factId, seq, effectiveDaysOf(docAt(factId, seq)!, bounds));
  }

  const writes: TimelineWrite[] = [];
  const ids = new Set(facts.keys());
  for (const id of moves.keys()) ids.add(id);
  for (const id of [...ids].sort()) {
    const inChunk = facts.get(id);
    const before = inChunk ? inChunk.before : docAt(id, 0);
    const versions = inChunk?.versions ?? [];
    const daysMoves = moves.get(id) ?? [];
    let doc = before;
    let days = before ? (storedDays(id) ?? effectiveDaysOf(before)) : undefined;
    let rows = doc && days ? timelineRowsOf(doc, days) : [];
    // The events where the fact's document or its days change, in order (both lists are).
    let v = 0;
    let m = 0;
    while (v < versions.length || m < daysMoves.length) {
      const seq = Math.min(versions[v]?.fromSeq ?? Infinity, daysMoves[m]?.seq ?? Infinity);
      while (v < versions.length && versions[v]!.fromSeq <= seq) doc = versions[v++]!.doc;
      while (m < daysMoves.length && daysMoves[m]!.seq <= seq) days = daysMoves[m++]!.days;
      if (!doc) continue;
      const next = timelineRowsOf(doc, days ?? effectiveDaysOf(doc));
      diffRows(rows, next, seq, writes);
      rows = next;
    }
  }
  return writes;
}

/** `rm.fact`, each fact read once. */
function storedReader(rm: ReadModelDb): (factId: string) => FactDoc | null {
  const stored = new Map<string, FactDoc | null>();
  return (id) => {
    if (!stored.has(id)) stored.set(id, rm.fact(id));
    return stored.get(id) ?? null;
  };
}

/** The versions of a chunk that may change what relations narrow, in event order. */
function narrowingVersions(
  facts: ReadonlyMap<string, FactVersions>,
): { id: string; seq: number; before: FactDoc | null; doc: FactDoc }[] {
  const out: { id: string; seq: number; before: FactDoc | null; doc: FactDoc }[] = [];
  for (const [id, { before, versions }] of facts) {
    let previous = before;
    for (const { fromSeq, doc } of versions) {
      if (mayNarrowDifferently(previous, doc)) out.push({ id, seq: fromSeq, before: previous, doc });
      previous = doc;
    }
  }
  return out.sort((a, b) => a.seq - b.seq);
}

const rowKey = (r: TimelineRow) => `${r.kind}\u0000${r.timelineId}`;
const sameRow = (a: TimelineRow, b: TimelineRow) =>
  a.role === b.role &&
  a.retracted === b.retracted &&
  a.earliestDay === b.earliestDay &&
  a.latestDay === b.latestDay &&
  a.precisionRank === b.precisionRank;

/** Closes at `seq` the rows of `current` that `next` ends or changes, and opens the ones it starts or changes. */
function diffRows(current: readonly TimelineRow[], next: readonly TimelineRow[], seq: number, writes: TimelineWrite[]) {
  if (current.length === 0) {
    for (const r of next) writes.push({ row: r, seq, open: true });
    return;
  }
  const nextByKey = new Map(next.map((r) => [rowKey(r), r]));
  const currentByKey = new Map(current.map((r) => [rowKey(r), r]));
  for (const [k, r] of currentByKey) {
    const n = nextByKey.get(k);
    if (!n || !sameRow(r, n)) writes.push({ row: r, seq, open: false });
  }
  for (const [k, r] of nextByKey) {
    const c = currentByKey.get(k);
    if (!c || !sameRow(c, r)) writes.push({ row: r, seq, open: true });
  }
}
