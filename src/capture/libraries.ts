import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type Nlp from 'compromise';

/**
 * chrono-node and compromise, loaded at their first use rather than when the module graph loads:
 * together they take over a second to load, which every CLI command would pay though only
 * `capture` (and the server's capture route) reads with them. Loaded synchronously (both ship a
 * CommonJS build), so capture stays a synchronous, pure function; a package holds none of
 * Chronicle's own classes, so loading it late cannot make two copies of one.
 */
const load = createRequire(import.meta.url);

let chrono: typeof Chrono | undefined;
let nlp: typeof Nlp | undefined;

/** chrono-node, loaded on the first call. */
export const chronoNode = (): typeof Chrono => (chrono ??= load('chrono-node') as typeof Chrono);

/** compromise, loaded on the first call. */
export const compromise = (): typeof Nlp => (nlp ??= load('compromise') as typeof Nlp);
