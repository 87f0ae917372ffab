import { parseArgs } from 'node:util';
import { MAX_TEXT_BYTES } from '../src/capture/captureInput.ts';
import { captureText } from '../src/capture/captureText.ts';
import { MONTH_NAMES } from '../src/dates/calendar.ts';
import { ES_MONTHS } from '../src/capture/lexicon.ts';
import { Prng } from '../test/support/generators/prng.ts';
import { FIRST_NAMES, LAST_NAMES, OBJECTS, PLACES } from '../test/support/generators/words.ts';
import { positive } from './benchCommand.ts';
import { loadAverage } from './docSection.ts';

/**
 * Capture on long texts: the CPU time (and wall time) of `captureText` on generated texts of
 * growing size, in four shapes — one paragraph with no newline, short paragraphs, a long text
 * where most sentences are quotations with attributions, and short paragraphs that name a new
 * person in every sentence and an earlier one by surname in most — in English and Spanish. Prints a
 * Markdown table: ms and ms per 1k characters for each size, so a cost that grows faster than the
 * text shows as a growing ms/1k.
 */
const USAGE = `usage: node --import tsx bench/captureScaleBench.ts [--sizes LIST] [--shapes LIST] [--langs LIST] [--repeats N] [--cap-ms N] [--seed N]
  --sizes LIST:  text sizes in characters, comma-separated (default 25000,50000,100000,200000,400000,2097152)
  --shapes LIST: of one-paragraph, paragraphs, quotations, new-names (default all four)
  --langs LIST:  of en, es (default both)
  --repeats N:   timed runs per size (default 1; the median CPU time is reported)
  --cap-ms N:    once a size takes longer than this (CPU ms), larger sizes of that shape are left out (default 60000)`;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    sizes: { type: 'string' },
    shapes: { type: 'string' },
    langs: { type: 'string' },
    repeats: { type: 'string' },
    'cap-ms': { type: 'string' },
    seed: { type: 'string' },
  },
});

const SHAPES = ['one-paragraph', 'paragraphs', 'quotations', 'new-names'] as const;
type Shape = (typeof SHAPES)[number];
type Lang = 'en' | 'es';

function list<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T[] {
  if (value === undefined) return [...allowed];
  const items = value.split(',').map((s) => s.trim());
  for (const item of items) {
    if (!allowed.includes(item as T))
      throw new Error(`--${name}: "${item}" is not one of ${allowed.join(', ')}\n${USAGE}`);
  }
  return items as T[];
}
function sizes(value: string | undefined): number[] {
  if (value === undefined) return [25_000, 50_000, 100_000, 200_000, 400_000, 2 * 1024 * 1024];
  return value.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--sizes: "${s}" is not a positive integer\n${USAGE}`);
    return n;
  });
}

const SIZES = sizes(values.sizes);
const SHAPE_LIST = list(values.shapes, SHAPES, 'shapes');
const LANGS = list<Lang>(values.langs, ['en', 'es'], 'langs');
const REPEATS = positive(values.repeats, 'repeats', 1, USAGE);
const CAP_MS = positive(values['cap-ms'], 'cap-ms', 60_000, USAGE);
const SEED = positive(values.seed, 'seed', 20_221_207, USAGE);

const MONTHS = {
  en: MONTH_NAMES,
  es: ES_MONTHS.map((names) => names.split('|')[0]!),
};
const RELATIVE = {
  en: [
    'last week',
    'two days later',
    'on Tuesday',
    'the following month',
    'three years ago',
    'since 2015',
    'next year',
    'yesterday',
  ],
  es: [
    'la semana pasada',
    'dos días después',
    'el martes',
    'al mes siguiente',
    'hace tres años',
    'desde 2015',
    'el próximo año',
    'ayer',
  ],
};

/** Sentences from a few templates: names, days, years, relative phrases, and quotations with attributions. */
function sentences(rng: Prng, lang: Lang) {
  const name = () => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
  const day = () => `${rng.between(1, 28)} ${rng.pick(MONTHS[lang])}`;
  const year = () => String(rng.between(1990, 2022));
  const rel = () => rng.pick(RELATIVE[lang]);
  const thing = () => `${rng.pick(OBJECTS)} in ${rng.pick(PLACES)}`;
  const plain =
    lang === 'en'
      ? [
          () => `${name()} opened the ${thing()} on ${day()} ${year()}.`,
          () => `The council met again ${rel()} and said the plan, first floated in ${year()}, would go ahead.`,
          () => `By ${day()}, ${name()} had signed the contract for the ${thing()}.`,
          () => `If the ${thing()} closes in ${year()}, the town will lose its market.`,
          () => `Work on the ${thing()} stopped ${rel()}, ${rng.between(2, 9)} months after it began.`,
        ]
      : [
          () => `${name()} inauguró el ${rng.pick(OBJECTS)} de ${rng.pick(PLACES)} el ${day()} de ${year()}.`,
          () => `El consejo se reunió ${rel()} y dijo que el plan, propuesto en ${year()}, seguiría adelante.`,
          () => `Para el ${day()}, ${name()} ya había firmado el contrato.`,
          () => `Si la obra se cierra en ${year()}, el pueblo perderá su mercado.`,
          () => `Las obras se detuvieron ${rel()}, ${rng.between(2, 9)} meses después de empezar.`,
        ];
  const quoted =
    lang === 'en'
      ? [
          () => `"We opened it on ${day()} and it was full ${rel()}," said ${name()}.`,
          () => `“The work began in ${year()},” ${name()} told reporters.`,
          () => `"Nobody expected it ${rel()}," she said.`,
          () => `"It will be finished by ${day()}. We are sure of it," ${name()} said.`,
        ]
      : [
          () => `«Lo abrimos el ${day()} y ${rel()} ya estaba lleno», dijo ${name()}.`,
          () => `"Las obras empezaron en ${year()}", afirmó ${name()}.`,
          () => `«Nadie lo esperaba ${rel()}», dijo ella.`,
          () => `“Estará listo para el ${day()}”, aseguró ${name()}.`,
        ];
  return { plain: () => rng.pick(plain)(), quoted: () => rng.pick(quoted)() };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'man',
  'ter',
  'vos',
  'bel',
  'dun',
  'sa',
  'ni',
  'mor',
  'quin',
  'ta',
  've',
  'do',
  'rek',
];

/**
 * Sentences that each name a new person (a first name and a surname made of syllables, never
 * met before in the text) and, in most, one named earlier by the surname alone: the actors proposed
 * grow with the text, and each surname alone is looked up among them.
 */
function newNameSentences(rng: Prng, lang: Lang) {
  const surnames: string[] = [];
  const taken = new Set<string>();
  const surname = () => {
    let s = '';
    do s += rng.pick(SYLLABLES);
    while (s.length < 6 || taken.has(s));
    taken.add(s);
    const name = s[0]!.toUpperCase() + s.slice(1);
    surnames.push(name);
    return name;
  };
  const newName = () => `${rng.pick(FIRST_NAMES)} ${surname()}`;
  const earlier = () => (surnames.length > 0 ? rng.pick(surnames) : newName());
  const day = () => `${rng.between(1, 28)} ${rng.pick(MONTHS[lang])}`;
  const year = () => String(rng.between(1990, 2022));
  const rel = () => rng.pick(RELATIVE[lang]);
  const templates =
    lang === 'en'
      ? [
          () => `"The ${rng.pick(OBJECTS)} opened on ${day()} ${year()}," said ${newName()}.`,
          () => `${earlier()} said the work would resume ${rel()}, and ${newName()} agreed.`,
          () => `On ${day()} ${year()}, ${newName()} signed the contract, ${earlier()} told reporters.`,
        ]
      : [
          () => `«El ${rng.pick(OBJECTS)} abrió el ${day()} de ${year()}», dijo ${newName()}.`,
          () => `${earlier()} dijo que las obras seguirían ${rel()}, y ${newName()} estuvo de acuerdo.`,
          () => `El ${day()} de ${year()}, ${newName()} firmó el contrato, según contó ${earlier()}.`,
        ];
  return () => rng.pick(templates)();
}

/** A text of at least `size` characters (cut at a sentence's end past it) in `shape`, and at most the 2 MiB (UTF-8) capture reads. */
function textOf(shape: Shape, lang: Lang, size: number, seed: number): string {
  const rng = new Prng(seed);
  const make = sentences(rng, lang);
  const named = newNameSentences(rng, lang);
  const parts: string[] = [];
  let length = 0;
  let inParagraph = 0;
  let bytes = 0;
  while (length < size) {
    const s =
      shape === 'new-names' ? named() : shape === 'quotations' && rng.next() < 0.7 ? make.quoted() : make.plain();
    const paragraphs = shape === 'paragraphs' || shape === 'new-names';
    const sep = parts.length === 0 ? '' : paragraphs && inParagraph >= rng.between(2, 5) ? '\n\n' : ' ';
    const more = Buffer.byteLength(sep + s);
    if (bytes + more > MAX_TEXT_BYTES) break;
    if (sep === '\n\n') inParagraph = 0;
    inParagraph += 1;
    parts.push(sep, s);
    length += sep.length + s.length;
    bytes += more;
  }
  return parts.join('');
}

function measure(text: string, lang: Lang): { cpuMs: number; wallMs: number; facts: number; actors: number } {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const draft = captureText({ text, lang, publishedOn: '2022-06-01' } as never, { today: '2022-06-01' });
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000,
    wallMs: performance.now() - wall,
    facts: draft.facts.length,
    actors: draft.actors.length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0 });

console.log(
  `Capture on long texts: seed ${SEED}, ${REPEATS} run(s) per size, node ${process.version}, ${new Date().toISOString()}\n`,
);
console.log('| shape | lang | characters | facts | actors | CPU ms | CPU ms / 1k chars | wall ms | load (1 min) |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
// Warm the parsers and regexes once, so the first row does not carry their compilation.
measure(textOf('paragraphs', 'en', 5000, SEED), 'en');
measure(textOf('paragraphs', 'es', 5000, SEED), 'es');
for (const shape of SHAPE_LIST) {
  for (const lang of LANGS) {
    for (const size of SIZES) {
      const text = textOf(shape, lang, size, SEED + size);
      const runs = Array.from({ length: REPEATS }, () => measure(text, lang));
      const cpu = median(runs.map((r) => r.cpuMs));
      const wall = median(runs.map((r) => r.wallMs));
      console.log(
        `| ${shape} | ${lang} | ${fmt(text.length)} | ${fmt(runs[0]!.facts)} | ${fmt(runs[0]!.actors)} | ${fmt(cpu)} | ${fmt((cpu * 1000) / text.length)} | ${fmt(wall)} | ${loadAverage()} |`,
      );
      if (cpu > CAP_MS) {
        console.log(`| ${shape} | ${lang} | larger sizes left out: ${fmt(cpu)} ms > --cap-ms ${CAP_MS} | | | | | | |`);
        break;
      }
    }
  }
}
