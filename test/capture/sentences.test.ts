import { expect } from 'chai';
import { paragraphsOf } from '../../src/capture/paragraphs.ts';
import { sentencesOf } from '../../src/capture/sentences.ts';

const split = (text: string, lang: 'en' | 'es' = 'en') =>
  sentencesOf(text, paragraphsOf(text), lang).map((s) => text.slice(s.start, s.end));

describe('capture: paragraphs and sentences', () => {
  it('numbers paragraphs separated by blank lines, without their surrounding space', () => {
    const text = '  Headline\n\nFirst paragraph.\nStill the first.\n\n\nSecond.  ';
    expect(paragraphsOf(text).map((p) => [p.number, text.slice(p.start, p.end)])).to.deep.equal([
      [1, 'Headline'],
      [2, 'First paragraph.\nStill the first.'],
      [3, 'Second.'],
    ]);
  });

  it('takes each line as a paragraph when the text has no blank line', () => {
    expect(paragraphsOf('One.\nTwo.').map((p) => p.number)).to.deep.equal([1, 2]);
  });

  it('does not end a sentence after a title, an initial or a month abbreviation', () => {
    expect(split('Gen. Smith met Dr. Ruiz and J. R. Doe on Jan. 5. They left.')).to.deep.equal([
      'Gen. Smith met Dr. Ruiz and J. R. Doe on Jan. 5.',
      'They left.',
    ]);
  });

  it('keeps "U.S." inside a sentence, and ends one after it when a new sentence starts', () => {
    expect(split('The U.S. Department of State said so. He lives in the U.S. The end came later.')).to.deep.equal([
      'The U.S. Department of State said so.',
      'He lives in the U.S.',
      'The end came later.',
    ]);
  });

  it('ends a sentence after "a.m." or "Inc." when a capitalised sentence follows, not before a lowercase word', () => {
    expect(split('It ended at 5 p.m. Then he left. Acme Inc. said so.')).to.deep.equal([
      'It ended at 5 p.m.',
      'Then he left.',
      'Acme Inc. said so.',
    ]);
  });

  it('reads Spanish titles and "EE.UU."', () => {
    expect(split('El Sr. García llegó a EE.UU. el 2 de mayo. La Dra. Pérez habló.', 'es')).to.deep.equal([
      'El Sr. García llegó a EE.UU. el 2 de mayo.',
      'La Dra. Pérez habló.',
    ]);
  });
});
