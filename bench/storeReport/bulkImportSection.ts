import { perSecond } from '../measure.ts';
import type { Association } from '../readModelRows.ts';
import { growthOf, type Derived } from './derived.ts';
import { n, pct, rate, s, us, verdict, x } from './formats.ts';
import { GOALS } from './results.ts';

const ASSOCIATION: Readonly<Record<Association, string>> = {
  seq: 'event',
  from_seq: 'version start',
  fact: "fact's first event",
  stream: "stream's first event",
  spread: 'even spread',
};

/** Section 1: the bulk import of each size beside raw, and its cost per event as the store grows. */
export function bulkImportSection(d: readonly Derived[]): string[] {
  const lastBulk = d.at(-1)!.size.bulk;
  return [
    '### 1. Bulk import',
    '',
    'Ratio = Chronicle ÷ raw events per second.',
    '',
    '| facts | step | Chronicle | raw better-sqlite3 | ratio | goal | result |',
    '| ---: | --- | ---: | ---: | ---: | --- | --- |',
    ...d.flatMap((v) => {
      const b = v.size.bulk;
      const appendRatio = perSecond(b.append.events, b.append.ms) / perSecond(b.rawAppend.events, b.rawAppend.ms);
      const projectRatio = perSecond(b.project.events, b.project.ms) / perSecond(b.rawProject.events, b.rawProject.ms);
      return [
        `| ${v.label} | append: \`importDossier\` | ${rate(b.append.events, b.append.ms)} | ${rate(b.rawAppend.events, b.rawAppend.ms)} | ${pct(appendRatio)} | — | — |`,
        `| ${v.label} | projection: in the import's commits (\`runner.projectingBatches\`) and \`runner.catchUp()\` | ${rate(b.project.events, b.project.ms)} | ${rate(b.rawProject.events, b.rawProject.ms)} | ${pct(projectRatio)} | — | — |`,
        `| ${v.label} | end to end | ${rate(b.append.events, v.endToEndMs)} | ${rate(b.rawAppend.events, v.rawEndToEndMs)} | ${pct(v.endToEndRatio)} | ≥ ${pct(GOALS.bulkImportRatio)} | ${verdict(v.endToEndRatio >= GOALS.bulkImportRatio)} |`,
      ];
    }),
    '',
    `Cost growth: wall time per event at each size, and its growth from the smallest size (${d[0]!.label} facts). Linear time keeps the cost per event flat; the goal allows ${x(GOALS.growth)}.`,
    '',
    '| facts | events | Chronicle end to end | µs per event: append / projection / end to end | growth | raw end to end | raw µs per event | raw growth | goal | result |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
    ...d.map(
      (v, i) =>
        `| ${v.label} | ${n(v.events)} | ${s(v.endToEndMs)} | ${us(v.usAppend)} / ${us(v.usProject)} / ${us(v.usEndToEnd)} | ${x(growthOf(d, v, (w) => w.usEndToEnd))} | ` +
        `${s(v.rawEndToEndMs)} | ${us(v.usRawEndToEnd)} | ${x(growthOf(d, v, (w) => w.usRawEndToEnd))} | ${i === 0 ? '—' : `≤ ${x(GOALS.growth)}`} | ${i === 0 ? '—' : verdict(growthOf(d, v, (w) => w.usEndToEnd) <= GOALS.growth)} |`,
    ),
    '',
    "- Chronicle append: `importDossier` of the in-memory dossier (validation, deciding, event ids, JSON) into a fresh `openChronicle({ storeUrl: 'sqlite:…' })`.",
    '- Raw append: `INSERT INTO streams` + `INSERT INTO events` per stream, one `BEGIN IMMEDIATE` per batch. Raw projection: the same pages read with a plain `SELECT … JOIN streams … LIMIT`, ' +
      'then one transaction per page inserting the final rows Chronicle wrote for that page, all columns, into every read-model table ' +
      `(${lastBulk.rawTables.map((t) => `\`${t.name}\` by ${ASSOCIATION[t.association]}`).join(', ')}) and the checkpoint; the indexes only reads need ` +
      "(the timeline, event and merge indexes) are created once after the last page, timed, as Chronicle's catch-up from empty does. " +
      'Sorting those rows out of the Chronicle file is not timed. The raw side only inserts: it reads no documents back, updates nothing and does no projection work.',
    '',
  ];
}
