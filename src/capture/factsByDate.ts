import type { PriorFact } from './narrative.ts';
import { moveBy } from './offsetArithmetic.ts';
import type { Offset } from './reading.ts';

type Bounds = { readonly earliest: number | null; readonly latest: number | null };

/**
 * A finished reading's facts sorted by their earliest day, to find those from which an offset may
 * reach a stated date without moving every fact by it ("eight days after the outage", told beside
 * "Sept. 26", asks which fact lies eight days before 26 September): the offset moves days
 * monotonically (a later day never moves to an earlier one), so the facts that can reach a date
 * form one run of the sorted days, found by binary search.
 */
export class FactsByDate {
  readonly #facts: readonly PriorFact[];
  /** Text-order indexes of the facts with both bounds, by earliest day (then text order). */
  readonly #sorted: number[];
  /** Text-order indexes of the facts whose latest day is before their earliest: always candidates. */
  readonly #unordered: number[];
  readonly #firstById = new Map<string, number>();

  constructor(facts: readonly PriorFact[]) {
    this.#facts = facts;
    const sorted: number[] = [];
    const unordered: number[] = [];
    facts.forEach((f, i) => {
      if (!this.#firstById.has(f.id)) this.#firstById.set(f.id, i);
      const { earliest, latest } = f.date;
      if (earliest === null || latest === null) return;
      (latest < earliest ? unordered : sorted).push(i);
    });
    this.#sorted = sorted.sort((a, b) => this.#earliest(a) - this.#earliest(b) || a - b);
    this.#unordered = unordered;
  }

  #earliest(i: number): number {
    return (this.#facts[i] as PriorFact).date.earliest as number;
  }

  /** The text-order index of the first fact with this id, or -1 (as `facts.findIndex`). */
  indexOf(id: string): number {
    return this.#firstById.get(id) ?? -1;
  }

  /** The first fact with this id (as `facts.find`). */
  byId(id: string): PriorFact | undefined {
    const i = this.#firstById.get(id);
    return i === undefined ? undefined : this.#facts[i];
  }

  /** The first position of the sorted facts from which `holds` is true, for `holds` false then true along them. */
  #firstWhere(holds: (day: number) => boolean): number {
    let lo = 0;
    let hi = this.#sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (holds(this.#earliest(this.#sorted[mid] as number))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * Text-order indexes, ascending, of every fact from which `offset` after (+1) or before (-1) may
   * reach `stated`: within it when `precise`, else meeting it. A superset of those that do; the
   * caller tests each. Within: the moved earliest day is at or after the stated earliest, and the
   * moved latest day, which is at least the fact's earliest day moved, at or before the stated
   * latest. Meeting: the moved earliest day (when the offset gives one) is at or before the stated latest.
   */
  reaching(offset: Offset, sign: 1 | -1, stated: Bounds, precise: boolean): number[] {
    const movedEarliest = (day: number) => moveBy(day, offset, sign, sign === 1 ? 'min' : 'max');
    const movedLatest = (day: number) => moveBy(day, offset, sign, sign === 1 ? 'max' : 'min');
    const from =
      precise && stated.earliest !== null
        ? this.#firstWhere((day) => {
            const moved = movedEarliest(day);
            return moved !== null && moved >= (stated.earliest as number);
          })
        : 0;
    const to =
      stated.latest === null
        ? this.#sorted.length
        : this.#firstWhere((day) => {
            const moved = precise ? movedLatest(day) : movedEarliest(day);
            return moved !== null && moved > (stated.latest as number);
          });
    const out = this.#sorted.slice(from, Math.max(from, to));
    out.push(...this.#unordered);
    return out.sort((a, b) => a - b);
  }
}
