/**
 * The dates of a generated dossier of about `--facts` facts, in fact order, read through
 * `parseFuzzyDate` as a rebuild's findings' date checks read them: `--rounds` rounds in one
 * process, each the CPU time a lookup. Shows whether the remembered dates hold the store's distinct
 * dates (a round after the first costs a fraction of a microsecond) or are emptied and parsed again.
 * Run it in each tree to compare two bounds:
 *
 *   node --max-old-space-size=8192 --import tsx bench/parsedDatesBench.ts --facts 1000000
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parseFuzzyDate } from '../src/dates/index.ts';
import { generateDossier } from '../test/support/generators/generateDossier.ts';
import { eventsForFacts } from './sizes.ts';

const { values } = parseArgs({
  options: { facts: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '3' } },
});
const { dossier } = generateDossier({ targetEvents: eventsForFacts(Number(values.facts)), seed: 7 });
const whens = dossier.facts.map((fact) => fact.when);
console.log(`${whens.length} facts, ${new Set(whens).size} distinct dates, load ${(loadavg()[0] ?? 0).toFixed(1)}`);
for (let round = 1; round <= Number(values.rounds); round++) {
  const start = process.cpuUsage();
  for (const when of whens) parseFuzzyDate(when);
  const used = process.cpuUsage(start);
  console.log(`round ${round}: ${((used.user + used.system) / whens.length).toFixed(3)} µs of CPU a lookup`);
}
console.log(`RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB, load ${(loadavg()[0] ?? 0).toFixed(1)}`);
