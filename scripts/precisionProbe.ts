import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writerGroups } from './writerGroups.ts';
import { captureText } from '../src/capture/captureText.ts';
import { dateOf } from '../src/capture/capturedDate.ts';
import { loadSet } from '../eval/goldArticle.ts';
import { matchedFacts } from '../eval/scoreArticle.ts';

/**
 * `node --import tsx scripts/precisionProbe.ts [--rows]`: whether any date of the dev set is finer than
 * what its phrase states and what it was computed from, and what the dates scored more precise than the
 * gold are, by writer group. It checks two guarantees over every captured fact: a date counted from an
 * anchor ("three days after the inspection") is no narrower than its anchor moved by the count, unless the
 * clause states a date of its own; a date whose phrase names no day, weekday, part of a month or count
 * ("in June", "that autumn") spans more than ten days. And it sorts each date narrower than its gold by kind:
 * an open bound on the wrong side ("by April 15" a year early, "since then" from a later event: its year or
 * its anchor), a closed date where the gold leaves a side open, or a closed date inside the gold's (the
 * precision invented). The dev set only.
 */

const EVAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'eval');
const writers = writerGroups(join(EVAL, 'dev-writers.txt'));
/** Bounds are day numbers. */
const DAY = 1;

type Bounds = { earliest: number; latest: number };
const boundsOf = (edtf: string | null | undefined): Bounds | null => {
  const d = edtf ? dateOf(edtf) : null;
  return d ? { earliest: d.earliest ?? -Infinity, latest: d.latest ?? Infinity } : null;
};
const width = (b: Bounds) => b.latest - b.earliest;
const closed = (b: Bounds) => Number.isFinite(b.earliest) && Number.isFinite(b.latest);
const narrower = (c: Bounds, g: Bounds) =>
  (c.earliest !== g.earliest || c.latest !== g.latest) && c.earliest >= g.earliest && c.latest <= g.latest;

/**
 * A day's number (a year's four digits are not one) or words that state a day or less, a part of a
 * month, or a count ("on 3 May", "Tuesday", "mid-June", "two weeks"), also inside longer words
 * ("weekend", "overnight", "Nochebuena").
 */
const STATES_A_DAY =
  /(?<!\d)\d{1,2}(?!\d)|day|night|morning|evening|afternoon|noon|midnight|dawn|eve\b|date|fecha|week|fortnight|christmas|easter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|early|mid|late|end|start|beginning|middle|día|noche|mañana|tarde|madrugada|víspera|semana|quincena|navidad|lunes|martes|miércoles|jueves|viernes|sábado|domingo|hoy|ayer|principio|inicio|comienzo|mediados|fines|finales|one|two|three|four|five|six|seven|eight|nine|ten|un[oa]?\b|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|next|following|siguiente|same|mism[oa]|then|entonces|after|before|later|earlier|después|antes|today|yesterday|tomorrow|tonight/iu;

interface Row {
  group: string;
  article: string;
  phrase: string;
  when: string;
  gold: string | null;
  kind: string;
}
const rows: Row[] = [];
for (const article of await loadSet(join(EVAL, 'articles'), 'dev')) {
  const draft = captureText(
    { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn },
    { today: '2025-01-01' },
  );
  const group =
    article.gold.lang === 'es' ? `es ${writers.get(article.name) ?? '?'}` : (writers.get(article.name) ?? '?');
  const facts = new Map(draft.facts.map((f) => [f.id, f]));
  const goldOf = new Map<string, string>();
  const matched = matchedFacts(article, draft);
  for (const event of article.gold.events) {
    const id = matched.get(event.id);
    if (id) goldOf.set(id, event.when);
  }
  for (const span of draft.capture.spans) {
    const fact = facts.get(span.fact);
    const got = boundsOf(fact?.when);
    if (!fact || !got) continue;
    const gold = goldOf.get(fact.id) ?? null;
    const row = (kind: string) =>
      rows.push({ group, article: article.name, phrase: span.phrase, when: fact.when, gold, kind });
    const rel = fact.relations[0];
    const anchor = rel ? boundsOf(facts.get(rel.fact)?.when) : null;
    const ownDate = /a date stated in the same clause wins/u.test(span.rule);
    if (anchor && closed(anchor) && closed(got) && !ownDate && width(got) < width(anchor)) row('finer than its anchor');
    if (closed(got) && width(got) < 10 * DAY && !STATES_A_DAY.test(span.phrase)) row('finer than its phrase');
    const g = boundsOf(gold);
    if (!g || !narrower(got, g)) continue;
    if (!closed(got) && !closed(g) && Number.isFinite(got.earliest) === Number.isFinite(g.earliest))
      row(rel ? 'too precise: open bound from another anchor' : 'too precise: open bound in another year or season');
    else if (closed(got) && !closed(g)) row('too precise: closed where the gold is open');
    else row('too precise: inside the gold');
  }
}

if (process.argv.includes('--rows'))
  for (const r of rows)
    console.log([r.group, r.article, r.kind, JSON.stringify(r.phrase), r.when, r.gold ?? '-'].join('\t'));
const kinds = [...new Set(rows.map((r) => r.kind))].sort();
const groups = [...new Set(rows.map((r) => r.group))].sort();
for (const kind of kinds) {
  const of = rows.filter((r) => r.kind === kind);
  const verdicts = { right: 0, narrower: 0, other: 0, 'no gold event': 0 };
  for (const r of of) {
    const [a, b] = [boundsOf(r.when), boundsOf(r.gold)];
    if (!a || !b) verdicts['no gold event'] += 1;
    else if (a.earliest === b.earliest && a.latest === b.latest) verdicts.right += 1;
    else if (narrower(a, b)) verdicts.narrower += 1;
    else verdicts.other += 1;
  }
  const by = groups.map((g) => [g, of.filter((r) => r.group === g).length] as const).filter(([, n]) => n > 0);
  console.log(
    `${kind}: ${of.length} (${Object.entries(verdicts)
      .map(([v, n]) => `${v} ${n}`)
      .join(', ')}) in ${by.map(([g, n]) => `${g} ${n}`).join(', ')}`,
  );
}
