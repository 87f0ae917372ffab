import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { readDossierYaml } from '../../src/commands/dossier/readDossierYaml.ts';

/** The message of the refusal of `text`. */
function refusal(text: string): string {
  try {
    readDossierYaml(text, { field: 'file', what: 'facts.yaml' });
  } catch (error) {
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as ValidationError).issues[0]!.path).to.equal('file');
    return (error as Error).message;
  }
  return expect.fail('expected the YAML to be refused');
}

describe('readDossierYaml', () => {
  it('says where an unquoted colon broke the YAML, what broke, and to quote the text', () => {
    const message = refusal('facts:\n  - id: report\n    summary: Report: sent on April 22\n    when: 2022-04-22\n');
    expect(message).to.equal(
      'file: facts.yaml is not valid YAML at line 3, column 14 ("summary: Report: sent on April 22"): ' +
        'Nested mappings are not allowed in compact mappings; ' +
        'quote text that contains a colon, e.g. summary: "Report: sent on April 22"',
    );
  });

  it('gives the line and column and a whole sentence for other mistakes too', () => {
    expect(refusal('facts:\n  - id: report\n    summary: "unclosed\n')).to.match(
      /^file: facts\.yaml is not valid YAML at line 4, column 1: Missing closing "quote; close every quote/,
    );
    expect(refusal('title: a\ntitle: b\n')).to.equal(
      'file: facts.yaml is not valid YAML at line 2, column 1 ("title: b"): Map keys must be unique; give each key once per item',
    );
  });

  it('reads valid YAML as it is', () => {
    expect(readDossierYaml('facts:\n  - id: x\n    summary: "Report: sent"\n')).to.deep.equal({
      facts: [{ id: 'x', summary: 'Report: sent' }],
    });
  });
});
