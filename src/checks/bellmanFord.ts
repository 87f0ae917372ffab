import { stronglyConnected } from './stronglyConnected.ts';

/** An edge `from → to` of weight `weight`: in a distance graph, `to − from ≤ weight`. */
export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

export type ShortestPaths =
  | {
      readonly kind: 'distances';
      /** Shortest distance from the source, `Infinity` when unreachable. */
      readonly distance: Float64Array;
      /** Index of the last edge on a shortest path to each node, `-1` for none. */
      readonly predecessor: Int32Array;
    }
  | {
      readonly kind: 'negative-cycle';
      /** Edge indices of one negative cycle, in the order they are walked. */
      readonly cycle: number[];
    };

/**
 * Bellman–Ford over nodes `0 … nodeCount − 1`, from `source`, or from every node at once
 * (`'all'`: a virtual source with a zero edge to each node, which finds any negative cycle).
 * With a source, only negative cycles it reaches are found.
 *
 * Negative cycles lie inside strongly connected components, so the components are settled one
 * at a time in topological order: Bellman–Ford rounds inside each, then one pass over the edges
 * that leave it. Inside a component the rounds scan edges in Yen's order (depth-first reverse
 * postorder: forward edges in order, then backward edges in reverse), so a shortest path costs one
 * round per change of direction. Chains of thousands of facts settle in a few passes; the worst
 * case stays O(nodes × edges). Paths never need to come back to the source, so edges into it are
 * left out of the components and checked last: one that still relaxes closes a negative cycle.
 *
 * A negative cycle is recovered as a cycle of predecessor edges (every such cycle is negative).
 *
 * @example
 * bellmanFord(2, [{ from: 0, to: 1, weight: 5 }], 0) //=> { kind: 'distances', distance: [0, 5], … }
 */
export function bellmanFord(nodeCount: number, edges: readonly Edge[], source: number | 'all'): ShortestPaths {
  const distance = new Float64Array(nodeCount).fill(source === 'all' ? 0 : Infinity);
  if (source !== 'all') distance[source] = 0;
  const predecessor = new Int32Array(nodeCount).fill(-1);
  const walks = { mark: new Float64Array(nodeCount), next: 1 };
  const relax = (index: number): boolean => {
    const edge = edges[index] as Edge;
    const candidate = (distance[edge.from] as number) + edge.weight;
    if (!(candidate < (distance[edge.to] as number))) return false; // Infinity + w stays Infinity
    distance[edge.to] = candidate;
    predecessor[edge.to] = index;
    return true;
  };

  const outEdges: number[][] = Array.from({ length: nodeCount }, () => []);
  const intoSource: number[] = [];
  edges.forEach((edge, index) => (edge.to === source ? intoSource : (outEdges[edge.from] as number[])).push(index));
  const neighbours = outEdges.map((list) => list.map((index) => (edges[index] as Edge).to));
  const componentOf = new Int32Array(nodeCount);
  const components = stronglyConnected(neighbours);
  components.forEach((members, component) => members.forEach((node) => (componentOf[node] = component)));

  for (const [component, members] of components.entries()) {
    const inside = members
      .flatMap((node) => outEdges[node] as number[])
      .filter((i) => componentOf[(edges[i] as Edge).to] === component);
    if (inside.length > 0 && members.some((node) => distance[node] !== Infinity)) {
      const scan = yenOrder(members, inside, edges);
      // A settled component needs fewer rounds than it has members; a predecessor cycle, looked
      // for after each unsettled round (as cheap as a round), shows a negative one much sooner.
      for (let round = 1; relaxAll(scan, relax); round++) {
        const cycle = round > 1 ? predecessorCycle(edges, predecessor, members, walks) : null;
        if (cycle !== null) return { kind: 'negative-cycle', cycle };
        if (round > 4 * members.length + 4) throw new Error('Bellman–Ford: no predecessor cycle after 4n rounds');
      }
    }
    for (const node of members) {
      for (const index of outEdges[node] as number[])
        if (componentOf[(edges[index] as Edge).to] !== component) relax(index);
    }
  }
  for (const index of intoSource) {
    if (relax(index))
      return { kind: 'negative-cycle', cycle: predecessorCycle(edges, predecessor, [source as number], walks) ?? [] };
  }
  return { kind: 'distances', distance, predecessor };
}

/** The edges of one component in Yen's scanning order. */
function yenOrder(members: readonly number[], inside: readonly number[], edges: readonly Edge[]): number[] {
  const out = new Map<number, number[]>(members.map((node) => [node, []]));
  for (const index of inside) out.get((edges[index] as Edge).from)?.push((edges[index] as Edge).to);
  const visited = new Set<number>();
  const post: number[] = [];
  for (const root of [...members].sort((a, b) => a - b)) {
    if (visited.has(root)) continue;
    visited.add(root);
    const stack: [number, number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as [number, number];
      const next = (out.get(top[0]) as number[])[top[1]++];
      if (next === undefined) {
        post.push(top[0]);
        stack.pop();
      } else if (!visited.has(next)) {
        visited.add(next);
        stack.push([next, 0]);
      }
    }
  }
  const position = new Map(post.reverse().map((node, at) => [node, at]));
  const at = (node: number) => position.get(node) as number;
  const ahead = inside.filter((i) => at((edges[i] as Edge).from) < at((edges[i] as Edge).to));
  const behind = inside.filter((i) => at((edges[i] as Edge).from) >= at((edges[i] as Edge).to));
  const byFrom = (a: number, b: number) => at((edges[a] as Edge).from) - at((edges[b] as Edge).from) || a - b;
  return [...ahead.sort(byFrom), ...behind.sort((a, b) => byFrom(b, a))];
}

function relaxAll(scan: readonly number[], relax: (index: number) => boolean): boolean {
  let relaxed = false;
  for (const index of scan) if (relax(index)) relaxed = true;
  return relaxed;
}

/** A cycle of predecessor edges through one of `starts` (edge indices in walking order), or `null`. */
function predecessorCycle(
  edges: readonly Edge[],
  predecessor: Int32Array,
  starts: readonly number[],
  walks: { mark: Float64Array; next: number },
): number[] | null {
  const first = walks.next;
  for (const start of starts) {
    const stamp = walks.next++;
    let node = start;
    while (node >= 0 && (walks.mark[node] as number) < first) {
      walks.mark[node] = stamp;
      const index = predecessor[node] as number;
      node = index < 0 ? -1 : (edges[index] as Edge).from;
    }
    if (node < 0 || walks.mark[node] !== stamp) continue;
    const cycle: number[] = [];
    let current = node;
    do {
      const index = predecessor[current] as number;
      cycle.push(index);
      current = (edges[index] as Edge).from;
    } while (current !== node);
    return cycle.reverse();
  }
  return null;
}

/**
 * For each node, the first node after the source on its shortest path (`-1` for the source and
 * unreached nodes): in the date network, the fact whose recorded date sets the bound.
 */
export function firstHops(edges: readonly Edge[], predecessor: Int32Array, source: number): Int32Array {
  const first = new Int32Array(predecessor.length).fill(-2);
  first[source] = -1;
  for (let node = 0; node < predecessor.length; node++) {
    const trail: number[] = [];
    let current = node;
    while ((first[current] as number) === -2) {
      const index = predecessor[current] as number;
      first[current] = -3; // on this trail: a predecessor cycle ends the walk below
      if (index < 0) {
        first[current] = -1;
        break;
      }
      const from = (edges[index] as Edge).from;
      if (from === source) {
        first[current] = current;
        break;
      }
      trail.push(current);
      current = from;
    }
    if (first[current] === -3) first[current] = -1;
    for (const visited of trail) first[visited] = first[current] as number;
  }
  return first;
}
