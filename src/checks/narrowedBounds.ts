import type { DayBounds } from './dayBounds.ts';
import { analyseNetwork, type ImpliedBounds } from './network.ts';
import { BoundsReader, liveMembers, relationNetwork } from './relationNetwork.ts';
import type { CheckFact } from './types.ts';

/** A fact's bounds in days (since 1970-01-01) as its relations narrow them; `null` = open. */
export interface NarrowedBounds {
  readonly earliestDay: number | null;
  readonly latestDay: number | null;
}

/**
 * The recorded bounds with the ends the relations tighten replaced by the implied ones, and which
 * ends those are; `null` when neither end is tighter.
 */
export function narrowedDays(
  recorded: DayBounds,
  implied: ImpliedBounds,
): (NarrowedBounds & { readonly later: boolean; readonly sooner: boolean }) | null {
  const later =
    implied.earliestDay !== null && (recorded.earliestDay === null || implied.earliestDay > recorded.earliestDay);
  const sooner = implied.latestDay !== null && (recorded.latestDay === null || implied.latestDay < recorded.latestDay);
  if (!later && !sooner) return null;
  return {
    earliestDay: later ? implied.earliestDay : recorded.earliestDay,
    latestDay: sooner ? implied.latestDay : recorded.latestDay,
    later,
    sooner,
  };
}

/**
 * The members of one component (see {@link checkComponent}) whose relations narrow their recorded
 * bounds, with the narrowed bounds: the same network and the same rule as the `date-narrowed`
 * findings, without the findings. Nothing narrows in a component whose relations contradict each
 * other or the recorded dates: there, every member keeps its recorded bounds.
 *
 * @example
 * narrowedBounds(['guacamaya-hack', 'report'], facts)
 * //=> Map { 'guacamaya-hack' => { earliestDay: 19104, latestDay: 19296 } }  // ../2022-10, after 22 April 2022
 */
export function narrowedBounds(
  memberIds: readonly string[],
  facts: ReadonlyMap<string, CheckFact>,
): Map<string, NarrowedBounds> {
  const out = new Map<string, NarrowedBounds>();
  const members = liveMembers(memberIds, facts);
  if (members.length < 2) return out;
  const reader = new BoundsReader();
  const { bounds } = reader;
  const network = relationNetwork(
    members,
    facts,
    (fact) => reader.of(fact),
    () => undefined,
  );
  if (network.relations.length === 0) return out;
  const { implied } = analyseNetwork(members, bounds, network.relations, network.violated);
  if (implied === null) return out;
  for (const [id, days] of implied) {
    const narrowed = narrowedDays(bounds.get(id) as DayBounds, days);
    if (narrowed !== null) out.set(id, { earliestDay: narrowed.earliestDay, latestDay: narrowed.latestDay });
  }
  return out;
}
