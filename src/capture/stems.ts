import { eventWordGroups } from './eventWords.ts';

/**
 * Crude stems for matching a relative phrase to the event it names: "the inspection", "an
 * inspection of the site" and "the inspectors visited" share `inspect`, "the failure" and "failed" `fail`; "the contract was signed" and "signed the contract"
 * share `contract` and `sign`. Function words and words about time match nothing.
 */

const STOP = new Set(
  `the a an this that these those its his her their our my your of to in on at by for from with as and or but
  was were is are be been being had has have did do does it he she they we i you him them which who whom
  after before later earlier since until than then when while about over under more less within some
  day days week weeks month months year years time date today yesterday
  said says told say new first last next same following previous made make done happened occurred took came
  el la los las lo un una unos unas este esta ese esa aquel aquella su sus de del al a en con por para
  que se le les y o pero fue fueron era había han ha es son ser sido
  día días semana semanas mes meses año años fecha después antes tarde mismo misma dijo`.split(/\s+/),
);

const SUFFIXES = [
  'aciones',
  'ations',
  'ciones',
  'ation',
  'ación',
  'ición',
  'ments',
  'ances',
  'ance',
  'als',
  'ings',
  'ions',
  'ción',
  'ment',
  'ures',
  'ure',
  'ing',
  'al',
  'ion',
  'ado',
  'ada',
  'ido',
  'ida',
  'ed',
  'es',
  'os',
  'as',
  's',
  'e',
  'o',
  'a',
];

const PLAIN_SUFFIXES = SUFFIXES.map((s) => s.normalize('NFD').replace(/\p{M}/gu, ''));

function stem(word: string): string {
  const lower = word.toLowerCase();
  // eslint-disable-next-line no-control-regex -- plain ASCII words need no accents stripped
  const w = /^[\u0000-\u007f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  // "inspectors", "auditor", "prosecutors": the agent counts as the act ("the inspection", "the audit").
  const agent = /^(\p{L}{4,}t)ors?$/u.exec(w);
  if (agent) return agent[1] as string;
  for (const plain of PLAIN_SUFFIXES) {
    if (w.endsWith(plain) && w.length - plain.length >= 4) {
      // "announcement" → "announc", as "announced": the silent e before a suffix goes too.
      const base = w.slice(0, w.length - plain.length);
      return base.endsWith('e') && base.length >= 5 ? base.slice(0, -1) : base;
    }
  }
  return w;
}

const GROUPS = eventWordGroups(stem);

/** "buying", "winning", "leaving": a gerund takes its verb's group ("bought", "won", "left"). */
function gerundGroup(lower: string): string | undefined {
  const base = /^(\p{L}{2,})ing$/u.exec(lower)?.[1];
  if (!base) return undefined;
  return GROUPS.get(base) ?? GROUPS.get(`${base}e`) ?? GROUPS.get(base.replace(/(\p{L})\1$/u, '$1'));
}

/**
 * The stem of `lower`, and the group it names with other words ("sank" and "the sinking" share
 * `=sink`): the same word shares both, so it outweighs a word of its group.
 */
function addKeys(out: Set<string>, lower: string): void {
  const s = stem(lower);
  out.add(s);
  const group = GROUPS.get(lower) ?? GROUPS.get(s) ?? gerundGroup(lower);
  if (group) out.add(group);
  // "the decision", "la suspensión": also the stem of the verb in -d ("decided", "suspendió").
  if (/si[oó]n$/u.test(lower) && s.endsWith('s')) out.add(`${s.slice(0, -1)}d`);
  // "suspendió", "decidieron", "firmaron": a Spanish preterite also counts as its verb's stem.
  const preterite = /^(\p{L}{4,}?)(?:ió|ieron|aron)$/u.exec(lower)?.[1];
  if (preterite) out.add(stem(preterite));
}

/** "aground" → "ground", "re-elected" → "elected": a word also counts without the prefix a- or re-, when five letters remain. */
const PREFIXED = /^(?:re-?|a)(?=\p{L}{5})/u;

/**
 * The keys of each content word of `text`, its own stem first: "ran aground" also gives the stem
 * of "grounding", "sank" the group of "the sinking".
 */
export function wordKeysOf(text: string): string[][] {
  const out: string[][] = [];
  for (const word of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    // "its analyst's email", "the workers' strike": the possessive is no part of the word.
    const lower = word.toLowerCase().replace(/['’]s?$/u, '');
    if (lower.length < 3 || STOP.has(lower)) continue;
    const keys = new Set<string>();
    addKeys(keys, lower);
    const bare = lower.replace(PREFIXED, '');
    if (bare !== lower && !STOP.has(bare)) addKeys(keys, bare);
    out.push([...keys]);
  }
  return out;
}

/** The stems of the content words of `text`. */
export function stemsOf(text: string): Set<string> {
  return new Set(wordKeysOf(text).flat());
}

/** The stems `a` and `b` share. */
export function sharedStems(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((s) => b.has(s));
}
