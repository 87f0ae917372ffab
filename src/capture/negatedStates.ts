/**
 * "Desde diciembre no nos llega el agua", "y desde 2019 no recibe un mantenimiento completo", "Since
 * December the water has not come": a "since" / "desde" that opens its clause (at its start or after
 * "and", "but", "y", "pero") sets the span the negated clause after it describes, a state that holds
 * from that date on; after the negated verb ("el equipo no gana desde el 20 de agosto") it dates the
 * last time it happened.
 */
const OPENS_CLAUSE = /(?:^|(?:^|[^\p{L}])(?:and|but|while|y|e|pero|mientras))[^\p{L}\d]*$/iu;

/**
 * Whether a negated clause's "since X" / "desde X" is a state that still holds from X on rather than
 * the last time something happened at X. `before` is the clause up to the bound word.
 */
export function negatedStateHolds(before: string): boolean {
  return OPENS_CLAUSE.test(before);
}
