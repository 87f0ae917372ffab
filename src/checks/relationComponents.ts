import { compare } from './findings.ts';
import type { CheckFact } from './types.ts';

/**
 * The facts that relations connect (in either direction), as groups: every fact that is not
 * retracted is in exactly one group, alone if it has no relation to a live fact. Each group is
 * sorted by id and the groups by their first id, so the same facts always give the same groups.
 *
 * @example
 * relationComponents(facts) //=> [['alert', 'letter'], ['installation']]
 */
export function relationComponents(facts: ReadonlyMap<string, CheckFact>): string[][] {
  const parent = new Map<string, string>();
  const live = [...facts.values()].filter((fact) => !fact.retracted);
  for (const fact of live) parent.set(fact.factId, fact.factId);
  const root = (id: string): string => {
    let node = id;
    while (parent.get(node) !== node) {
      const up = parent.get(parent.get(node) as string) as string;
      parent.set(node, up); // path halving
      node = up;
    }
    return node;
  };
  for (const fact of live) {
    for (const relation of fact.relations) {
      if (!parent.has(relation.target)) continue;
      const [a, b] = [root(fact.factId), root(relation.target)];
      if (a !== b) parent.set(compare(a, b) < 0 ? b : a, compare(a, b) < 0 ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const key = root(id);
    const group = groups.get(key);
    if (group) group.push(id);
    else groups.set(key, [id]);
  }
  return [...groups.values()]
    .map((group) => group.sort(compare))
    .sort((a, b) => compare(a[0] as string, b[0] as string));
}
