import type { ReadModelDb } from '../../projections/readModelDb.ts';
import { listRegistry } from '../../projections/queries/registryQuery.ts';
import type { CaptureContext } from './captureText.ts';

/**
 * What a capture knows from a store: its actors (a merged actor's names are aliases of the actor
 * it was merged into), its facts that are not retracted, and the source `sourceId` names, if it exists.
 */
export function captureContextOf(rm: ReadModelDb, today: Date, sourceId?: string): CaptureContext {
  const actors = listRegistry(rm, 'actors');
  const known = new Map(
    actors
      .filter((a) => !a.mergedInto)
      .map((a) => [a.actorId, { id: a.actorId, name: a.name, kind: a.kind, aliases: [...a.aliases] }]),
  );
  for (const a of actors) {
    const into = a.mergedInto ? known.get(a.mergedInto) : undefined;
    if (into) into.aliases.push(a.name, ...a.aliases);
  }
  const source = sourceId ? rm.registryDoc('sources', sourceId) : null;
  return {
    today: today.toISOString().slice(0, 10),
    knownActors: [...known.values()],
    knownFacts: () =>
      rm
        .allFacts()
        .filter((f) => !f.retracted)
        .map((f) => ({ id: f.factId, summary: f.summary, when: f.when })),
    factExists: (id) => rm.fact(id) !== null,
    knownSource: source
      ? {
          id: source.sourceId,
          title: source.title,
          publisher: source.publisher,
          url: source.url,
          publishedOn: source.publishedOn,
          reliability: source.reliability,
          notes: source.notes,
        }
      : null,
  };
}
