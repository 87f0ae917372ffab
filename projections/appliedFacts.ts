import type { AppliedEvent } from './applyEvents.ts';
import type { FactDoc } from './documents.ts';
import type { Written } from './readModels/meta.ts';

/**
 * The fact documents the last committed batch of the runner built, by fact id, with the checkpoint
 * it left: a writer answers with the document its append made instead of reading it back. Good
 * only while the read models' checkpoint is still that one (no later batch, of this process or
 * another, can have changed the fact since), or for a reader that reads as of that batch's commit.
 */
export class AppliedFacts {
  #docs = new Map<string, FactDoc>();
  #at: string | undefined;
  #written: Written | undefined;

  /** `checkpoint` reads the read models' checkpoint position as stored. */
  constructor(private readonly checkpoint: () => string | undefined) {}

  /**
   * After each committed batch, with the checkpoint it left; `written`: the read models as that
   * batch's own transaction left them, when this process wrote it.
   */
  note(applied: readonly AppliedEvent[], at: string | undefined, written?: Written): void {
    this.#docs = new Map();
    this.#at = at;
    this.#written = written;
    for (const { factAfter } of applied) if (factAfter) this.#docs.set(factAfter.factId, factAfter);
  }

  /**
   * The fact's document as the last batch left it, if that batch changed it and the checkpoint is
   * still the same. Given `asOf`, the very `Written` noted with that batch, the checkpoint is not
   * read: the caller reads as of the batch's commit.
   */
  current(factId: string, asOf?: Written): FactDoc | undefined {
    const doc = this.#docs.get(factId);
    if (!doc) return undefined;
    if (asOf !== undefined && asOf === this.#written) return doc;
    return this.checkpoint() === this.#at ? doc : undefined;
  }
}
