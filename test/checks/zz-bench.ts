import { checkComponent, relationComponents, type CheckFact } from '../../src/checks/index.ts';
for (const n of [10000]) {
  for (const order of ["forward"]) {
    const facts = new Map<string, CheckFact>();
    for (let i = 0; i < n; i++) {
      const id = `f${String(order === 'forward' ? i : n - i).padStart(5, '0')}`;
      const prev = `f${String(order === 'forward' ? i - 1 : n - i + 1).padStart(5, '0')}`;
      facts.set(id, { factId: id, when: i === 0 ? '2000-01-01' : '../2030', retracted: false, citations: [],
        relations: i === 0 ? [] : [{ kind: 'after', target: prev, offset: i % 3 === 0 ? 'P1D' : null }] });
    }
    const t = performance.now();
    const comps = relationComponents(facts);
    const f = checkComponent(comps[0]!, facts, new Map());
    console.log(n, order, comps.length, f.length, Math.round(performance.now() - t), 'ms');
  }
}
