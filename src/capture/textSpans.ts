/** A stretch of the text; offsets are in JavaScript string units (UTF-16 code units). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;
