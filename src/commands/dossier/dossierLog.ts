import { contentEventIdOfJson } from '../eventIds.ts';
import { decodeEvent, eventEncoder, type CallerMetadata } from '../../events/catalog.ts';
import type { AppendRequest, EventStore } from '../../store/port.ts';
import { DOSSIER_STREAM, IMPORTS_STREAM, type DossierEvent } from './events.ts';

/** The dossier's title and description, as the last import that gave them left them. */
export interface DossierAbout {
  readonly title: string | null;
  readonly description: string | null;
}

/**
 * What the last import that settled an item remembers of it: the digest of the item as the file
 * gave it, and the digest of the item as the import left the store (`null`: it kept the store's
 * version of a conflict).
 */
export interface ItemRecord {
  readonly file: string;
  readonly store: string | null;
}

/** An item's record in the import log, with the item stream's revision the import found it at. */
export interface LoggedRecord extends ItemRecord {
  readonly revision: bigint;
}

/** A dossier stream folded: its state and the revision of its last event. */
interface Folded<S> {
  readonly state: S;
  readonly revision: bigint | undefined;
}

async function fold<S>(
  store: EventStore,
  stream: string,
  initial: S,
  evolve: (state: S, event: DossierEvent) => S,
): Promise<Folded<S>> {
  let state = initial;
  const recorded = await store.readStream(stream);
  for (const r of recorded) state = evolve(state, decodeEvent(r).event as DossierEvent);
  return { state, revision: recorded.at(-1)?.revision };
}

export const NO_ABOUT: DossierAbout = { title: null, description: null };

/** Reads `dossier-main`: the title and description the export writes back. */
export const readDossierAbout = (store: EventStore): Promise<Folded<DossierAbout>> =>
  fold(store, DOSSIER_STREAM, NO_ABOUT, (state, e) => (e.type === 'DossierDescribed' ? e.data : state));

/** Reads `dossier-imports`: per item stream, the last record an import logged for it. */
export const readImportLog = (store: EventStore): Promise<Folded<Map<string, LoggedRecord>>> =>
  fold(store, IMPORTS_STREAM, new Map<string, LoggedRecord>(), (records, e) => {
    if (e.type === 'DossierItemsImported')
      for (const { stream, file, store: digest, revision } of e.data.items)
        records.set(stream, { file, store: digest, revision: BigInt(revision) });
    return records;
  });

/**
 * The title and description after an import that gives `title` and `description` (either may be
 * absent: what the file does not give, the store keeps), and the event that records them if they
 * changed.
 */
export function describeDossier(
  current: DossierAbout,
  given: { title?: string | undefined; description?: string | undefined },
): { about: DossierAbout; events: DossierEvent[] } {
  const about = { title: given.title ?? current.title, description: given.description ?? current.description };
  const same = about.title === current.title && about.description === current.description;
  return { about, events: same ? [] : [{ type: 'DossierDescribed', data: about }] };
}

/** Items per `DossierItemsImported` event, so that no event grows without bound. */
const ITEMS_PER_LOG_EVENT = 1000;

/** The import log's events for items settled without a write, in chunks; none when there are none. */
export function logItems(items: readonly ({ stream: string } & LoggedRecord)[]): DossierEvent[] {
  const events: DossierEvent[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_LOG_EVENT) {
    const chunk = items.slice(start, start + ITEMS_PER_LOG_EVENT);
    events.push({
      type: 'DossierItemsImported',
      data: {
        items: chunk.map(({ stream, file, store, revision }) => ({ stream, file, store, revision: Number(revision) })),
      },
    });
  }
  return events;
}

/**
 * An append request for events of a dossier stream at `revision`, with content-derived ids, so an
 * import re-run after a crash writes the very events (and the store drops any it already holds).
 */
export function dossierAppend(
  stream: string,
  revision: bigint | undefined,
  events: readonly DossierEvent[],
  metadata: CallerMetadata,
  now: Date,
): AppendRequest {
  const encode = eventEncoder(metadata, now);
  return {
    stream,
    events: events.map((e, i) => {
      const json = JSON.stringify(e.data);
      return encode(e, contentEventIdOfJson(stream, revision, i, e.type, json), json);
    }),
    expectedRevision: 'any',
  };
}
