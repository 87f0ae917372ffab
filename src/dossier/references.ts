import type { Issue } from '../core/errors.ts';
import type { EventStore } from '../store/port.ts';
import { streamNameOf, type AggregateKind } from '../commands/aggregates.ts';

/**
 * Answers "does this actor/topic/source exist?" during an import: ids accepted earlier in the same
 * import, or streams already in the store (looked up once each, then remembered).
 */
export class KnownIds {
  private readonly known = new Map<AggregateKind, Set<string>>();
  private readonly missing = new Map<AggregateKind, Set<string>>();

  constructor(private readonly store: EventStore) {}

  add(kind: AggregateKind, id: string): void {
    this.set(this.known, kind).add(id);
    this.set(this.missing, kind).delete(id);
  }

  async has(kind: AggregateKind, id: string): Promise<boolean> {
    if (this.set(this.known, kind).has(id)) return true;
    if (this.set(this.missing, kind).has(id)) return false;
    const exists = (await this.store.readStream(streamNameOf(kind, id), { maxCount: 1 })).length > 0;
    this.set(exists ? this.known : this.missing, kind).add(id);
    return exists;
  }

  private set(map: Map<AggregateKind, Set<string>>, kind: AggregateKind): Set<string> {
    let s = map.get(kind);
    if (!s) map.set(kind, (s = new Set()));
    return s;
  }
}

/** What a fact refers to that must exist: its actors, topics and cited sources. */
export interface FactReferences {
  readonly actors?: readonly { readonly id: string }[];
  readonly topics?: readonly string[];
  readonly citations?: readonly { readonly source: string }[];
}

/** An issue for every actor, topic or source a fact names that does not exist (paths under `path`). */
export async function missingReferences(known: KnownIds, refs: FactReferences, path: string): Promise<Issue[]> {
  const at = (rest: string) => (path ? `${path}.${rest}` : rest);
  const issues: Issue[] = [];
  for (const [i, a] of (refs.actors ?? []).entries()) {
    if (!(await known.has('actor', a.id)))
      issues.push({ path: at(`actors[${i}].id`), message: `no actor ${a.id} is registered` });
  }
  for (const [i, t] of (refs.topics ?? []).entries()) {
    if (!(await known.has('topic', t))) issues.push({ path: at(`topics[${i}]`), message: `no topic ${t} is defined` });
  }
  for (const [i, c] of (refs.citations ?? []).entries()) {
    if (!(await known.has('source', c.source)))
      issues.push({ path: at(`citations[${i}].source`), message: `no source ${c.source} is registered` });
  }
  return issues;
}
