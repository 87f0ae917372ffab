import { hash } from 'node:crypto';

/** Our namespace for name-based (v5) event ids. */
const NAMESPACE = Buffer.from('5b0c3a524a0e4c1e9d8e2f1c6a7b9e10', 'hex');

/**
 * A content-derived event id (RFC 9562 UUID version 5: SHA-1 of a namespace and a name): the same
 * change to the same stream at the same revision always gets the same id, so an import that is
 * retried, or run twice at once, is de-duplicated by the store instead of appended twice.
 */
export function contentEventId(
  stream: string,
  baseRevision: bigint | undefined,
  index: number,
  type: string,
  data: unknown,
): string {
  return contentEventIdOfJson(stream, baseRevision, index, type, JSON.stringify(data));
}

/**
 * `contentEventId` of a payload given as its JSON text (`JSON.stringify(data)`), for a caller that
 * stores that text too: the name is the same text `JSON.stringify` makes of the whole array.
 */
export function contentEventIdOfJson(
  stream: string,
  baseRevision: bigint | undefined,
  index: number,
  type: string,
  dataJson: string,
): string {
  const revision = baseRevision === undefined ? 'null' : `"${baseRevision}"`;
  return nameBasedEventId(`[${JSON.stringify(stream)},${revision},${index},${JSON.stringify(type)},${dataJson}]`);
}

/**
 * The bytes hashed for a name: the namespace, then the name's UTF-8, written into one buffer kept
 * between calls (grown when a name needs more), so an id costs one one-shot hash and no hash
 * object or buffers of its own. A bulk import derives an id per event: this is on its hot path.
 */
let scratch = namespaced(4096);

function namespaced(size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  NAMESPACE.copy(bytes);
  return bytes;
}

/** The variant nibble of RFC 9562 (`10xx`) for each hex digit of the hash at that place. */
const VARIANT = '89ab89ab89ab89ab';

/** The UUID version 5 of `name` in our namespace: the same name, the same id. */
export function nameBasedEventId(name: string): string {
  // A UTF-16 code unit takes at most 3 bytes of UTF-8.
  if (NAMESPACE.length + name.length * 3 > scratch.length)
    scratch = namespaced(2 * (NAMESPACE.length + name.length * 3));
  const length = NAMESPACE.length + scratch.write(name, NAMESPACE.length, 'utf8');
  const hex = hash('sha1', scratch.subarray(0, length), 'hex');
  // The version (5) and the variant replace the top bits of bytes 6 and 8: hex digits 12 and 16.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${VARIANT[parseInt(hex[16]!, 16)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
