import { dayBoundsOf, type DayBounds } from './dayBounds.ts';
import { compare, orderFindings } from './findings.ts';
import { analyseNetwork, type NetworkRelation } from './network.ts';
import { cycleFinding, impreciseFinding, narrowedFinding } from './networkFindings.ts';
import { checkDangling, checkRelation } from './relationChecks.ts';
import { allowedDifference } from './relationWindow.ts';
import { checkPublication, checkStatedDateReadings, checkStatedDates } from './sourceChecks.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';
import { checkWeekdays } from './weekdays.ts';

/**
 * All findings for one component (see {@link relationComponents}): the checks of each member
 * on its own, each of its relations, and the temporal network the members' dates and relations
 * form. Pure and deterministic; this is the function a runner calls per component.
 *
 * Members missing from `facts` or retracted are skipped. A relation from a member to a fact
 * outside `memberIds` is still checked on its own (`relation-violated`) but is not part of the
 * network; one to a missing or retracted fact is `dangling-relation`.
 *
 * @example
 * checkComponent(['alert', 'letter'], facts, sources)
 * //=> [{ code: 'relation-violated', severity: 'error', facts: ['letter', 'alert'],
 * //      message: 'letter (2022-05-02) is asserted 10 days after alert (2022-04-21): they are 11 days apart.' }]
 */
export function checkComponent(
  memberIds: readonly string[],
  facts: ReadonlyMap<string, CheckFact>,
  sources: ReadonlyMap<string, CheckSource>,
): Finding[] {
  const members = [...new Set(memberIds)].filter((id) => facts.get(id)?.retracted === false).sort(compare);
  const memberSet = new Set(members);
  const bounds = new Map<string, DayBounds>();
  const boundsOf = (fact: CheckFact) => {
    let known = bounds.get(fact.factId);
    if (known === undefined) bounds.set(fact.factId, (known = dayBoundsOf(fact.when)));
    return known;
  };
  const findings: Finding[] = [];
  const push = (...items: (Finding | null)[]) => {
    for (const item of items) if (item !== null) findings.push(item);
  };
  const network: NetworkRelation[] = [];
  const violated = new Set<number>();

  for (const id of members) {
    const fact = facts.get(id) as CheckFact;
    const own = boundsOf(fact);
    push(impreciseFinding(id, own), ...checkWeekdays(fact, own, sources), ...checkPublication(fact, own, sources));
    push(...checkStatedDates(fact, own, sources), ...checkStatedDateReadings(fact, sources));
    for (const relation of fact.relations) {
      const target = facts.get(relation.target);
      const dangling = checkDangling(id, relation, target);
      if (dangling !== null || target === undefined) {
        push(dangling);
        continue;
      }
      const targetBounds = boundsOf(target);
      const violation = checkRelation(id, relation, own, targetBounds);
      push(violation);
      if (relation.target === id || !memberSet.has(relation.target)) continue;
      if (violation !== null) violated.add(network.length);
      // Month and year offsets: the distance in days over the target's recorded days (a superset).
      const range = allowedDifference(relation, targetBounds.earliestDay, targetBounds.latestDay);
      network.push({ subject: id, relation, range });
    }
  }

  // Most components are one fact with no relation inside them: no network to solve.
  if (network.length === 0) return orderFindings(findings);
  const analysis = analyseNetwork(members, bounds, network, violated);
  for (const cycle of analysis.cycles) push(cycleFinding(cycle, network, bounds));
  if (analysis.implied !== null) {
    for (const [id, implied] of analysis.implied) push(narrowedFinding(id, bounds.get(id) as DayBounds, implied));
  }
  return orderFindings(findings);
}
