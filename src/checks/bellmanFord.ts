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
 * O(nodes × edges) at worst; it stops after the first round that changes nothing, so a
 * well-ordered chain of thousands of facts takes a few rounds.
 *
 * The cycle is recovered as usual: the node relaxed in the last round is walked back `nodeCount`
 * times along its predecessors, which lands on the cycle; deterministic for the same edge order.
 *
 * @example
 * bellmanFord(2, [{ from: 0, to: 1, weight: 5 }], 0).distance //=> Float64Array [0, 5]
 */
export function bellmanFord(
  nodeCount: number,
  edges: readonly Edge[],
  source: number | 'all',
): ShortestPaths {
  const distance = new Float64Array(nodeCount).fill(source === 'all' ? 0 : Infinity);
  if (source !== 'all') distance[source] = 0;
  const predecessor = new Int32Array(nodeCount).fill(-1);
  let relaxed = -1;
  for (let round = 0; round < nodeCount; round++) {
    relaxed = -1;
    for (let index = 0; index < edges.length; index++) {
      const edge = edges[index] as Edge;
      const start = distance[edge.from] as number;
      if (start === Infinity) continue;
      const candidate = start + edge.weight;
      if (candidate < (distance[edge.to] as number)) {
        distance[edge.to] = candidate;
        predecessor[edge.to] = index;
        relaxed = edge.to;
      }
    }
    if (relaxed === -1) return { kind: 'distances', distance, predecessor };
  }
  return { kind: 'negative-cycle', cycle: cycleThrough(relaxed, edges, predecessor, nodeCount) };
}

function cycleThrough(
  relaxed: number,
  edges: readonly Edge[],
  predecessor: Int32Array,
  nodeCount: number,
): number[] {
  let node = relaxed;
  for (let step = 0; step < nodeCount; step++) node = fromOf(node, edges, predecessor);
  const cycle: number[] = [];
  let current = node;
  do {
    const index = predecessor[current] as number;
    cycle.push(index);
    current = (edges[index] as Edge).from;
  } while (current !== node);
  return cycle.reverse();
}

function fromOf(node: number, edges: readonly Edge[], predecessor: Int32Array): number {
  const index = predecessor[node] as number;
  if (index < 0) throw new Error('Bellman–Ford: a relaxed node without a predecessor');
  return (edges[index] as Edge).from;
}

/**
 * The edge indices of the shortest path from the source to `node` (source first), following
 * predecessors; empty for the source itself or an unreachable node.
 */
export function pathTo(node: number, edges: readonly Edge[], predecessor: Int32Array): number[] {
  const path: number[] = [];
  const seen = new Set<number>();
  let current = node;
  while ((predecessor[current] as number) >= 0 && !seen.has(current)) {
    seen.add(current);
    const index = predecessor[current] as number;
    path.push(index);
    current = (edges[index] as Edge).from;
  }
  return path.reverse();
}
