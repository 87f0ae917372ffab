import type { Position } from '@eventstore/db-client';
import { ValidationError } from '../../core/errors.ts';

/**
 * Positions are EventStoreDB's `$all` positions — a commit and a prepare position, each an
 * unsigned 64-bit log offset — rendered as `"<commit>:<prepare>"` in decimal (e.g. `"1234:1234"`).
 * The rest of Chronicle treats them as opaque and orders them with `comparePositions`.
 */
const FORMAT = /^(0|[1-9][0-9]{0,19}):(0|[1-9][0-9]{0,19})$/;
const U64_MAX = 2n ** 64n - 1n;

/** The position reported for a stream that does not exist when nothing was written (before every event). */
export const NO_POSITION = '0:0';

export function formatPosition(position: Position): string {
  return `${position.commit}:${position.prepare}`;
}

/** Parses a position this store issued; anything else is a `ValidationError` at `path`. */
export function parsePosition(value: unknown, path: string): Position {
  const match = typeof value === 'string' ? FORMAT.exec(value) : null;
  if (!match) {
    throw ValidationError.at(
      path,
      `expected a position issued by the EventStoreDB store ("<commit>:<prepare>", e.g. "1234:1234"), got ${JSON.stringify(value)}`,
    );
  }
  const commit = BigInt(match[1]!);
  const prepare = BigInt(match[2]!);
  if (commit > U64_MAX || prepare > U64_MAX)
    throw ValidationError.at(path, `position ${String(value)} is out of range`);
  return { commit, prepare };
}

/** EventStoreDB's order: by commit position, then by prepare position. */
export function compare(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  return a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;
}

export function comparePositions(a: string, b: string): number {
  return compare(parsePosition(a, 'a'), parsePosition(b, 'b'));
}

/** The later of two positions, either of which may be missing. */
export function later(a: Position | undefined, b: Position | undefined): Position | undefined {
  if (!a) return b;
  if (!b) return a;
  return compare(a, b) >= 0 ? a : b;
}

/**
 * Servers before 22.6 send no `$all` position with events read from a stream (the client then
 * reports 2^64−1); Chronicle needs it, so such a server is refused with a clear message.
 */
export function isMissingPosition(position: Position | undefined): boolean {
  return position === undefined || position.commit === U64_MAX;
}
