import { checkComponent, relationComponents, type CheckFact } from '../../src/checks/index.ts';
for (const n of [5000, 5000]) for (const mode of ['offsets', 'mixed', 'cycle']) {
  const facts = new Map<string, CheckFact>();
  const id = (i: number) => `f${String((i * 7919) % n).padStart(5, '0')}`; // scrambled ids
  for (let i = 0; i < n; i++) {
    const relations: CheckFact['relations'] = [];
    if (i > 0) relations.push({ kind: 'after', target: id(i - 1), offset: mode === 'mixed' && i % 2 ? null : 'P1D' });
    if (i > 10 && i % 97 === 0) relations.push({ kind: 'after', target: id(i - 10), offset: null });
    if (mode === 'cycle' && i === n - 1) relations.push({ kind: 'before', target: id(0), offset: null });
    facts.set(id(i), { factId: id(i), when: i === 0 ? '2000-01-01' : i === n - 1 ? '../2030' : '1990/2040', retracted: false, citations: [], relations });
  }
  const t = performance.now();
  const comps = relationComponents(facts);
  const f = checkComponent(comps[0]!, facts, new Map());
  console.log(n, mode, comps.length, f.length, f.filter(x => x.severity !== 'info').map(x => x.message.slice(0, 150)), Math.round(performance.now() - t), 'ms');
}
