import type { DayBounds } from './dayBounds.ts';
import { orderFindings } from './findings.ts';
import { analyseNetwork } from './network.ts';
import { cycleFinding, impreciseFinding, narrowedFinding } from './networkFindings.ts';
import { BoundsReader, liveMembers, relationNetwork } from './relationNetwork.ts';
import { checkQuotes } from './quoteChecks.ts';
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
  const members = liveMembers(memberIds, facts);
  const reader = new BoundsReader();
  const { bounds } = reader;
  const findings: Finding[] = [];

  for (const id of members) {
    const fact = facts.get(id) as CheckFact;
    const own = reader.of(fact);
    pushFound(findings, impreciseFinding(id, own));
    findings.push(...checkWeekdays(fact, own, sources), ...checkPublication(fact, own, sources));
    findings.push(...checkStatedDates(fact, own, sources), ...checkStatedDateReadings(fact, sources));
    findings.push(...checkQuotes(fact, sources));
  }
  const network = relationNetwork(
    members,
    facts,
    (fact) => reader.of(fact),
    (finding) => findings.push(finding),
  );

  // Most components are one fact with no relation inside them: no network to solve.
  if (network.relations.length === 0) return orderFindings(findings);
  const analysis = analyseNetwork(members, bounds, network.relations, network.violated);
  for (const cycle of analysis.cycles) pushFound(findings, cycleFinding(cycle, network.relations, bounds));
  if (analysis.implied !== null) {
    for (const [id, implied] of analysis.implied)
      pushFound(findings, narrowedFinding(id, bounds.get(id) as DayBounds, implied));
  }
  return orderFindings(findings);
}

/**
 * Appends `item` unless a check found nothing (`null`). A function of the module, not a closure per
 * component: the build names every closure as it is made (`keepNames`), at a cost per component.
 */
function pushFound(into: Finding[], item: Finding | null): void {
  if (item !== null) into.push(item);
}
