import type { ItemRecord } from './dossierLog.ts';

/** Which side wins a conflict: `--prefer file` applies the file's item, `--prefer store` keeps the store's. */
export type Preference = 'file' | 'store';

/** What an import does with one valid item (docs/design.md § Dossier format, re-importing). */
export type ItemOutcome = 'created' | 'updated' | 'unchanged' | 'kept' | 'conflict';

export interface ItemSituation {
  /** What the last import that settled the item recorded; absent when no import recorded the item. */
  readonly record: ItemRecord | undefined;
  /** Digest of the item as the file gives it now. */
  readonly file: string;
  /** Digest of the item as the store holds it now; `null` when the store does not hold it. */
  readonly store: string | null;
  /** How many events bring the store to the file's item; a refusal when the deciders refuse it. */
  readonly planned: number | Error;
  readonly prefer: Preference | undefined;
}

export type Settlement =
  /** Append the planned events, the file's digest in their metadata. */
  | { readonly outcome: 'created' | 'updated'; readonly conflict: boolean; readonly record: 'applied' }
  /** Nothing to append; the import log records the file's digest and the store's as they are. */
  | { readonly outcome: 'unchanged'; readonly conflict: false; readonly record: 'as-is' }
  /** Nothing to append; with `--prefer store`, the import log records the file's digest and no store digest. */
  | { readonly outcome: 'kept'; readonly conflict: boolean; readonly record: 'kept-store' | null }
  /** Nothing written, nothing recorded: the next import finds the same conflict. */
  | { readonly outcome: 'conflict'; readonly conflict: true; readonly record: null }
  /** The deciders refuse the file's item: reported as rejected, nothing written. */
  | { readonly outcome: 'rejected'; readonly error: Error };

const apply = (outcome: 'created' | 'updated', conflict = false): Settlement => ({
  outcome,
  conflict,
  record: 'applied',
});
const UNCHANGED: Settlement = { outcome: 'unchanged', conflict: false, record: 'as-is' };

/**
 * The three-way rule of a re-import, per item. The base is what the last import that settled the
 * item recorded:
 * - unchanged in the file since then: left alone, even if the store changed it since (`kept`);
 * - changed in the file only: applied (`updated`);
 * - changed in both: a conflict, written not at all, unless a preference settles it.
 * An item the store holds exactly as the file says is `unchanged` whatever its history. An item the
 * store holds in another version that no import recorded (written over HTTP or on the command line,
 * or imported before imports recorded what they applied) is a conflict as well: with no base, which
 * side is newer cannot be told, and applying the file could undo the store.
 */
export function settleItem(s: ItemSituation): Settlement {
  const fileUnchanged = s.record !== undefined && s.record.file === s.file;
  if (s.planned === 0) return UNCHANGED;
  if (s.store !== null && fileUnchanged) return { outcome: 'kept', conflict: false, record: null };
  if (s.planned instanceof Error) return { outcome: 'rejected', error: s.planned };
  if (s.store === null) return apply('created');
  if (s.record !== undefined && s.record.store === s.store) return apply('updated');
  if (s.prefer === 'file') return apply('updated', true);
  if (s.prefer === 'store') return { outcome: 'kept', conflict: true, record: 'kept-store' };
  return { outcome: 'conflict', conflict: true, record: null };
}
