import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureText } from '../src/capture/captureText.ts';
import { chronoReadings } from './chronoBaseline.ts';
import { goldSets, loadSet } from './goldArticle.ts';
import { reviewWorkload } from './reviewWorkload.ts';
import { emptyCounts, scoreArticle, type ArticleScore, type Counts } from './scoreArticle.ts';

/**
 * `npm run eval:capture [-- --json] [-- --details] [-- --set dev]`: captures every article of eval/articles/dev and
 * every held-out set beside it (eval/articles/heldout*) and scores it against its gold chronology
 * (eval/README.md), beside chrono-node's own reading of the same phrases. Held-out figures are printed as figures only.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'articles');
const SETS = goldSets(ROOT);
/** `--set NAME` runs one set only (the dev set while rules are written, so the held-out ones stay unrun). */
function setsToRun(argv: string[]): string[] {
  const i = argv.indexOf('--set');
  if (i < 0) return SETS;
  const name = argv[i + 1];
  if (!name || !SETS.includes(name))
    throw new Error(`--set: expected one of ${SETS.join(', ')}, got ${name ?? 'nothing'}`);
  return [name];
}
/** The capture's day: fixed, so that runs compare (the articles give their publication dates). */
const TODAY = '2025-01-01';

const pct = (n: number, d: number) => (d === 0 ? '   –' : `${((100 * n) / d).toFixed(0).padStart(3)}%`);

function add(total: Counts, c: Counts): void {
  for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
}

function figures(c: Counts) {
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((1000 * n) / d) / 1000);
  return {
    events: c.events,
    found: rate(c.found, c.events),
    datedRight: rate(c.datedRight, c.found),
    tooPrecise: c.tooPrecise,
    relationsRight: rate(c.relationsRight, c.relations),
    weekdays: rate(c.weekdaysRight, c.weekdays),
    actorsLinked: rate(c.actorsLinked, c.actorPairs),
    actorsExtra: c.actorsExtra,
    spurious: c.spurious,
    nonEventsKept: rate(c.nonEventsKept, c.nonEvents),
    baselineDatedRight: rate(c.baselineRight, c.events),
    ms: Math.round(c.ms),
    misses: missKinds(c),
    review: reviewWorkload(c),
    counts: c,
  };
}

/** The misses of dates and relations by kind: sums over articles, so a held-out set's tell no text. */
function missKinds(c: Counts) {
  return {
    dates: { tooPrecise: c.tooPrecise, wider: c.datedWider, elsewhere: c.datedElsewhere },
    relations: {
      eventMissed: c.relationEventMissed,
      anchorMissed: c.relationAnchorMissed,
      none: c.relationNone,
      otherAnchor: c.relationOtherAnchor,
      otherOffset: c.relationOtherOffset,
    },
  };
}

function missLine(label: string, c: Counts): string {
  const m = missKinds(c);
  const list = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  return `${label.padEnd(36)} misdated: ${list(m.dates)}; relations missed: ${list(m.relations)}`;
}

function reviewLine(label: string, c: Counts): string {
  const r = reviewWorkload(c);
  return (
    `${label.padEnd(36)} ${r.cards} cards; edits: dates ${r.dateEdits}, relations ${r.relationEdits}, weekdays ` +
    `${r.weekdayEdits}, actors ${r.actorEdits}; ${r.additions} added by hand, ${r.drops} dropped; ` +
    `reading ${r.readingMinutes} + actions ${r.actionMinutes} = ${r.minutes} min (estimated)`
  );
}

function line(label: string, c: Counts): string {
  return [
    label.padEnd(36),
    String(c.events).padStart(4),
    pct(c.found, c.events),
    pct(c.datedRight, c.found),
    String(c.tooPrecise).padStart(4),
    `${pct(c.relationsRight, c.relations)} (${c.relations})`.padStart(10),
    `${pct(c.weekdaysRight, c.weekdays)} (${c.weekdays})`.padStart(10),
    pct(c.actorsLinked, c.actorPairs),
    String(c.actorsExtra).padStart(5),
    String(c.spurious).padStart(5),
    `${c.nonEventsKept}/${c.nonEvents}`.padStart(7),
    pct(c.baselineRight, c.events),
    `${Math.round(c.ms)}`.padStart(6),
    reviewWorkload(c).minutes.toFixed(1).padStart(7),
  ].join(' ');
}

const HEADER = `${'article'.padEnd(36)} evts found dated tooP  relations   weekdays actors xAct spur. nonEv  chrono     ms review`;

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const details = process.argv.includes('--details');
  const report: Record<string, unknown> = {};
  const out: string[] = [];
  // The first capture loads chrono-node's and compromise's lexicons: timed apart, so that each
  // article's time is the capture alone, as in a server that has captured before.
  const warmUpStarted = performance.now();
  captureText({ text: 'On 3 May 2022 Clara Ruiz of the Health Ministry met the board.', lang: 'en' }, { today: TODAY });
  captureText(
    { text: 'El 3 de mayo de 2022 Clara Ruiz, de la Secretaría de Salud, se reunió con la junta.', lang: 'es' },
    { today: TODAY },
  );
  const startUpMs = Math.round(performance.now() - warmUpStarted);
  report.startUpMs = startUpMs;
  out.push(`start-up (the first capture in each language, loading the lexicons): ${startUpMs} ms`, '');
  for (const set of setsToRun(process.argv)) {
    const articles = await loadSet(ROOT, set);
    if (articles.length === 0) {
      out.push(`${set}: no articles in eval/articles/${set}/`, '');
      continue;
    }
    const scores: ArticleScore[] = [];
    for (const article of articles) {
      const started = performance.now();
      const draft = captureText(
        { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
        { today: TODAY },
      );
      const ms = performance.now() - started;
      scores.push(scoreArticle(article, draft, ms, chronoReadings(article)));
    }
    const total = emptyCounts();
    const byLang = new Map<string, Counts>();
    for (const s of scores) {
      add(total, s);
      const l = byLang.get(s.lang) ?? emptyCounts();
      add(l, s);
      byLang.set(s.lang, l);
    }
    report[set] = {
      total: figures(total),
      byLanguage: Object.fromEntries([...byLang].map(([l, c]) => [l, figures(c)])),
      articles: Object.fromEntries(scores.map((s) => [s.name, { lang: s.lang, ...figures(s) }])),
    };
    out.push(`${set} set (${scores.length} articles)`, HEADER);
    for (const s of scores) out.push(line(`${s.name} [${s.lang}]`, s));
    for (const [l, c] of byLang) out.push(line(`all ${l}`, c));
    out.push(line(`all ${set}`, total));
    for (const [l, c] of byLang) out.push(missLine(`misses by kind, ${l}`, c));
    for (const [l, c] of byLang) out.push(reviewLine(`review workload, ${l}`, c));
    out.push('');
    if (details && set === 'dev') {
      for (const s of scores) if (s.notes.length) out.push(`${s.name}:`, ...s.notes.map((n) => `  ${n}`), '');
    }
  }
  out.push(
    'found = gold events whose phrase a captured fact covers; dated = of those found, the same bounds as the gold;',
    'tooP = found events dated narrower than the gold; relations/weekdays: right (gold count); actors = gold',
    '(event, actor) pairs linked; xAct = actors linked to found events beside the gold ones; spur. = captured',
    'facts matching no gold event; nonEv = non-events kept as facts;',
    'chrono = chrono-node alone dating the gold phrases right; ms = capture time, after the start-up.',
    'misses by kind: misdated wider (bounds around the gold), elsewhere (neither within nor around it); relations',
    "missed as the event was not found, its anchor was not, no relation, another anchor, the anchor's other offset.",
    'review = minutes an analyst would take to read the article and correct the draft into the gold, estimated',
    'from the actions counted here at the rates of eval/README.md "Review workload" (not measured on a person).',
  );
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : `${out.join('\n')}\n`);
}

await main();
