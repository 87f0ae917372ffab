import type { AppliedEvent } from './applyEvents.ts';
import type { FactDoc } from './documents.ts';

/**
 * The fact documents the last committed batch of the runner built, by fact id, with the checkpoint
 * it left: a writer answers with the document its append made instead of reading it back. Good
 * only while the read models' checkpoint is still that one (no later batch, of this process or
 * another, can have changed the fact since).
 */
export class AppliedFacts {
  #docs = new Map<string, FactDoc>();
  #at: string | undefined;

  /** `checkpoint` reads the read models' checkpoint position as stored. */
  constructor(private readonly checkpoint: () => string | undefined) {}

  /** After each committed batch, with the checkpoint it left. */
  note(applied: readonly AppliedEvent[], at: string | undefined): void {
    this.#docs = new Map();
    this.#at = at;
    for (const { factAfter } of applied) if (factAfter) this.#docs.set(factAfter.factId, factAfter);
  }

  /** The fact's document as the last batch left it, if that batch changed it and the checkpoint is still the same. */
  current(factId: string): FactDoc | undefined {
    const doc = this.#docs.get(factId);
    return doc && this.checkpoint() === this.#at ? doc : undefined;
  }
}
