import { NotFoundError } from '../../src/core/errors.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import type { Registry, RegistryDoc } from '../readModels/registries.ts';

/** Every document of a registry, ordered by id. */
export function listRegistry<R extends Registry>(rm: ReadModelDb, registry: R): RegistryDoc<R>[] {
  return rm.registries.list(registry);
}

export function readRegistryDoc<R extends Registry>(rm: ReadModelDb, registry: R, id: string): RegistryDoc<R> {
  const doc = rm.registryDoc(registry, id);
  if (!doc) throw new NotFoundError(`${registry.slice(0, -1)} ${id} does not exist`);
  return doc;
}
