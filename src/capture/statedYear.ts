import type { Reading } from './reading.ts';

/** Whether a phrase writes its year ("March 2019", "August of that year"), rather than taking one from the narrative. */
export function statesItsYear(r: Reading): boolean {
  switch (r.kind) {
    case 'calendar':
    case 'season':
    case 'quarter':
    case 'half':
      return r.yearHint === 'stated' || r.yearHint === 'that';
    case 'decade':
      return true;
    case 'part':
    case 'weekend':
    case 'week':
    case 'open':
      return statesItsYear(r.of);
    case 'range':
      return statesItsYear(r.from) || statesItsYear(r.to);
    default:
      return false;
  }
}
