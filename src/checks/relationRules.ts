import { parseRelationOffset } from '../dates/index.ts';
import type { CheckRelation } from './types.ts';

/**
 * The relation as the words after "is asserted" (docs/design.md § Dossier format, relation offsets).
 *
 * @example
 * assertedText({ kind: 'after', target: 'b', offset: 'P10D' })   //=> '10 days after'
 * assertedText({ kind: 'after', target: 'b', offset: '../P5M' }) //=> 'less than 5 months after'
 * assertedText({ kind: 'before', target: 'b', offset: 'P3Y~' })  //=> 'about 3 years before'
 * assertedText({ kind: 'after', target: 'b', offset: null })     //=> 'to be on or after'
 */
export function assertedText(relation: CheckRelation): string {
  const distance = offsetText(relation.offset);
  switch (relation.kind) {
    case 'after':
      return distance === null ? 'to be on or after' : `${distance} after`;
    case 'before':
      return distance === null ? 'to be on or before' : `${distance} before`;
    case 'same-day':
      return 'to be on the same day as';
    default: {
      const unexpected: never = relation.kind;
      throw new RangeError(`unknown relation kind ${String(unexpected)}`);
    }
  }
}

function offsetText(offset: string | null): string | null {
  if (offset === null) return null;
  try {
    return parseRelationOffset(offset).text;
  } catch {
    return null;
  }
}

/**
 * The relation as recorded, for naming it in a list.
 *
 * @example
 * relationName('a', { kind: 'after', target: 'b', offset: 'P10D' }) //=> 'a after b (P10D)'
 * relationName('a', { kind: 'same-day', target: 'b', offset: null }) //=> 'a same day as b'
 */
export function relationName(subject: string, relation: CheckRelation): string {
  const word = relation.kind === 'same-day' ? 'same day as' : relation.kind;
  const offset = relation.kind !== 'same-day' && relation.offset !== null ? ` (${relation.offset})` : '';
  return `${subject} ${word} ${relation.target}${offset}`;
}
