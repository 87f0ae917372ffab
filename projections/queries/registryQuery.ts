import { NotFoundError } from '../../src/core/errors.ts';
import type { ReadModelDb, RegistryDoc } from '../readModelDb.ts';

type Registry = 'actors' | 'topics' | 'sources';

/** Every document of a registry, ordered by id. */
export function listRegistry<R extends Registry>(rm: ReadModelDb, registry: R): RegistryDoc<R>[] {
  return (rm.stmt(`SELECT doc FROM ${rm.prefix}${registry} ORDER BY id`).pluck().all() as string[]).map(
    (d) => JSON.parse(d) as RegistryDoc<R>,
  );
}

export function readRegistryDoc<R extends Registry>(rm: ReadModelDb, registry: R, id: string): RegistryDoc<R> {
  const doc = rm.registryDoc(registry, id);
  if (!doc) throw new NotFoundError(`${registry.slice(0, -1)} ${id} does not exist`);
  return doc;
}
