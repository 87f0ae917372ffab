import { bellmanFord, firstHops, type Edge } from './bellmanFord.ts';
import type { DayBounds } from './dayBounds.ts';
import type { DayRange } from './relationWindow.ts';
import type { CheckRelation } from './types.ts';

/** A relation between two members of a component, with what it allows for `subject − target`. */
export interface NetworkRelation {
  readonly subject: string;
  readonly relation: CheckRelation;
  readonly range: DayRange;
}

/** A set of relations that cannot all hold, in the order they chain. */
export interface Cycle {
  /** Indices into the relations given to {@link analyseNetwork}. */
  readonly relations: number[];
  /** The facts whose recorded dates close the cycle; empty when the relations alone contradict. */
  readonly dated: string[];
}

/** Bounds implied by a consistent network, with the facts whose dates and relations imply them. */
export interface ImpliedBounds {
  readonly earliestDay: number | null;
  readonly latestDay: number | null;
  readonly earliestFrom: string[];
  readonly latestFrom: string[];
}

export interface NetworkAnalysis {
  readonly cycles: Cycle[];
  /** Per member; `null` unless the whole network (bounds and relations) is consistent. */
  readonly implied: ReadonlyMap<string, ImpliedBounds> | null;
}

/** Past this many contradictions in one component, the rest wait until these are fixed. */
const MAX_CYCLES = 25;

type Tag = { relation: number } | { fact: number };

/**
 * Path consistency for one component, as a simple temporal network: one node per fact date
 * (in days) plus a zero node (node 0) that the recorded bounds hang from. An edge `u → v` of
 * weight `w` says `v − u ≤ w`.
 *
 * 1. Relations alone: negative cycles over the relation edges, found from a virtual source; each
 *    is reported and its relations set aside so the next one can be found.
 * 2. With the recorded dates: the remaining relations, minus the ones `violated` on their own
 *    (reported by themselves), plus the bounds; any negative cycle now passes through the zero
 *    node, so one run from it finds it.
 * 3. When nothing contradicts: shortest paths from the zero node give each latest day, and on
 *    the reversed graph each earliest day.
 */
export function analyseNetwork(
  members: readonly string[],
  bounds: ReadonlyMap<string, DayBounds>,
  relations: readonly NetworkRelation[],
  violated: ReadonlySet<number>,
): NetworkAnalysis {
  const nodeOf = new Map(members.map((id, index) => [id, index + 1]));
  const active = new Set(relations.map((_, index) => index));
  const cycles: Cycle[] = [];
  const factOf = (node: number) => members[node - 1] as string;

  const build = (withBounds: boolean) => {
    const edges: Edge[] = [];
    const tags: Tag[] = [];
    const add = (from: number, to: number, weight: number, tag: Tag) => {
      if (Number.isFinite(weight)) {
        edges.push({ from, to, weight });
        tags.push(tag);
      }
    };
    if (withBounds) {
      members.forEach((id, index) => {
        const day = bounds.get(id);
        if (day?.latestDay != null) add(0, index + 1, day.latestDay, { fact: index + 1 });
        if (day?.earliestDay != null) add(index + 1, 0, -day.earliestDay, { fact: index + 1 });
      });
    }
    for (const index of active) {
      const { subject, relation, range } = relations[index] as NetworkRelation;
      const s = nodeOf.get(subject);
      const t = nodeOf.get(relation.target);
      if (s === undefined || t === undefined) continue;
      add(t, s, range.max, { relation: index });
      add(s, t, -range.min, { relation: index });
    }
    return { edges, tags };
  };

  const takeCycles = (withBounds: boolean) => {
    while (cycles.length < MAX_CYCLES) {
      const { edges, tags } = build(withBounds);
      const result = bellmanFord(members.length + 1, edges, withBounds ? 0 : 'all');
      if (result.kind === 'distances') return;
      const cycle = describeCycle(result.cycle, tags, edges, withBounds, factOf);
      cycle.relations.forEach((index) => active.delete(index));
      cycles.push(cycle);
    }
  };

  takeCycles(false);
  violated.forEach((index) => active.delete(index));
  takeCycles(true);
  if (cycles.length > 0 || violated.size > 0) return { cycles, implied: null };
  return { cycles, implied: impliedBounds(members, build(true), factOf) };
}

function describeCycle(
  cycle: number[],
  tags: readonly Tag[],
  edges: readonly Edge[],
  withBounds: boolean,
  factOf: (node: number) => string,
): Cycle {
  // Start where the cycle leaves the zero node, or else at the earliest recorded relation.
  const rank = (edge: number) => {
    const tag = tags[edge] as Tag;
    if (withBounds) return (edges[edge] as Edge).from === 0 ? -1 : 0;
    return 'relation' in tag ? tag.relation : Infinity;
  };
  let start = 0;
  cycle.forEach((edge, position) => {
    if (rank(edge) < rank(cycle[start] as number)) start = position;
  });
  const relations = new Set<number>();
  const dated = new Set<string>();
  for (const edge of [...cycle.slice(start), ...cycle.slice(0, start)]) {
    const tag = tags[edge] as Tag;
    if ('relation' in tag) relations.add(tag.relation);
    else dated.add(factOf(tag.fact));
  }
  return { relations: [...relations], dated: [...dated] };
}

function impliedBounds(
  members: readonly string[],
  graph: { edges: Edge[]; tags: Tag[] },
  factOf: (node: number) => string,
): Map<string, ImpliedBounds> {
  const reversed = graph.edges.map((edge) => ({ from: edge.to, to: edge.from, weight: edge.weight }));
  const forward = bellmanFord(members.length + 1, graph.edges, 0);
  const backward = bellmanFord(members.length + 1, reversed, 0);
  if (forward.kind !== 'distances' || backward.kind !== 'distances') {
    throw new Error('analyseNetwork: a consistent network has a negative cycle');
  }
  const latestAnchors = firstHops(graph.edges, forward.predecessor, 0);
  const earliestAnchors = firstHops(reversed, backward.predecessor, 0);
  const implied = new Map<string, ImpliedBounds>();
  members.forEach((id, index) => {
    const node = index + 1;
    const latest = forward.distance[node] as number;
    const toZero = backward.distance[node] as number;
    // The fact whose recorded date sets the bound, and the neighbour it reaches this one through.
    const factsOn = (edges: readonly Edge[], predecessor: Int32Array, first: Int32Array) => {
      const index = predecessor[node] as number;
      const neighbour = index < 0 ? 0 : (edges[index] as Edge).from;
      const ends = [first[node] as number, neighbour].filter((end) => end > 0 && end !== node);
      return [...new Set(ends.map(factOf))];
    };
    implied.set(id, {
      latestDay: Number.isFinite(latest) ? latest : null,
      earliestDay: Number.isFinite(toZero) ? -toZero + 0 : null,
      latestFrom: factsOn(graph.edges, forward.predecessor, latestAnchors),
      earliestFrom: factsOn(reversed, backward.predecessor, earliestAnchors),
    });
  });
  return implied;
}
