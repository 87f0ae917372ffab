import { dayBoundsOf, type DayBounds } from './dayBounds.ts';
import { compare } from './findings.ts';
import type { NetworkRelation } from './network.ts';
import { checkDangling, checkRelation } from './relationChecks.ts';
import { allowedDifference } from './relationWindow.ts';
import type { CheckFact, Finding } from './types.ts';

/** The members of a component the checks see: each id once, present and not retracted, in id order. */
export function liveMembers(memberIds: readonly string[], facts: ReadonlyMap<string, CheckFact>): string[] {
  return [...new Set(memberIds)].filter((id) => facts.get(id)?.retracted === false).sort(compare);
}

/**
 * `dayBoundsOf` for facts, each read once. A class, not a closure per component: the build names
 * every closure as it is made (`keepNames`), at a cost per component.
 */
export class BoundsReader {
  /** The bounds read so far, by fact id. */
  readonly bounds = new Map<string, DayBounds>();

  of(fact: CheckFact): DayBounds {
    let known = this.bounds.get(fact.factId);
    if (known === undefined) this.bounds.set(fact.factId, (known = dayBoundsOf(fact.when)));
    return known;
  }
}

/** The relations between the members of a component, as the temporal network takes them. */
export interface ComponentNetwork {
  readonly relations: NetworkRelation[];
  /** Indices into `relations` of the ones that cannot hold between the two recorded dates. */
  readonly violated: Set<number>;
}

/**
 * Walks the relations of `members` (see {@link liveMembers}): each is checked on its own, its
 * finding (`dangling-relation`, `relation-violated`) handed to `report`, and the ones between two
 * members enter the network with the least and greatest distance in days they allow (month and
 * year offsets: over the target's recorded days, a superset).
 */
export function relationNetwork(
  members: readonly string[],
  facts: ReadonlyMap<string, CheckFact>,
  boundsOf: (fact: CheckFact) => DayBounds,
  report: (finding: Finding) => void,
): ComponentNetwork {
  const memberSet = new Set(members);
  const relations: NetworkRelation[] = [];
  const violated = new Set<number>();
  for (const id of members) {
    const fact = facts.get(id) as CheckFact;
    const own = boundsOf(fact);
    for (const relation of fact.relations) {
      const target = facts.get(relation.target);
      const dangling = checkDangling(id, relation, target);
      if (dangling !== null || target === undefined) {
        if (dangling !== null) report(dangling);
        continue;
      }
      const targetBounds = boundsOf(target);
      const violation = checkRelation(id, relation, own, targetBounds);
      if (violation !== null) report(violation);
      if (relation.target === id || !memberSet.has(relation.target)) continue;
      if (violation !== null) violated.add(relations.length);
      const range = allowedDifference(relation, targetBounds.earliestDay, targetBounds.latestDay);
      relations.push({ subject: id, relation, range });
    }
  }
  return { relations, violated };
}
