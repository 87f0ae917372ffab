import { checkComponent } from './checkComponent.ts';
import { orderFindings } from './findings.ts';
import { relationComponents } from './relationComponents.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';

/**
 * Every finding for every component, ordered by first fact id, then code (errors first), then
 * message. Retracted facts are neither checked nor part of any network.
 */
export function checkAll(facts: ReadonlyMap<string, CheckFact>, sources: ReadonlyMap<string, CheckSource>): Finding[] {
  return orderFindings(relationComponents(facts).flatMap((members) => checkComponent(members, facts, sources)));
}
