import { ValidationError } from '../core/errors.ts';

/** A fact's ETag is its stream revision, quoted: `"3"`. */
export const formatEtag = (revision: bigint | number): string => `"${revision}"`;

/**
 * Reads `If-Match`: a revision (`"3"`, `W/"3"` or `3`) or `*` (any existing version, i.e. no check
 * beyond existence). Undefined when the header is absent.
 */
export function parseIfMatch(header: string | undefined): bigint | '*' | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const value = header.trim();
  if (value === '*') return '*';
  const m = /^(?:W\/)?"?(\d{1,18})"?$/.exec(value);
  if (!m)
    throw ValidationError.at(
      'If-Match',
      `expected an ETag such as "3" from a previous response, got ${JSON.stringify(value)}`,
      'header',
    );
  return BigInt(m[1]!);
}
