/**
 * Store sizes of the store benchmark, in facts (the issue states its sizes in facts: 1M facts,
 * 10k actors, 500 topics). The generator (`generateDossier.ts`) is driven by a number of events;
 * a generated fact makes 4.945 events on average (one `FactRecorded`, 1–3 actor links, 1–2 topic
 * links, a citation on 40%, a relation on 5%), and the registries (sources, actors, topics) add
 * one event each. `eventsForFacts` turns a number of facts into the generator's target, so the
 * dossier has that many facts within about 1%.
 */

/** Events per generated fact, registries left out (measured on the generator: 4.938–4.951 from 1,000 to 100,000 facts). */
export const EVENTS_PER_FACT = 4.945;

/** Full run: the sizes. */
export const FULL_SIZES: readonly number[] = [10_000, 100_000, 1_000_000];
/** `--quick`: small enough to finish in under a minute on a shared 2-core machine. */
export const QUICK_SIZES: readonly number[] = [1_000, 3_000];

/** The generator's `targetEvents` for a dossier of about `facts` facts (registries included, as the generator sizes them). */
export function eventsForFacts(facts: number): number {
  const sources = Math.max(20, Math.round(facts / 500));
  const actors = Math.max(50, Math.round(facts / 100));
  const topics = Math.max(20, Math.round(facts / 2000));
  return sources + actors + topics + Math.round(facts * EVENTS_PER_FACT);
}

/** `10000`, `10_000`, `10k`, `1M`, `1.5m` → a positive whole number. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim().replace(/_/g, ''));
  const value = m ? Number(m[1]) * (m[2] === '' ? 1 : m[2]!.toLowerCase() === 'k' ? 1_000 : 1_000_000) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 100)
    throw new Error(`a size is a whole number of facts of at least 100 (10000, 10k, 1M), got ${JSON.stringify(text)}`);
  return value;
}

/** A comma-separated list of sizes, sorted ascending, duplicates dropped. */
export function parseSizes(text: string): number[] {
  const sizes = [
    ...new Set(
      text
        .split(',')
        .filter((s) => s.trim() !== '')
        .map(parseSize),
    ),
  ].sort((a, b) => a - b);
  if (sizes.length === 0) throw new Error('--sizes expects at least one size, e.g. --sizes 10k,100k,1M');
  return sizes;
}

/** A short label: 10k, 100k, 1M, 2.5k, 750. */
export function sizeLabel(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `${n / 1_000_000}M`;
  if (n >= 1_000 && n % 100 === 0) return `${n / 1_000}k`;
  return n.toLocaleString('en-US');
}

/** Facts of the actor whose timeline pages are read (the issue: "100 entries of an actor with 10k facts"). */
export const TIMELINE_ACTOR_FACTS = 10_000;

/**
 * The generator's hub share for a store of `facts` facts: the hub actor is on 10,000 facts at every
 * size of at least 10,000 facts (1% at 1M, 10% at 100k), and on every fact of a smaller store, so
 * the timeline read has the same length wherever the store is large enough and only the store grows.
 */
export function hubShareFor(facts: number): number {
  return Math.min(1, TIMELINE_ACTOR_FACTS / facts);
}
