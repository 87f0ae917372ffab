import type { EventStore } from '../store/port.ts';
import { streamNameOf, type AggregateKind } from './aggregates.ts';

/**
 * Answers "does this actor/topic/source exist?": ids known to exist (added by the caller, such as
 * the items an import wrote), or streams in the store, each looked up once, then remembered.
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
