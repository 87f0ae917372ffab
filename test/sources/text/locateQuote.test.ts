import { expect } from 'chai';
import fc from 'fast-check';
import { EXCERPT_SIDE, TextIndex } from '../../../src/sources/text/index.ts';
import { comparedText } from '../../../src/sources/text/quoteText.ts';

const article = [
  'Border scanners bought despite warnings',
  'An intelligence report sent on April 22 warned that Nuctech’s systems had “deficiencies in detection capabilities”.',
  'Ten days after this alert, the ambassador sent a letter.\nIt expressed “the growing concern” of the US.',
  'The ministry repeated that the growing concern was noted.',
].join('\n\n');

describe('finding a quote in a source text (TextIndex.locate)', () => {
  const index = new TextIndex(article);

  it('gives the paragraph, counted from 1, and the character offsets of the quote as written in the text', () => {
    const location = index.locate('sent on April 22 warned');
    expect(location).to.include({ paragraph: 2, occurrences: 1 });
    expect(article.slice(location!.start, location!.end)).to.equal('sent on April 22 warned');
  });

  it('reads straight quote marks and apostrophes as the curly ones of the text, and the other way round', () => {
    const location = index.locate(`Nuctech's systems had "deficiencies in detection capabilities"`);
    expect(article.slice(location!.start, location!.end)).to.equal(
      'Nuctech’s systems had “deficiencies in detection capabilities”',
    );
    expect(new TextIndex(`He said "it's late".`).locate('said “it’s late”')).to.include({ start: 3, end: 19 });
    expect(new TextIndex('Nuctech´s and Nuctech`s').locate("Nuctech's")).to.include({ start: 0, occurrences: 2 });
    expect(new TextIndex('«Hola», dijo.').locate('"Hola"')).to.include({ start: 0, end: 6 });
  });

  it('reads any run of whitespace, line breaks and non-breaking spaces included, as one space', () => {
    const location = index.locate('  a letter. It\u00a0expressed\t“the growing  concern”  ');
    expect(article.slice(location!.start, location!.end)).to.equal('a letter.\nIt expressed “the growing concern”');
    expect(location!.paragraph).to.equal(3);
  });

  it('ignores soft hyphens and zero-width characters on either side', () => {
    const text = new TextIndex('the se\u00adcurity of Mex\u200bico');
    expect(text.locate('security of Mexico')).to.include({ start: 4, end: 24 });
    expect(new TextIndex('the security of Mexico').locate('secu\u00adrity')).to.include({ start: 4, end: 12 });
  });

  it('keeps case, dashes and accents: they must match', () => {
    expect(index.locate('ten days after this alert')).to.equal(null);
    expect(new TextIndex('a long–standing tie').locate('long-standing')).to.equal(null);
    expect(new TextIndex('López Obrador').locate('Lopez Obrador')).to.equal(null);
  });

  it('finds nothing for a quote that is not in the text, or a blank one', () => {
    expect(index.locate('sent on April 21')).to.equal(null);
    expect(index.locate('  \n ')).to.equal(null);
    expect(index.has('sent on April 21')).to.equal(false);
    expect(index.has('sent on April 22')).to.equal(true);
  });

  it('reads the text once for a quote: the same quote again, however written, gets the same location', () => {
    const fresh = new TextIndex(article);
    const first = fresh.locate('the growing concern');
    expect(fresh.locate('the  growing\nconcern')).to.equal(first);
    expect(fresh.has('the growing concern')).to.equal(true);
    expect(fresh.locate('sent on April 21')).to.equal(null);
    expect(fresh.has('sent on April 21')).to.equal(false);
  });

  it('locates a repeated quote at its first occurrence and counts them all', () => {
    const location = index.locate('the growing concern');
    expect(location).to.include({ paragraph: 3, occurrences: 2 });
    expect(location!.start).to.equal(article.indexOf('the growing concern'));
  });

  it('gives the quote in its paragraph, for the reader to see it highlighted there', () => {
    const location = index.locate('sent a letter')!;
    const { excerpt } = location;
    expect(excerpt.text).to.equal(
      'Ten days after this alert, the ambassador sent a letter.\nIt expressed “the growing concern” of the US.',
    );
    expect(excerpt.text.slice(excerpt.start, excerpt.end)).to.equal('sent a letter');
  });

  it('gives the paragraphs a quote runs over', () => {
    const { excerpt, paragraph } = index.locate('warnings An intelligence report')!;
    expect(paragraph).to.equal(1);
    expect(excerpt.text.split('\n\n')).to.have.length(2);
    expect(excerpt.text.slice(excerpt.start, excerpt.end)).to.equal('warnings\n\nAn intelligence report');
  });

  it('cuts a long paragraph to some context either side of the quote, at a space, marked with an ellipsis', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const text = `Lead.\n\n${words(200, 'before')} the quote itself ${words(200, 'after')}`;
    const { excerpt, paragraph } = new TextIndex(text).locate('the quote itself')!;
    expect(paragraph).to.equal(2);
    expect(excerpt.text.slice(excerpt.start, excerpt.end)).to.equal('the quote itself');
    expect(excerpt.text)
      .to.match(/^…before /)
      .and.to.match(/ after…$/);
    expect(excerpt.start - 1).to.be.at.most(EXCERPT_SIDE);
    expect(excerpt.text.length - excerpt.end - 1).to.be.at.most(EXCERPT_SIDE);
  });

  it('matches the documented example', () => {
    expect(new TextIndex('Intro.\n\nHe said “ten  days”.').locate('"ten days"')).to.deep.equal({
      paragraph: 2,
      start: 16,
      end: 27,
      occurrences: 1,
      excerpt: { text: 'He said “ten  days”.', start: 8, end: 19 },
    });
  });
});

describe('the text quotes are compared with (comparedText)', () => {
  /** The rules, one character at a time: the reference the fast version is held to. */
  function reference(text: string): { text: string; origin: number[] } {
    const space = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
    const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
    const single = /[\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u02bc`\u00b4\uff07]/;
    const double = /[\u201c-\u201f\u2033\u00ab\u00bb\uff02]/;
    let out = '';
    const origin: number[] = [];
    let pending = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (invisible.test(c)) continue;
      if (space.test(c)) {
        if (out !== '' && pending < 0) pending = i;
        continue;
      }
      if (pending >= 0) {
        out += ' ';
        origin.push(pending);
        pending = -1;
      }
      out += single.test(c) ? "'" : double.test(c) ? '"' : c;
      origin.push(i);
    }
    return { text: out, origin };
  }

  it('follows the rules character by character, with the origin of each character', () => {
    const alphabet = [
      'a',
      'B',
      ' ',
      '\n',
      '\t',
      '\u00a0',
      '\u2009',
      '\u00ad',
      '\u200b',
      '\ufeff',
      '’',
      '‘',
      '“',
      '”',
      '«',
      '`',
      '´',
      "'",
      '"',
      '-',
      'é',
      '😀',
    ];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), (text) => {
        const fast = comparedText(text);
        const slow = reference(text);
        expect(fast.text).to.equal(slow.text);
        expect([...fast.origin]).to.deep.equal(slow.origin);
      }),
      { seed: 17, numRuns: 3000 },
    );
  });
});
