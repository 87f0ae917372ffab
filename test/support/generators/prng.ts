/**
 * A small seeded PRNG (mulberry32): the same seed gives the same dossier on every machine, so two
 * benchmark runs measure the same data and a test replays its choices. Not for anything but fixtures.
 */
export class Prng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An index in [0, n) skewed towards 0 (a few popular items, a long tail), as real actor lists are. */
  skewed(n: number, exponent = 1.6): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** exponent));
  }

  /** `count` distinct indexes in [0, n), drawn with `skewed`. */
  distinctSkewed(n: number, count: number): number[] {
    const out = new Set<number>();
    while (out.size < Math.min(count, n)) out.add(this.skewed(n));
    return [...out];
  }
}
