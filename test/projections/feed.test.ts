import { expect } from 'chai';
import type { FactDoc } from '../../projections/documents.ts';
import { changedFields, changedMask, fieldsOfMask } from '../../projections/feed.ts';

const doc: FactDoc = {
  factId: 'f1',
  summary: 'The ministry announces the plan',
  notes: null,
  when: '2022-04-22',
  place: null,
  actors: { sedena: 'announcer', amlo: null },
  topics: ['security', 'budget'],
  citations: {
    c1: {
      citationId: 'c1',
      source: 's1',
      quote: 'the plan',
      locator: null,
      statedDate: null,
      statedWeekday: null,
      credibility: null,
    },
  },
  relations: { 'after:f0': { kind: 'after', target: 'f0', offset: 'P3D' } } as FactDoc['relations'],
  retracted: false,
  revision: 3,
  firstSeq: 1,
  firstPosition: '1',
  lastPosition: '4',
  createdAt: '2022-11-01T09:00:01.000Z',
  createdBy: 'ana',
  updatedAt: '2022-11-01T09:00:01.000Z',
  updatedBy: 'ana',
};
/** A copy of every field's value: the same JSON, none of the same objects. */
const copied = (d: FactDoc): FactDoc => JSON.parse(JSON.stringify(d)) as FactDoc;

describe('the fields a fact event changed, as the feed and the event log name them', () => {
  const cases: [string, FactDoc, string[]][] = [
    ['values with the same JSON that are other objects change nothing', copied(doc), []],
    ['a new summary and a note where there was none', { ...doc, summary: 'Revised', notes: 'n' }, ['summary', 'notes']],
    ['one more actor', { ...doc, actors: { ...doc.actors, sre: null } }, ['actors']],
    ['an actor with another role (as many actors)', { ...doc, actors: { ...doc.actors, amlo: 'speaker' } }, ['actors']],
    ['the same topics in another order', { ...doc, topics: ['budget', 'security'] }, ['topics']],
    ['one topic fewer', { ...doc, topics: ['security'] }, ['topics']],
    ['a citation withdrawn', { ...doc, citations: {} }, ['citations']],
    [
      'a relation with another offset',
      { ...doc, relations: { 'after:f0': { kind: 'after', target: 'f0', offset: 'P4D' } } as FactDoc['relations'] },
      ['relations'],
    ],
  ];
  for (const [what, after, fields] of cases)
    it(what, () => {
      expect(changedFields(doc, after)).to.deep.equal(fields);
      expect(fieldsOfMask(changedMask(doc, after))).to.deep.equal(fields);
    });

  it('names none for an event that starts a fact', () => {
    expect(changedFields(null, doc)).to.deep.equal([]);
    expect(changedMask(null, doc)).to.equal(0);
  });
});
