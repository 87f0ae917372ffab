/** Word boundaries that know accented letters (`\b` does not): use with the `u` flag. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/**
 * Every match of `pattern` in `text` (a global, unicode copy is made), handed to `read`, which
 * returns what to keep or `null` to pass.
 */
export function scan<T>(text: string, pattern: RegExp, read: (match: RegExpExecArray) => T | null): T[] {
  const flags = new Set([...pattern.flags, 'g', 'u']);
  const re = new RegExp(pattern.source, [...flags].join(''));
  const out: T[] = [];
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    if (match[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const value = read(match);
    if (value !== null) out.push(value);
  }
  return out;
}

/** A year as written, if it reads as one: 1900–2099 (a wider range reads counts as years). */
export function yearOf(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const year = Number(digits);
  return year >= 1900 && year <= 2099 ? year : null;
}
