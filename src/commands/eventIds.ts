import { createHash } from 'node:crypto';

/** Our namespace for name-based (v5) event ids. */
const NAMESPACE = Buffer.from('5b0c3a524a0e4c1e9d8e2f1c6a7b9e10', 'hex');

/**
 * A content-derived event id (RFC 9562 UUID version 5: SHA-1 of a namespace and a name): the same
 * change to the same stream at the same revision always gets the same id, so an import that is
 * retried, or run twice at once, is de-duplicated by the store instead of appended twice.
 * (Node's native SHA-1 here: the `uuid` package's v5 hashes in JavaScript, a bulk-import hot spot.)
 */
export function contentEventId(
  stream: string,
  baseRevision: bigint | undefined,
  index: number,
  type: string,
  data: unknown,
): string {
  return nameBasedEventId(JSON.stringify([stream, baseRevision?.toString() ?? null, index, type, data]));
}

/** The UUID version 5 of `name` in our namespace: the same name, the same id. */
export function nameBasedEventId(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
