import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readTimeline } from '../projections/queries/timelineQuery.ts';
import { execute } from '../src/commands/execute.ts';
import { importDossier } from '../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../src/main.ts';
import { extractText, TextIndex, type ExtractTextInput } from '../src/sources/text/index.ts';
import { buildPdf } from '../test/support/pdfBuilder.ts';
import { Prng } from '../test/support/generators/prng.ts';
import { OBJECTS, PLACES, QUALIFIERS, VERBS } from '../test/support/generators/words.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';
import { machineInfo, now, summarize } from './measure.ts';

/**
 * The source-text benchmark: reading documents into their stored form (`extractText`), locating
 * quotes in a held text (`TextIndex`), and what a held text costs the store: attaching it (the
 * quote checks of every fact citing the source) and reading a timeline whose citations carry their
 * located quotes. Prints a Markdown report for docs/benchmarks.md.
 */
const USAGE = `usage: node bench/run.mjs sourceTextBench [--facts N] [--quotes N] [--repeats N] [--seed N]
  --facts N:   facts citing the source with the large text (default 1,000)
  --quotes N:  quotes located in the large text (default 1,000; one in ten is not in it)
  --repeats N: timed runs of each reading (default 5; the median is reported)`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    facts: { type: 'string' },
    quotes: { type: 'string' },
    repeats: { type: 'string' },
    seed: { type: 'string' },
  },
});
const FACTS = positive(values.facts, 'facts', 1000, USAGE);
const QUOTES = positive(values.quotes, 'quotes', 1000, USAGE);
const REPEATS = positive(values.repeats, 'repeats', 5, USAGE);
const SEED = positive(values.seed, 'seed', 20220422, USAGE);

const rng = new Prng(SEED);
const sentence = () =>
  `The ${rng.pick(QUALIFIERS)} ${rng.pick(OBJECTS)} in ${rng.pick(PLACES)} was ${rng.pick(VERBS)} on ${rng.between(1, 28)} May, officials said.`;
/** Paragraphs of 3–8 generated sentences until `bytes` characters. */
function paragraphs(bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = Array.from({ length: rng.between(3, 8) }, sentence).join(' ');
    out.push(p);
    size += p.length + 2;
  }
  return out;
}

const median = (samples: number[]) => summarize(samples).p50;
async function medianMs(fn: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = now();
    await fn();
    samples.push(now() - start);
  }
  return median(samples);
}
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const kb = (n: number) => `${(n / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 })} KiB`;

const rows: string[] = [];
const row = (...cells: string[]) => rows.push(`| ${cells.join(' | ')} |`);

// Reading documents.
const large = paragraphs(2 * 1024 * 1024 - 64 * 1024).join('\n\n');
const seedArticle = readFileSync(resolve('examples/nuctech-border-scanners.txt'), 'utf8');
const htmlPage = `<html><head><title>Report</title></head><body><nav><a href="/">Home</a></nav><article><h1>Report</h1>${paragraphs(
  512 * 1024,
)
  .map((p) => `<p>${p}</p>`)
  .join('')}</article><aside>Related</aside><footer>©</footer></body></html>`;
const pdfPages = Array.from({ length: 50 }, () =>
  paragraphs(2000).flatMap((p) => [...(p.match(/.{1,90}(\s|$)/g) ?? []).map((l) => l.trim()), '']),
);
const pdf = buildPdf(pdfPages);
const documents: [string, ExtractTextInput, number][] = [
  ['the seed article, `.txt`', { kind: 'txt', bytes: seedArticle, field: 'text' }, seedArticle.length],
  ['generated text, `.txt`', { kind: 'txt', bytes: large, field: 'text' }, large.length],
  [
    'generated page, `.html` (Readability on linkedom)',
    { kind: 'html', bytes: htmlPage, field: 'html' },
    htmlPage.length,
  ],
  ['generated PDF, 50 pages (unpdf)', { kind: 'pdf', bytes: pdf, field: 'pdf' }, pdf.length],
];
process.stderr.write('reading documents\n');
for (const [name, input, size] of documents) {
  const taken = await medianMs(() => extractText(input));
  row('read', name, kb(size), `${ms(taken)} ms`);
}

// Locating quotes.
const indexMs = await medianMs(() => new TextIndex(large));
row('index', 'a 2 MB text made ready for quotes (`new TextIndex`)', kb(large.length), `${ms(indexMs)} ms`);
const quotes = Array.from({ length: QUOTES }, (_, i) => {
  if (i % 10 === 9) return `${sentence()} Not in the text.`;
  const at = rng.int(large.length - 200);
  return large.slice(at, at + rng.between(40, 160)).trim();
});
// Each run on a fresh index: an index remembers the quotes it located.
const locateRuns: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  const fresh = new TextIndex(large);
  const start = now();
  for (const q of quotes) fresh.locate(q);
  locateRuns.push(now() - start);
}
const locateMs = median(locateRuns);
row(
  'locate',
  `${QUOTES.toLocaleString('en-US')} quotes in the 2 MB text (one in ten absent)`,
  kb(large.length),
  `${ms(locateMs)} ms (${((locateMs / QUOTES) * 1000).toFixed(0)} µs a quote)`,
);

// The store: attaching the text, and a timeline whose citations carry their located quotes.
const dir = mkdtempSync(join(tmpdir(), 'chronicle-source-text-bench-'));
const machine = machineInfo(dir);
try {
  const chronicle = await openChronicle({ storeUrl: `sqlite:${join(dir, 'texts.db')}?synchronous=normal` });
  try {
    const metadata = { recordedBy: 'bench', reason: 'source text benchmark' };
    const facts = Array.from({ length: FACTS }, (_, i) => ({
      id: `fact-${i}`,
      summary: `Fact ${i}`,
      when: `2022-05-${String((i % 28) + 1).padStart(2, '0')}`,
      citations: [{ source: 'report', quote: quotes[i % quotes.length] }],
    }));
    await importDossier(chronicle.write, { sources: [{ id: 'report', title: 'Report' }], facts }, { metadata });
    await chronicle.runner.catchUp();
    const timeline = () => readTimeline(chronicle.readModels(), { kind: 'all' });
    // The first read after a change builds the entries (and locates their quotes); later reads
    // are answered from the read cache until the next write.
    const coldAndWarm = async () => {
      const start = now();
      timeline();
      return { cold: now() - start, warm: await medianMs(timeline) };
    };
    const without = await coldAndWarm();
    const start = now();
    await execute(
      chronicle.write,
      'source',
      'report',
      { type: 'AttachSourceText', data: { sourceId: 'report', text: large } },
      { metadata },
    );
    await chronicle.runner.catchUp();
    const attachMs = now() - start;
    const withText = await coldAndWarm();
    await execute(
      chronicle.write,
      'fact',
      'fact-0',
      { type: 'ReviseFactDate', data: { factId: 'fact-0', when: '2022-06-01' } },
      { metadata },
    );
    await chronicle.runner.catchUp();
    const afterRevision = await coldAndWarm();
    const entries = timeline().entries;
    const located = entries.filter((e) => e.citations[0]?.location?.found).length;
    row(
      'attach',
      `the 2 MB text to a source cited by ${FACTS.toLocaleString('en-US')} facts (decide, append, project, recheck)`,
      kb(large.length),
      `${ms(attachMs)} ms`,
    );
    const read = (what: string, t: { cold: number; warm: number }) =>
      row(
        'timeline',
        `all ${entries.length.toLocaleString('en-US')} entries, ${what}: first read after the change · cached`,
        '',
        `${ms(t.cold)} ms · ${ms(t.warm)} ms`,
      );
    read('no text held', without);
    read(`the text held (${located.toLocaleString('en-US')} quotes located)`, withText);
    read('the text held, after one fact’s date is revised', afterRevision);
  } finally {
    await chronicle.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  [
    `Command: \`npx tsx bench/sourceTextBench.ts --facts ${FACTS} --quotes ${QUOTES} --repeats ${REPEATS}\` · ${machine.cpu}, ${machine.cores} cores, Node ${process.versions.node} · load average ${loadAverage()} · median of ${REPEATS} runs (attach and first reads: one run)`,
    '',
    '| step | what | size | time |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n'),
);
