import { expect } from 'chai';
import fc from 'fast-check';
import { ValidationError } from '../../../src/core/errors.ts';
import { MAX_TEXT_BYTES, paragraphCount, plainText } from '../../../src/sources/text/index.ts';

describe('a source text in its stored form (plainText)', () => {
  it('keeps the paragraphs, one blank line between them, and the line breaks inside them', () => {
    expect(
      plainText('\ufeffTitle\r\n\r\n\r\n\r\nFirst  paragraph.   \r\nStill the first.\n\n\nSecond.\n').text,
    ).to.equal('Title\n\nFirst  paragraph.\nStill the first.\n\nSecond.');
  });

  it('turns a form feed and the paragraph separator into a paragraph break, the line separator into a line break', () => {
    expect(plainText('One\fTwo\u2029Three\u2028four').text).to.equal('One\n\nTwo\n\nThree\nfour');
  });

  it('composes accents (NFC), so a quote typed either way matches', () => {
    expect(plainText('Le\u0301on').text).to.equal('Léon');
  });

  it('removes a few stray control characters and says so', () => {
    const read = plainText('Ten days\u0000 after\u0007 the alert, the ambassador sent a letter.');
    expect(read.text).to.equal('Ten days after the alert, the ambassador sent a letter.');
    expect(read.warnings).to.deep.equal(['2 control characters were removed']);
  });

  it('is idempotent: the stored form read again is the same text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'é',
            'e',
            '\u0301',
            ' ',
            '\t',
            '\n',
            '\r',
            '\f',
            '\u2029',
            '\u00a0',
            '\u0001',
            '“',
          ),
        }),
        (raw) => {
          let first: string;
          try {
            first = plainText(raw).text;
          } catch {
            return; // refused input: nothing to read again
          }
          expect(plainText(first).text).to.equal(first);
        },
      ),
      { seed: 17, numRuns: 2000 },
    );
  });

  it('refuses empty text, naming the field', () => {
    expect(() => plainText(' \n\n \t', 'sources[0].text')).to.throw(ValidationError, /^sources\[0\]\.text: is empty/);
  });

  it('refuses text that is mostly control characters: binary data read as text', () => {
    const junk = String.fromCharCode(...Array.from({ length: 200 }, (_, i) => (i * 7) % 32));
    expect(() => plainText(`PK${junk}`, 'text')).to.throw(ValidationError, /looks like binary data/);
  });

  it('refuses more than 2 MB of text and says how much there was', () => {
    const paragraph = `${'word '.repeat(200)}end.\n\n`;
    const raw = paragraph.repeat(Math.ceil((MAX_TEXT_BYTES + 1) / paragraph.length));
    expect(() => plainText(raw, 'text')).to.throw(
      ValidationError,
      /^text: is 2\.0 MB of text; a source holds at most 2\.0 MB/,
    );
    expect(() => plainText('é'.repeat(MAX_TEXT_BYTES / 2 + 1))).to.throw(ValidationError, /at most 2\.0 MB/);
    expect(plainText('é'.repeat(MAX_TEXT_BYTES / 2)).text).to.have.length(MAX_TEXT_BYTES / 2);
  });

  it('counts paragraphs', () => {
    expect(paragraphCount(plainText('a\n\nb\nc\n\n\n\nd').text)).to.equal(3);
  });
});
