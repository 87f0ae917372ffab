import { dayBoundsOf, type DayBounds } from '../../src/checks/dayBounds.ts';
import { relationHolds } from '../../src/checks/relationChecks.ts';
import type { CheckFact } from '../../src/checks/index.ts';

/**
 * The reference for the full check: the least any date check over the same data must do — read
 * every current fact's EDTF date into day bounds (Chronicle's own `dayBoundsOf`, so the date
 * parsing costs the same) and test every relation on its own (`relationHolds`). No temporal
 * network, no source, weekday or stated-date checks, no messages. Returns the relations that
 * cannot hold.
 */
export function pairwiseReference(facts: ReadonlyMap<string, CheckFact>): number {
  const bounds = new Map<string, DayBounds>();
  for (const fact of facts.values()) if (!fact.retracted) bounds.set(fact.factId, dayBoundsOf(fact.when));
  let violated = 0;
  for (const fact of facts.values()) {
    const own = bounds.get(fact.factId);
    if (!own) continue;
    for (const relation of fact.relations) {
      const target = bounds.get(relation.target);
      if (target && !relationHolds(relation, own, target)) violated += 1;
    }
  }
  return violated;
}
