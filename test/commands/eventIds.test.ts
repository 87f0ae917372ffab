import { expect } from 'chai';
import { v5 as uuidv5 } from 'uuid';
import { contentEventId, contentEventIdOfJson, nameBasedEventId } from '../../src/commands/eventIds.ts';

const NAMESPACE = '5b0c3a52-4a0e-4c1e-9d8e-2f1c6a7b9e10';

describe('contentEventId', () => {
  it('is a version-5 UUID equal to the uuid package’s v5 of the same name', () => {
    const id = contentEventId('fact-a', 3n, 0, 'FactDateRevised', { factId: 'a', when: '2022-04-21' });
    const name = JSON.stringify(['fact-a', '3', 0, 'FactDateRevised', { factId: 'a', when: '2022-04-21' }]);
    expect(id).to.equal(uuidv5(name, NAMESPACE));
    expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('differs when the base revision differs, so a repeated change after others is a new event', () => {
    expect(contentEventId('fact-a', 1n, 0, 'FactRetracted', { factId: 'a' })).to.not.equal(
      contentEventId('fact-a', 5n, 0, 'FactRetracted', { factId: 'a' }),
    );
  });
});

describe('nameBasedEventId', () => {
  it('equals the uuid package’s v5 for names of any length and script', () => {
    const names = [
      '',
      'a',
      JSON.stringify(['fact-é', null, 0, 'FactRecorded', { summary: 'Zoll meldet Störung 🚧 an der Grenze' }]),
      '€'.repeat(3000),
      '🚧'.repeat(2500),
      'x'.repeat(5000),
      'short again after long names',
    ];
    for (const name of names) expect(nameBasedEventId(name), name.slice(0, 20)).to.equal(uuidv5(name, NAMESPACE));
  });
});

describe('contentEventIdOfJson', () => {
  it('gives the id contentEventId gives the payload whose JSON text it is', () => {
    const cases: [string, bigint | undefined, number, string, unknown][] = [
      ['fact-a', undefined, 0, 'FactRecorded', { factId: 'a', summary: 'Zoll "meldet"\nStörung 🚧' }],
      ['actor-ü"x', 12n, 3, 'ActorRegistered', { id: 'x', names: ['a', 'b'], note: null }],
      ['$dossier-imports', 0n, 1, 'DossierImported', []],
      ['fact-long', 7n, 2, 'SourceCited', { quote: 'Störung 🚧 '.repeat(900), factId: 'long' }],
      ['fact-short-after-long', undefined, 0, 'TopicTagged', { factId: 'b', topicId: 'ü' }],
    ];
    for (const [stream, revision, index, type, data] of cases) {
      const id = contentEventIdOfJson(stream, revision, index, type, JSON.stringify(data));
      expect(id).to.equal(contentEventId(stream, revision, index, type, data));
      const name = JSON.stringify([stream, revision === undefined ? null : String(revision), index, type, data]);
      expect(id, stream).to.equal(uuidv5(name, NAMESPACE));
    }
  });
});
