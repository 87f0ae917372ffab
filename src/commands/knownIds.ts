import type { EventStore } from '../store/port.ts';
import { streamNameOf, type AggregateKind } from './aggregates.ts';

/**
 * Actors, topics and sources a process has seen exist, shared by its writes. The log only grows
 * (no event is ever removed from it), so a stream seen to hold an event holds it for good and its
 * id need not be looked up again. Only a log replaced wholesale (a store restarted empty, a
 * restore from an older backup) undoes that: whoever notices it calls `forget`. An id not seen is
 * always looked up: it may have been registered since, by this process or another.
 */
export class ExistingIds {
  private readonly ids = new Map<AggregateKind, Set<string>>();

  has(kind: AggregateKind, id: string): boolean {
    return this.ids.get(kind)?.has(id) ?? false;
  }

  add(kind: AggregateKind, id: string): void {
    let set = this.ids.get(kind);
    if (!set) this.ids.set(kind, (set = new Set()));
    set.add(id);
  }

  forget(): void {
    this.ids.clear();
  }
}

/**
 * Answers "does this actor/topic/source exist?": ids known to exist (added by the caller, such as
 * the items an import wrote, or seen by earlier writes of the process: `seen`), or streams in the
 * store, each looked up once, then remembered.
 */
export class KnownIds {
  private readonly known = new Map<AggregateKind, Set<string>>();
  private readonly missing = new Map<AggregateKind, Set<string>>();

  constructor(
    private readonly store: EventStore,
    private readonly seen?: ExistingIds,
  ) {}

  add(kind: AggregateKind, id: string): void {
    this.set(this.known, kind).add(id);
    this.set(this.missing, kind).delete(id);
  }

  async has(kind: AggregateKind, id: string): Promise<boolean> {
    if (this.set(this.known, kind).has(id) || this.seen?.has(kind, id)) return true;
    if (this.set(this.missing, kind).has(id)) return false;
    const exists = (await this.store.readStream(streamNameOf(kind, id), { maxCount: 1 })).length > 0;
    this.set(exists ? this.known : this.missing, kind).add(id);
    if (exists) this.seen?.add(kind, id);
    return exists;
  }

  private set(map: Map<AggregateKind, Set<string>>, kind: AggregateKind): Set<string> {
    let s = map.get(kind);
    if (!s) map.set(kind, (s = new Set()));
    return s;
  }
}
