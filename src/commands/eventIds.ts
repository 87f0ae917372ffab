import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '5b0c3a52-4a0e-4c1e-9d8e-2f1c6a7b9e10';

/**
 * A content-derived event id (UUID v5): the same change to the same stream at the same revision
 * always gets the same id, so an import that is retried, or run twice at once, is de-duplicated by
 * the store instead of appended twice.
 */
export function contentEventId(stream: string, baseRevision: bigint | undefined, index: number, type: string, data: unknown): string {
  return uuidv5(JSON.stringify([stream, baseRevision?.toString() ?? null, index, type, data]), NAMESPACE);
}
