import type { PriorFact } from './narrative.ts';

/**
 * Facts by the stems of their clauses, to find the one a relative phrase names without reading
 * every fact: a stem leads to the facts that share it.
 */
export class FactIndex {
  private readonly byStem = new Map<string, { fact: PriorFact; seq: number }[]>();
  private readonly seqOf = new Map<PriorFact, number>();
  private seq = 0;

  add(fact: PriorFact): void {
    this.seq += 1;
    this.seqOf.set(fact, this.seq);
    for (const stem of fact.stems) {
      const list = this.byStem.get(stem);
      if (list) list.push({ fact, seq: this.seq });
      else this.byStem.set(stem, [{ fact, seq: this.seq }]);
    }
  }

  /** Leads more stems to a fact already added (the words of the sentences that go on telling its event). */
  addStems(fact: PriorFact, stems: readonly string[]): void {
    const seq = this.seqOf.get(fact);
    if (seq === undefined) return;
    for (const stem of stems) {
      const list = this.byStem.get(stem);
      if (list) list.push({ fact, seq });
      else this.byStem.set(stem, [{ fact, seq }]);
    }
  }

  /** The facts sharing a stem with `wanted`, each once, with the order they were added in. */
  sharing(wanted: ReadonlySet<string>): { fact: PriorFact; seq: number }[] {
    const found = new Map<PriorFact, number>();
    for (const stem of wanted) for (const { fact, seq } of this.byStem.get(stem) ?? []) found.set(fact, seq);
    return [...found].map(([fact, seq]) => ({ fact, seq }));
  }

  /** The fact sharing the most of `wanted`, the latest added on a tie; `null` when none shares one. */
  best(wanted: ReadonlySet<string>): { fact: PriorFact; shared: string[] } | null {
    const found = new Map<PriorFact, { shared: string[]; seq: number }>();
    for (const stem of wanted) {
      for (const { fact, seq } of this.byStem.get(stem) ?? []) {
        const entry = found.get(fact);
        if (entry) entry.shared.push(stem);
        else found.set(fact, { shared: [stem], seq });
      }
    }
    let best: { fact: PriorFact; shared: string[]; seq: number } | null = null;
    for (const [fact, { shared, seq }] of found) {
      if (!best || shared.length > best.shared.length || (shared.length === best.shared.length && seq > best.seq)) {
        best = { fact, shared, seq };
      }
    }
    return best ? { fact: best.fact, shared: best.shared } : null;
  }
}
