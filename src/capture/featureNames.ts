/**
 * Names the text writes with a noun of a natural feature or an area in their own words ("Manchar Lake", "Namibia's
 * Erongo Region", "Volcán Yurú", "Mount Keira"): the rest of such a name, written alone ("Manchar held", "the Erongo
 * desalination plant"), is that place.
 */

/** A feature's or an area's noun closing a name ("Manchar Lake", "Erongo Region"). */
const FEATURE_END =
  /\s(?:Lake|River|Creek|Bay|Island|Islands|Mountain|Mountains|Hills|Valley|Highlands|Region|District|Province|Lagoon|Estuary|Glacier|Forest|Range|Sea|Peninsula)$/u;
/** A feature's noun opening a name ("Lake Vell", "Volcán Yurú"). */
const FEATURE_START = /^(?:Lake|Mount|River|Río|Lago|Laguna|Isla|Cerro|Volcán)\s/u;
/** A possessive before the name ("Namibia's Erongo Region"). */
const POSSESSOR = /^.*['’]s\s+/u;

/** The names left when the feature's noun is taken from each of `names` (a person's titled name is none). */
export function featureNames(names: readonly { readonly bare: string; readonly titled: boolean }[]): Set<string> {
  const stems = new Set<string>();
  for (const n of names) {
    if (n.titled) continue;
    const stem = n.bare.replace(FEATURE_END, '').replace(FEATURE_START, '').replace(POSSESSOR, '');
    if (stem !== n.bare && stem.length > 2) stems.add(stem);
  }
  return stems;
}
