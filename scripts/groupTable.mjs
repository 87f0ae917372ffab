// `node scripts/groupTable.mjs BEFORE.json AFTER.json`: reads two `npm run -s eval:capture -- --set dev --json`
// outputs and prints, per writer group of eval/dev-writers.txt, relations right, found, dated right and too
// precise before -> after (English groups, then Spanish as one line).
import { readFileSync } from 'node:fs';

const writers = new Map(
  readFileSync(new URL('../eval/dev-writers.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(/\s+/)),
);
const [before, after] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')).dev.articles);
const keys = ['relationsRight', 'relations', 'found', 'events', 'datedRight', 'tooPrecise'];
function byGroup(articles) {
  const out = new Map();
  for (const [name, a] of Object.entries(articles)) {
    const group = a.lang === 'es' ? 'es (all)' : (writers.get(name) ?? '?');
    const g = out.get(group) ?? Object.fromEntries(keys.map((k) => [k, 0]));
    for (const k of keys) g[k] += a.counts[k];
    out.set(group, g);
    const t = out.get(`en total`) ?? Object.fromEntries(keys.map((k) => [k, 0]));
    if (a.lang === 'en') for (const k of keys) t[k] += a.counts[k];
    out.set('en total', t);
  }
  return out;
}
const b = byGroup(before);
const a = byGroup(after);
console.log('| group | relations right | found | dated right | too precise |');
console.log('| --- | --- | --- | --- | --- |');
for (const group of [...b.keys()].sort()) {
  const x = b.get(group);
  const y = a.get(group);
  const cell = (n, d) => (x[n] === y[n] && x[d] === y[d] ? `${x[n]}/${x[d]}` : `${x[n]}/${x[d]} → ${y[n]}/${y[d]}`);
  const one = (n) => (x[n] === y[n] ? `${x[n]}` : `${x[n]} → ${y[n]}`);
  console.log(
    `| ${group} | ${cell('relationsRight', 'relations')} | ${cell('found', 'events')} | ${cell('datedRight', 'found')} | ${one('tooPrecise')} |`,
  );
}
