/**
 * Tarjan's strongly connected components of a directed graph given as out-neighbour lists,
 * iteratively (no recursion, so long chains do not overflow the stack). Components come in
 * topological order: every edge between two components goes from an earlier one to a later one.
 *
 * @example
 * stronglyConnected([[1], [0, 2], []]) //=> [[1, 0], [2]]  (0 ⇄ 1, then 2)
 */
export function stronglyConnected(out: readonly (readonly number[])[]): number[][] {
  const count = out.length;
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let next = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const calls: [number, number][] = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = 1;
    while (calls.length > 0) {
      const call = calls[calls.length - 1] as [number, number];
      const node = call[0];
      const neighbour = (out[node] as readonly number[])[call[1]++];
      if (neighbour !== undefined) {
        if (index[neighbour] === -1) {
          index[neighbour] = low[neighbour] = next++;
          stack.push(neighbour);
          onStack[neighbour] = 1;
          calls.push([neighbour, 0]);
        } else if (onStack[neighbour]) {
          low[node] = Math.min(low[node] as number, index[neighbour] as number);
        }
        continue;
      }
      calls.pop();
      const parent = calls[calls.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components.reverse();
}
