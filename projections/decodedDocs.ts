import type { FactDoc } from './documents.ts';
import { decodeFactDoc } from './factDocCodec.ts';

/**
 * One stored version of a fact and its document, decoded once. Made by a constructor, not a
 * literal, as the read cache's values are (see `projections/queries/entryParts.ts`).
 */
class Decoded {
  constructor(
    readonly text: string,
    readonly doc: FactDoc,
  ) {}
}

/** Versions of one fact kept at most (the current one and a few as-of pages' versions). */
const VERSIONS_PER_FACT = 4;

/**
 * Fact documents decoded from their stored text, kept across changes of the read models, whoever
 * made them: a document is found by its fact and its stored text, compared whole, so a version
 * whose text another connection replaced (a rebuild, a restore) is decoded again, and a changed
 * fact's new version is decoded once. Nothing is dropped at a write; at most `capacity` facts are
 * kept, the first kept going first.
 *
 * The documents are shared by every reader of this connection, so they are frozen, deeply: a
 * reader that writes to one fails at once (a `TypeError`: modules are strict) instead of changing
 * what later readers see.
 */
export class DecodedDocs {
  private readonly byFact = new Map<string, Decoded[]>();

  constructor(private readonly capacity: number) {}

  /** The document `text` stores for `factId`: the one decoded before, or decoded now and kept. */
  decode(factId: string, text: string): FactDoc {
    const versions = this.byFact.get(factId);
    if (versions !== undefined) {
      for (const v of versions) if (v.text === text) return v.doc;
    }
    const doc = deepFreeze(decodeFactDoc(factId, text));
    if (versions !== undefined) {
      if (versions.length >= VERSIONS_PER_FACT) versions.shift();
      versions.push(new Decoded(text, doc));
    } else {
      this.byFact.set(factId, Array.of(new Decoded(text, doc)));
      if (this.byFact.size > this.capacity) this.byFact.delete(this.byFact.keys().next().value as string);
    }
    return doc;
  }
}

/** `value` and every object and array it holds, frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key in value) deepFreeze((value as Record<string, unknown>)[key]);
  return value;
}
