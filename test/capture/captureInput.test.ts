import { expect } from 'chai';
import { captureText } from '../../src/capture/captureText.ts';
import { ValidationError } from '../../src/core/errors.ts';
import { TODAY } from './captureHelpers.ts';

function refusal(request: Parameters<typeof captureText>[0]): ValidationError {
  try {
    captureText(request, { today: TODAY });
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('the capture was not refused');
}

describe('capture: bad input', () => {
  it('refuses empty text', () => {
    expect(refusal({ text: ' \n ' }).issues).to.deep.equal([
      { path: 'text', message: 'is empty: there is no text to capture' },
    ]);
  });

  it('refuses binary junk', () => {
    expect(refusal({ text: 'PK\u0003\u0004\u0000\u0000binary' }).issues[0]?.message).to.match(/does not read as text/);
    expect(refusal({ text: `${'\ufffd\u0001'.repeat(50)} a few words` }).issues[0]?.message).to.match(
      /does not read as text/,
    );
  });

  it('refuses more than 2 MiB of text, naming the size', () => {
    const issues = refusal({ text: 'é'.repeat(1024 * 1024 + 1) }).issues;
    expect(issues[0]?.path).to.equal('text');
    expect(issues[0]?.message).to.match(/^is 2097154 bytes; capture reads at most 2097152 bytes/);
  });

  it('refuses an unknown language, a publication date that is not EDTF, and a source id that is not a slug, all at once', () => {
    const issues = refusal({ text: 'A text.', lang: 'fr', publishedOn: '2022-13', sourceId: 'Not A Slug' }).issues;
    expect(issues.map((i) => i.path)).to.deep.equal(['lang', 'publishedOn', 'sourceId']);
    expect(issues[0]?.message).to.equal('must be en, es or auto, not "fr"');
  });

  it('detects English or Spanish by their commonest words', () => {
    const es = captureText(
      { text: 'La secretaría firmó el contrato el 2 de mayo de 2023 y pagó la factura.' },
      { today: TODAY },
    );
    const en = captureText(
      { text: 'The council signed the contract on 2 May 2023 and paid the bill.' },
      { today: TODAY },
    );
    expect([es.capture.lang, en.capture.lang]).to.deep.equal(['es', 'en']);
    expect(es.facts[0]?.when).to.equal('2023-05-02');
  });
});
