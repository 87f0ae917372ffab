/** A stretch of the text; offsets are in JavaScript string units (UTF-16 code units). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** The index of the first of `spans` (sorted by start) that starts at or after `at`. */
export function firstFrom(spans: readonly TextSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as TextSpan).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The span of `spans` (sorted, not overlapping) that holds `inner`, if any. */
export function holding<T extends TextSpan>(spans: readonly T[], inner: TextSpan): T | undefined {
  const i = firstFrom(spans, inner.start + 1) - 1;
  const span = spans[i];
  return span && span.start <= inner.start && inner.end <= span.end ? span : undefined;
}

/** The spans of `spans` (sorted by start) that lie inside `outer`. */
export function inside<T extends TextSpan>(spans: readonly T[], outer: TextSpan): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, outer.start); i < spans.length && (spans[i] as T).start < outer.end; i += 1) {
    if ((spans[i] as T).end <= outer.end) out.push(spans[i] as T);
  }
  return out;
}
