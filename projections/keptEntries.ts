import type { TimelineEntry } from './queries/entries.ts';
import type { FactDoc } from './documents.ts';

/**
 * One thing a built entry read besides its document and findings: a registry name (actor, topic,
 * source) or a source's held text made ready for quotes, by registry and id, as it was read.
 */
export type EntryInput = readonly [registry: 'actors' | 'topics' | 'sources' | 'text', id: string, value: unknown];

/** A current entry and everything it was built from. */
class Kept {
  constructor(
    readonly doc: FactDoc,
    readonly findings: string | null,
    readonly inputs: readonly EntryInput[],
    readonly entry: TimelineEntry,
  ) {}
}

/**
 * Current timeline entries kept across changes of the read models, whoever made them, with what
 * each was built from: its document (the one `DecodedDocs` gave, so the same object means the same
 * stored text), its findings as stored (JSON text) and the names and source texts it read. An entry
 * is a function of these alone, so one whose inputs read now are all the same is the entry that
 * would be built now, after any change (a rebuild, a restore, another process's write); one whose
 * inputs differ is built again. Nothing is dropped at a write; at most `capacity` facts are kept,
 * the first kept going first.
 */
export class KeptEntries {
  private readonly byFact = new Map<string, Kept>();

  constructor(private readonly capacity: number) {}

  /**
   * The entry kept for `doc`'s fact if it was built from `doc`, the findings text `findings` and
   * inputs `same` finds unchanged.
   */
  find(doc: FactDoc, findings: string | null, same: (input: EntryInput) => boolean): TimelineEntry | undefined {
    const kept = this.byFact.get(doc.factId);
    if (kept === undefined || kept.doc !== doc || kept.findings !== findings) return undefined;
    for (const input of kept.inputs) if (!same(input)) return undefined;
    return kept.entry;
  }

  keep(doc: FactDoc, findings: string | null, inputs: readonly EntryInput[], entry: TimelineEntry): void {
    const had = this.byFact.delete(doc.factId);
    this.byFact.set(doc.factId, new Kept(doc, findings, inputs, entry));
    if (!had && this.byFact.size > this.capacity) this.byFact.delete(this.byFact.keys().next().value as string);
  }

  get size(): number {
    return this.byFact.size;
  }
}
