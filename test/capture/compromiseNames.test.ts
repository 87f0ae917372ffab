/**
 * What compromise makes of candidate names (`tagNames`) is what reading each person's gender with
 * compromise's `People.json` on the whole document of names makes of them, on random lists of the
 * dev articles' candidate names and made-up ones (English and Spanish, with possessives, initials,
 * honorifics, dotted suffixes, pronouns and names of no word); a name holding what ends a
 * sentence ("!", "?", a line break) or no letter leaves the names after it tagged as they are
 * alone; and the reading costs what the names cost: each sentence's view comes from the
 * document's pointers, and a person's gender is read from a copy of two sentences, not of the
 * whole document.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import type nlp from 'compromise';
import { actorCandidates } from '../../src/capture/actorCandidates.ts';
import { tagNames, type Gender, type NameTags } from '../../src/capture/compromiseNames.ts';
import type { Lang } from '../../src/capture/lexicon.ts';
import { compromise } from '../../src/capture/libraries.ts';
import { presumedGender } from '../../src/capture/presumedGender.ts';
import { QuoteMarks } from '../../src/capture/quoteMarks.ts';
import { FIRST_NAMES, LAST_NAMES } from '../support/generators/words.ts';

const SEED = 20_221_207;
const RUNS = 120;
const DEV = new URL('../../eval/articles/dev/', import.meta.url);

type Doc = ReturnType<typeof nlp>;

const clean = (s: string) => s.replace(/[.,;:]+$/u, '').trim();

/** `tagNames` reading each person's gender with `People.json` on the document of every name. */
function tagNamesByJson(names: readonly string[]): NameTags {
  if (names.length === 0)
    return { people: new Set(), countries: new Set(), places: new Set(), adjectives: new Set(), genders: new Map() };
  const plain = names.map((n) => (/\p{L}/u.test(n) ? n.replace(/[.!?…]/gu, '').replace(/\s+/gu, ' ') : ''));
  const sent = plain.flatMap((n, i) => (n ? [i] : []));
  const doc = compromise()(sent.map((i) => `${plain[i]}.`).join('\n'));
  const sentences = doc.sentences().out('array') as string[];
  const people = new Set<string>();
  const countries = new Set<string>();
  const places = new Set<string>();
  const adjectives = new Set<string>();
  const genders = new Map<string, Gender>();
  const views = doc.sentences();
  for (let k = 0; k < views.length; k += 1) {
    const i = sent[k] as number;
    const name = names[i];
    if (name === undefined || clean(sentences[k] ?? '') !== clean(`${plain[i]}.`)) continue;
    const s = views.eq(k) as unknown as Doc;
    const person = clean(s.people().text());
    const words = clean(plain[i] ?? '').split(/\s+/);
    if (person && words.length >= 2 && person.endsWith(words.slice(-2).join(' '))) {
      people.add(name);
      const [found] = s.people().json() as { person?: { presumed_gender?: string } }[];
      const gender = found?.person?.presumed_gender;
      if (gender === 'male' || gender === 'female') genders.set(name, gender);
    }
    if (s.match('#Country').found && clean(s.match('#Country+').text()) === clean(plain[i] ?? '')) countries.add(name);
    else if (s.places().found && clean(s.places().text()) === clean(plain[i] ?? '')) places.add(name);
    if (!name.includes(' ') && s.match('(#Adjective|#Demonym|#Verb)').found) adjectives.add(name);
  }
  return { people, countries, places, adjectives, genders };
}

/** The tags in the order they were found, so that two readings compare in full. */
const listed = (tags: NameTags) => ({
  people: [...tags.people],
  countries: [...tags.countries],
  places: [...tags.places],
  adjectives: [...tags.adjectives],
  genders: [...tags.genders],
});

/** The names `actorCandidates` finds in the dev articles of a language, each once. */
function devNames(lang: Lang): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(DEV).filter((f) => f.endsWith('.txt'))) {
    const gold = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), DEV), 'utf8')) as {
      lang: Lang;
    };
    if (gold.lang !== lang) continue;
    const text = readFileSync(new URL(file, DEV), 'utf8');
    for (const c of actorCandidates(text, lang, new QuoteMarks(text)).candidates) names.add(c.name);
  }
  return [...names];
}

const HONORIFICS = {
  en: [
    'Mr',
    'Mrs.',
    'Ms',
    'Miss',
    'Dr.',
    'Queen',
    'King',
    'Princess',
    'Lady',
    'Sir',
    'First Lady',
    'Countess',
    'Congresswoman',
    'Her Excellency',
    'His Majesty',
    'Gov.',
    'Pope',
  ],
  es: ['Sr.', 'Sra.', 'Don', 'Doña', 'Reina', 'Rey', 'Dra.', 'Presidenta', 'Ministro', 'Su Excelencia'],
};

/** Made-up names: a first and a last name in one of the shapes candidate names take, or odder ones. */
function madeUp(lang: Lang): fc.Arbitrary<string> {
  const first = fc.constantFrom(...FIRST_NAMES, 'Jill', 'Mary', 'James', 'Grace', 'Dorothy', 'Ngozi', 'Yusuf');
  const last = fc.constantFrom(...LAST_NAMES, 'Reyes', 'Okafor', 'Jones', 'Flores', 'Biden');
  const honorific = fc.constantFrom(...HONORIFICS[lang]);
  const shapes: ((f: string, l: string, l2: string, h: string) => string)[] = [
    (f, l) => `${f} ${l}`,
    (f, l) => `${f} ${l}'s`,
    (f, l) => `${f} ${l}’s`,
    (f, l) => `${f} ${l.replace(/s?$/u, "s'")}`,
    (f, l) => `${f[0]}. ${l}`,
    (f, l, l2) => `${f[0]}. ${l2[0]}. ${l}`,
    (f, l) => `${f} ${l[0]}.`,
    (f, l) => `${f} ${l} Jr.`,
    (f, l, l2) => `${f} ${l} ${l2}`,
    (f, l, l2) => `${f} ${l} de la ${l2}`,
    (f, l, l2) => `${f} ${l}-${l2}`,
    (_f, l, _l2, h) => `${h} ${l}`,
    (_f, l, _l2, h) => `${h} ${l}'s`,
    (f, l, _l2, h) => `${h} ${f} ${l}`,
    (f, l, _l2, h) => `${h} ${f} ${l}'s`,
    (_f, _l, _l2, h) => h,
    (f, l) => `${f} ${l} He`,
    (f, l) => `${f} ${l} She`,
    (f, l) => `${f} ${l} and Her`,
    (f) => f,
    (f) => `${f}'s`,
    (_f, l) => l,
    () => '',
    () => '-',
    () => "'",
    (f, l) => `"${f} ${l}"`,
  ];
  return fc
    .tuple(first, last, last, honorific, fc.constantFrom(...shapes))
    .map(([f, l, l2, h, shape]) => shape(f, l, l2, h));
}

function names(lang: Lang, pool: readonly string[]): fc.Arbitrary<string[]> {
  return fc.array(fc.oneof(fc.constantFrom(...pool), madeUp(lang)), { minLength: 1, maxLength: 30 });
}

describe('compromise names: one reading per name', function () {
  this.timeout(120_000);
  const pools = new Map<Lang, string[]>();
  before(() => {
    for (const lang of ['en', 'es'] as const) pools.set(lang, devNames(lang));
  });

  for (const lang of ['en', 'es'] as const) {
    it(`tags random lists of ${lang} names as reading People.json on the whole list does, genders included`, () => {
      const seen = { people: 0, male: 0, female: 0 };
      fc.assert(
        fc.property(names(lang, pools.get(lang) ?? []), (list) => {
          const tags = tagNames(list);
          expect(listed(tags)).to.deep.equal(listed(tagNamesByJson(list)));
          seen.people += tags.people.size;
          for (const gender of tags.genders.values()) seen[gender] += 1;
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(seen.people).to.be.above(RUNS);
      expect(seen.male).to.be.above(RUNS / 4);
      expect(seen.female).to.be.above(RUNS / 4);
    });
  }

  for (const odd of ['', '-', "'", 'Yahoo! Japan', 'Jeopardy? Productions', 'Ana\nBo', 'Gloria…']) {
    it(`tags the names after ${JSON.stringify(odd)} as it tags them alone`, () => {
      const alone = listed(tagNames(['Maria Lopez', 'John Smith', 'Mexico']));
      const after = listed(tagNames([odd, 'Maria Lopez', 'John Smith', 'Mexico']));
      expect(alone.people).to.deep.equal(['Maria Lopez', 'John Smith']);
      const others = {
        people: after.people.filter((n) => n !== odd),
        countries: after.countries.filter((n) => n !== odd),
        places: after.places.filter((n) => n !== odd),
        adjectives: after.adjectives.filter((n) => n !== odd),
        genders: after.genders.filter(([n]) => n !== odd),
      };
      expect(others).to.deep.equal(alone);
    });
  }

  it('tags the first 300 names of the English dev articles in one list as reading People.json does', () => {
    const list = (pools.get('en') ?? []).slice(0, 300);
    expect(listed(tagNames(list))).to.deep.equal(listed(tagNamesByJson(list)));
  });

  it('presumes the gender People.json presumes for a lone honorific, first or last in the document', () => {
    const honorifics = [...HONORIFICS.en, ...HONORIFICS.es, 'Mrs', 'Madam', 'Duchess'];
    let read = 0;
    for (const honorific of honorifics) {
      for (const text of [`${honorific}.\nJohn Smith.`, `Jill Jones.\n${honorific}.`, `${honorific}.`]) {
        const doc = compromise()(text);
        const sentences = doc.sentences();
        const s = sentences.eq(text.startsWith(honorific) ? 0 : sentences.length - 1) as unknown as Doc;
        const [found] = s.people().json() as { person?: { presumed_gender?: string | null } }[];
        if (found === undefined) continue;
        read += 1;
        expect(presumedGender(s.people(), doc.document), text).to.equal(found.person?.presumed_gender);
      }
    }
    expect(read).to.be.above(10);
  });

  it("takes each sentence's view from the document's pointers, not from sentences(), which joins them one at a time", () => {
    const View = compromise()('x').constructor as { prototype: { sentences(this: unknown, n?: number): unknown } };
    const sentences = View.prototype.sentences;
    let calls = 0;
    View.prototype.sentences = function (this: unknown, n?: number) {
      calls += 1;
      return sentences.call(this, n);
    };
    try {
      expect(tagNames(['Ana García', 'Transport Minister Alan Pryce', 'Mexico']).people.size).to.equal(2);
      expect(calls).to.equal(0);
    } finally {
      View.prototype.sentences = sentences;
    }
  });

  it("reads each person's gender from a copy of two sentences, not of every name", () => {
    const list = FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`));
    const View = compromise()('x').constructor as { prototype: { clone(this: { document: unknown[] }): unknown } };
    const clone = View.prototype.clone;
    let copied = 0;
    View.prototype.clone = function (this: { document: unknown[] }) {
      copied += this.document.length;
      return clone.call(this);
    };
    try {
      const tags = tagNames(list);
      expect(tags.people.size).to.equal(list.length);
      expect(copied).to.be.at.most(2 * list.length);
    } finally {
      View.prototype.clone = clone;
    }
  });
});
