import type { StoredEvent } from './logIntegrity.ts';
import type { PlannedAppend } from './protocol.ts';

/** One import of the clean reference: what a single, uninterrupted run writes. */
export interface CleanPhase {
  /** The dossier file this phase imports. */
  readonly dossierPath: string;
  /** The whole log after the phase, in position order. */
  readonly log: readonly StoredEvent[];
  /** How many of `log`'s events were there before the phase. */
  readonly base: number;
  /**
   * The phase's appends in commit order, as the clean run committed them: one per dossier item
   * that changes its stream (`importDossier` plans each item as one append request).
   */
  readonly appends: readonly PlannedAppend[];
  /** The exported dossier, every timeline and the findings after the clean import (JSON). */
  readonly views: string;
}

export interface ImportState {
  /** How many of the phase's appends are in the store, whole. */
  readonly appendsPresent: number;
  readonly problems: readonly string[];
}

const describe = (e: StoredEvent) => `${e.stream}@${e.revision} ${e.type} ${e.id}`;

/**
 * Compares a store's log with the clean import's. After any number of kills and re-runs the log
 * must be, event for event (stream, revision, id, type, payload, metadata), the beginning of the
 * log of a clean import: nothing lost, nothing duplicated, nothing reordered — and it must end
 * between two appends, never inside one: every item is in the store whole, or not at all. (A
 * re-run writes what is left in the order a clean run would: items in dossier order, section by
 * section, each planned against its stream's current state; the workload's merges and nested
 * topics depend only on items that come first, so no item waits longer in one run than another.)
 */
export function checkImportPrefix(events: readonly StoredEvent[], phase: CleanPhase): ImportState {
  const problems: string[] = [];
  if (events.length < phase.base)
    problems.push(`the log lost events of the previous import: ${events.length} events, it had ${phase.base}`);
  const extra = events.length - phase.log.length;
  if (extra > 0)
    problems.push(
      `the log has ${extra} more events than a clean import writes, from ${describe(events[phase.log.length]!)}`,
    );
  for (let i = 0; i < Math.min(events.length, phase.log.length); i++) {
    const a = events[i]!;
    const e = phase.log[i]!;
    if (
      a.stream !== e.stream ||
      a.revision !== e.revision ||
      a.id !== e.id ||
      a.type !== e.type ||
      a.data !== e.data ||
      a.metadata !== e.metadata
    ) {
      problems.push(`event ${i + 1} differs from a clean import's: ${describe(a)} where ${describe(e)} belongs`);
      break;
    }
  }
  let end = phase.base;
  let appendsPresent = 0;
  for (const append of phase.appends) {
    if (end + append.events > events.length) {
      if (end < events.length) {
        problems.push(
          `a torn item: ${append.stream} holds ${events.length - end} of the ${append.events} events of its append (first event ${append.firstId})`,
        );
      }
      break;
    }
    end += append.events;
    appendsPresent += 1;
  }
  return { appendsPresent, problems };
}

/**
 * Where a batch that was being committed when the child died went: the kill landed between the
 * child's `commit` report and the transaction's return, so the batch must be in the store whole
 * (`committed`) or not at all (`rolled back`) — never a part of it.
 */
export function batchFate(
  batch: readonly PlannedAppend[],
  phase: CleanPhase,
  appendsPresent: number,
): 'committed' | 'rolled back' | string {
  const start = phase.appends.findIndex((a) => a.firstId === batch[0]?.firstId);
  const matches =
    start >= 0 &&
    batch.every((b, i) => {
      const a = phase.appends[start + i];
      return a !== undefined && a.stream === b.stream && a.firstId === b.firstId && a.events === b.events;
    });
  if (!matches)
    return `the batch being committed (${batch.map((b) => b.stream).join(', ')}) is not a run of a clean import's appends`;
  if (appendsPresent <= start) return 'rolled back';
  if (appendsPresent >= start + batch.length) return 'committed';
  return `a half-committed batch: ${appendsPresent - start} of its ${batch.length} appends are in the store`;
}

/**
 * About how many progress reports a run of the import still makes (two per batch that writes),
 * at most: the remaining appends, grouped by stream category as the import's sections are, in
 * batches of `batchSize`. (Items that are already written take batch slots too, so the real count
 * may be higher; a kill drawn from this range therefore lands while there is work left.)
 */
export function remainingReports(phase: CleanPhase, appendsPresent: number, batchSize: number): number {
  let batches = 0;
  let run = 0;
  let category = '';
  for (const append of phase.appends.slice(appendsPresent)) {
    const next = append.stream.slice(0, append.stream.indexOf('-'));
    if (next !== category && run > 0) {
      batches += Math.ceil(run / batchSize);
      run = 0;
    }
    category = next;
    run += 1;
  }
  batches += Math.ceil(run / batchSize);
  return 2 * batches;
}
