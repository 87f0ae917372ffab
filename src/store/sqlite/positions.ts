import { ValidationError } from '../../core/errors.ts';

/**
 * Positions are `events.position` (the rowid) rendered as a decimal string. They stay below 2^53,
 * so JavaScript numbers hold them exactly.
 */
const DECIMAL = /^(0|[1-9][0-9]*)$/;

export function formatPosition(position: number): string {
  return String(position);
}

/** Parses a position this store issued; anything else is a `ValidationError` at `path`. */
export function parsePosition(value: unknown, path: string): number {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw ValidationError.at(
      path,
      `expected a position issued by this store (a decimal integer string), got ${JSON.stringify(value)}`,
    );
  }
  const position = Number(value);
  if (!Number.isSafeInteger(position)) throw ValidationError.at(path, `position ${value} is out of range`);
  return position;
}

/** Numeric order of two positions: negative, zero or positive. */
export function comparePositions(a: string, b: string): number {
  const x = parsePosition(a, 'a');
  const y = parsePosition(b, 'b');
  return x < y ? -1 : x > y ? 1 : 0;
}
