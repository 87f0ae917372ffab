import { expect } from 'chai';
import { bellmanFord, type Edge } from '../../src/checks/bellmanFord.ts';
import { stronglyConnected } from '../../src/checks/stronglyConnected.ts';
import { checkComponent, relationComponents, type CheckFact } from '../../src/checks/index.ts';
import { after, fact, factMap } from './support.ts';

function isNegativeCycle(edges: readonly Edge[], cycle: readonly number[]): boolean {
  const walked = cycle.map((index) => edges[index] as Edge);
  const closed = walked.every((edge, i) => edge.to === (walked[(i + 1) % walked.length] as Edge).from);
  return closed && walked.reduce((sum, edge) => sum + edge.weight, 0) < 0;
}

describe('bellmanFord', () => {
  it('gives shortest distances from the source, Infinity when unreachable', () => {
    const edges: Edge[] = [
      { from: 0, to: 1, weight: 5 },
      { from: 1, to: 2, weight: -2 },
      { from: 0, to: 2, weight: 4 },
      { from: 3, to: 0, weight: 1 },
    ];
    const result = bellmanFord(4, edges, 0);
    expect(result.kind).to.equal('distances');
    if (result.kind === 'distances') expect([...result.distance]).to.deep.equal([0, 5, 3, Infinity]);
  });

  it('recovers a negative cycle reachable from the source', () => {
    const edges: Edge[] = [
      { from: 0, to: 1, weight: 1 },
      { from: 1, to: 2, weight: 1 },
      { from: 2, to: 3, weight: -5 },
      { from: 3, to: 1, weight: 1 },
    ];
    const result = bellmanFord(4, edges, 0);
    expect(result.kind).to.equal('negative-cycle');
    if (result.kind === 'negative-cycle') expect(isNegativeCycle(edges, result.cycle)).to.equal(true);
  });

  it('recovers a negative cycle through the source', () => {
    const edges: Edge[] = [
      { from: 0, to: 1, weight: 3 },
      { from: 1, to: 0, weight: -4 },
    ];
    const result = bellmanFord(2, edges, 0);
    expect(result.kind === 'negative-cycle' && isNegativeCycle(edges, result.cycle)).to.equal(true);
  });

  it('finds a cycle anywhere from all nodes at once', () => {
    const edges: Edge[] = [
      { from: 2, to: 3, weight: 2 },
      { from: 3, to: 2, weight: -3 },
    ];
    expect(bellmanFord(4, edges, 0).kind).to.equal('distances');
    const result = bellmanFord(4, edges, 'all');
    expect(result.kind === 'negative-cycle' && isNegativeCycle(edges, result.cycle)).to.equal(true);
  });

  it('accepts a zero-weight cycle', () => {
    const edges: Edge[] = [
      { from: 1, to: 2, weight: 2 },
      { from: 2, to: 1, weight: -2 },
    ];
    expect(bellmanFord(3, edges, 'all').kind).to.equal('distances');
  });
});

describe('stronglyConnected', () => {
  it('gives the components in topological order', () => {
    expect(stronglyConnected([[1], [0, 2], [3], []]).map((c) => [...c].sort())).to.deep.equal([[0, 1], [2], [3]]);
  });
});

describe('checkComponent on a large component', () => {
  function chain(size: number, closeCycle: boolean): Map<string, CheckFact> {
    const id = (i: number) => `f${String((i * 7919) % size).padStart(5, '0')}`; // ids out of chain order
    return factMap(
      Array.from({ length: size }, (_, i) =>
        fact(id(i), i === 0 ? '2000-01-01' : '1990/2040', {
          relations: [
            ...(i > 0 ? [after(id(i - 1), i % 2 ? 'P1D' : null)] : []),
            ...(i > 10 && i % 97 === 0 ? [after(id(i - 10))] : []),
            ...(closeCycle && i === size - 1 ? [{ kind: 'before' as const, target: id(0), offset: null }] : []),
          ],
        }),
      ),
    );
  }

  it('narrows a chain of 5000 facts in well under the time of an O(n³) method', function () {
    this.timeout(20_000);
    const facts = chain(5000, false);
    const [members] = relationComponents(facts);
    const started = performance.now();
    const findings = checkComponent(members as string[], facts, new Map());
    expect(performance.now() - started).to.be.below(10_000);
    expect(findings.filter((f) => f.code === 'date-narrowed')).to.have.length(4999);
    expect(findings.filter((f) => f.severity !== 'info')).to.deep.equal([]);
  });

  it('names the contradiction in a chain of 5000 facts closed into a cycle', function () {
    this.timeout(20_000);
    const facts = chain(5000, true);
    const findings = checkComponent(relationComponents(facts)[0] as string[], facts, new Map());
    const inconsistent = findings.filter((f) => f.code === 'relations-inconsistent');
    expect(inconsistent).to.have.length(1);
    expect(inconsistent[0]?.message).to.match(/ and \d+ more cannot all hold\.$/);
  });
});
