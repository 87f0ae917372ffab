/**
 * Whether a text speaks again of a name's head noun after the name ("Vallmoor Creamery … the
 * creamery"): read in one scan of the text, and the same answer, at every name of a third of the
 * dev articles, as reading the rest of the text after each name.
 */
import { expect } from 'chai';
import { readFileSync, readdirSync } from 'node:fs';
import type { Lang } from '../../src/capture/lexicon.ts';
import { nameCandidates } from '../../src/capture/nameCandidates.ts';
import { headEchoes, headNoun } from '../../src/capture/nameParts.ts';

const DEV = new URL('../../eval/articles/dev/', import.meta.url);

/** The rest of the text after `from` read for "the <head noun>", a word at `from` included. */
function echoedAfter(text: string, from: number, name: string): boolean {
  const head = headNoun(name);
  if (!head) return false;
  let re = READINGS.get(head);
  if (!re)
    READINGS.set(head, (re = new RegExp(`(?:^|[^\\p{L}])(?:[Tt]he|[Ll]a|[Ee]l|del|al)\\s+${head}(?![\\p{L}])`, 'u')));
  return re.test(text.slice(from));
}
const READINGS = new Map<string, RegExp>();

describe('head nouns echoed after a name', function () {
  this.timeout(120_000);

  it('finds "the creamery" after "Vallmoor Creamery", and not before it', () => {
    const text = 'The creamery was sold. Vallmoor Creamery said on Monday that the creamery would close.';
    const echoed = headEchoes(text);
    const name = 'Vallmoor Creamery';
    expect(echoed(text.indexOf(name) + name.length, name)).to.equal(true);
    expect(echoed(text.lastIndexOf('the creamery') + 1, name)).to.equal(false);
    expect(echoed(0, 'Harbour Board')).to.equal(false);
  });

  it('finds "la federación" in Spanish, and takes a word at the very position asked from', () => {
    const text = 'La Federación de Balonmano de Aragón multó al club; la federación apelará.';
    const echoed = headEchoes(text);
    expect(echoed(10, 'Federación de Balonmano de Aragón')).to.equal(true);
    expect(echoed(text.indexOf('la federación'), 'Federación de Balonmano')).to.equal(true);
    expect(echoed(text.indexOf('la federación') + 1, 'Federación de Balonmano')).to.equal(false);
  });

  it('answers as reading the rest of the text does, at the end and the start of every candidate name of a third of the dev articles', () => {
    let asked = 0;
    let echoedCount = 0;
    for (const file of readdirSync(DEV).filter((f, i) => f.endsWith('.txt') && i % 6 < 2)) {
      const { lang } = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), DEV), 'utf8')) as {
        lang: Lang;
      };
      const text = readFileSync(new URL(file, DEV), 'utf8');
      const echoed = headEchoes(text);
      for (const c of nameCandidates(text, lang)) {
        for (const from of [c.end, c.start]) {
          asked += 1;
          const expected = echoedAfter(text, from, c.name);
          if (expected) echoedCount += 1;
          expect(echoed(from, c.name), `${file}: ${c.name} from ${from}`).to.equal(expected);
        }
      }
    }
    expect(asked).to.be.above(3_000);
    expect(echoedCount).to.be.above(30);
  });
});
