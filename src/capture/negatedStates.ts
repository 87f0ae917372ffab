import type { Lang } from './lexicon.ts';

/**
 * "Desde diciembre no nos llega el agua", "y desde 2019 no recibe un mantenimiento completo", "Since
 * December the water has not come": a "since" / "desde" that opens its clause (at its start or after
 * "and", "but", "y", "pero") sets the span the negated clause after it describes, a state that holds
 * from that date on; after the negated verb ("el equipo no gana desde el 20 de agosto") it dates the
 * last time it happened.
 */
const OPENS_CLAUSE = /(?:^|(?:^|[^\p{L}])(?:and|but|while|y|e|pero|mientras))[^\p{L}\d]*$/iu;

/**
 * "wages that have not been paid since July", "has not paid them for deliveries since July", "no han
 * cobrado desde julio": told in the present perfect (or the present), the negated state reaches the
 * telling, so the open date from X on says what the text says; "had not been updated since 2019",
 * told in the pluperfect, ended at a past telling and dates the last time it happened.
 */
const EN_PRESENT =
  /(?:^|[^\p{L}])(?:has|have|hasn['’]t|haven['’]t|do|does|don['’]t|doesn['’]t)(?![\p{L}])|\p{L}['’]ve(?![\p{L}])/iu;
/** A past or pluperfect auxiliary; "had" after "have not" ("have not had a single vial") is the perfect's participle. */
const EN_PAST =
  /(?:^|[^\p{L}])(?<!(?:has|have|n['’]t|not|never)\s+)(?:had|hadn['’]t|did|didn['’]t|was|were|wasn['’]t|weren['’]t)(?![\p{L}])|\p{L}['’]d(?![\p{L}])/iu;
const ES_PRESENT_PERFECT = /(?:^|[^\p{L}])(?:he|has|ha|hemos|habéis|han)\s+\p{L}+(?:ado|ido|to|cho|so)(?![\p{L}])/iu;
const ES_PAST = /(?:^|[^\p{L}])(?:había|habían|hubo|hubieron)(?![\p{L}])/iu;

/** ", when a late goal beat Ashdown Town", ", cuando la crisis obligó a suspenderla": a clause that tells what happened at the date. */
const WHEN_AFTER = /^[^\p{L}]{0,3}(?:when|cuando)(?![\p{L}])/iu;

/**
 * Whether a negated clause's "since X" / "desde X" is a state that still holds from X on rather than
 * the last time something happened at X. `before` is the clause up to the bound word, `after` the
 * text right after the date.
 */
export function negatedStateHolds(before: string, after: string, lang: Lang): boolean {
  if (OPENS_CLAUSE.test(before)) return true;
  if (WHEN_AFTER.test(after)) return false;
  return (
    (lang === 'en' ? EN_PRESENT : ES_PRESENT_PERFECT).test(before) && !(lang === 'en' ? EN_PAST : ES_PAST).test(before)
  );
}
