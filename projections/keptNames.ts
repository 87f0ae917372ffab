import type { Registry, RegistryName } from './readModels/registries.ts';

/** The names read under one names token, by registry and id (null: no such document then). */
export type NamesRead = { readonly [R in Registry]: Map<string, RegistryName<R> | null> };

/**
 * Registry names (actors, topics, sources) kept across changes of the read models, whoever made
 * them, under the names token they were read under (`NAMES_TOKEN_KEY`): every write transaction
 * that changes a registry document stores a new random names token, a rebuild swapped in carries
 * a fresh one, and a file restored from a copy carries the copy's. So while the token read now is
 * the one the names were read under, no registry document has changed since, and the names are
 * the ones a read would give now, even when the read models' write token moved and nobody said
 * what changed. At most `capacity` names are kept; past it, they are all read again.
 */
export class KeptNames {
  private token: string | undefined;
  private read: NamesRead = emptyNames();
  private count = 0;

  constructor(private readonly capacity: number) {}

  /**
   * The name of `registry`'s `id` read under `token` (the read models' names token, read before
   * any name is), null when it had no document then; undefined when not kept. Names kept under
   * another token are dropped first.
   */
  get<R extends Registry>(token: string, registry: R, id: string): RegistryName<R> | null | undefined {
    if (token !== this.token) this.restart(token);
    return (this.read[registry] as Map<string, RegistryName<R> | null>).get(id);
  }

  /** Keeps `name`, read under `token`, for `registry`'s `id`. */
  set<R extends Registry>(token: string, registry: R, id: string, name: RegistryName<R> | null): void {
    if (token !== this.token || this.count >= this.capacity) this.restart(token);
    const names = this.read[registry] as Map<string, RegistryName<R> | null>;
    if (!names.has(id)) this.count++;
    names.set(id, name);
  }

  get size(): number {
    return this.count;
  }

  private restart(token: string): void {
    this.read = emptyNames();
    this.count = 0;
    this.token = token;
  }
}

const emptyNames = (): NamesRead => ({ actors: new Map(), topics: new Map(), sources: new Map() });
