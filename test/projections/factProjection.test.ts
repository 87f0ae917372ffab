import { expect } from 'chai';
import type { FactEvent } from '../../src/facts/events.ts';
import type { EventPlace, FactDoc } from '../../projections/documents.ts';
import { projectFact } from '../../projections/factProjection.ts';
import { timelineRowsOf } from '../../projections/timelineRows.ts';
import { readBack, recorded } from '../support/builders.ts';

const place = (seq: number, revision = seq - 1): EventPlace => ({
  seq,
  revision,
  position: String(seq * 10),
  recordedAt: `2022-11-01T09:00:0${seq}.000Z`,
  recordedBy: 'ana',
});

function project(events: FactEvent[]): FactDoc {
  return events.reduce<FactDoc | null>((doc, e, i) => projectFact(doc, e, place(i + 1)), null) as FactDoc;
}

describe('the fact projection', () => {
  const events: FactEvent[] = [
    recorded({ when: '2022-04-22' }),
    { type: 'ActorLinked', data: { factId: 'alert', actorId: 'sedena', role: 'recipient' } },
    { type: 'TopicTagged', data: { factId: 'alert', topicId: 'nuctech' } },
    { type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-21', previousWhen: '2022-04-22' } },
  ];

  it('folds events into the fact document with its revision and who changed it last', () => {
    const doc = project(events);
    expect(doc).to.deep.include({
      factId: 'alert',
      when: '2022-04-21',
      actors: { sedena: 'recipient' },
      topics: ['nuctech'],
      retracted: false,
      revision: 3,
      firstSeq: 1,
      firstPosition: '10',
      lastPosition: '40',
      createdAt: '2022-11-01T09:00:01.000Z',
      updatedAt: '2022-11-01T09:00:04.000Z',
      updatedBy: 'ana',
    });
  });

  it('puts the fact in the chronology, its actors’ timelines and its topics’ timelines, sorted by its dates', () => {
    const doc = project(events);
    const rows = timelineRowsOf(doc);
    expect(rows.filter((r) => r.kind === 'all')).to.have.length(1);
    expect(rows.filter((r) => r.kind === 'actor')).to.deep.equal([
      {
        kind: 'actor',
        timelineId: 'sedena',
        factId: 'alert',
        role: 'recipient',
        firstSeq: 1,
        retracted: false,
        earliestDay: 19103,
        latestDay: 19103,
        precisionRank: 1,
      },
    ]);
    expect(rows.filter((r) => r.kind === 'topic').map((r) => r.timelineId)).to.deep.equal(['nuctech']);
  });

  it('flags a retracted fact in every timeline (hidden unless asked for) and unflags it when reinstated', () => {
    const retracted = project([...events, { type: 'FactRetracted', data: { factId: 'alert' } }]);
    expect(retracted.retracted).to.equal(true);
    expect(timelineRowsOf(retracted).map((r) => r.retracted)).to.deep.equal([true, true, true]);
    const back = project([
      ...events,
      { type: 'FactRetracted', data: { factId: 'alert' } },
      { type: 'FactReinstated', data: { factId: 'alert' } },
    ]);
    expect(timelineRowsOf(back).map((r) => r.retracted)).to.deep.equal([false, false, false]);
  });

  it('stores the document as this JSON, keys in this order', () => {
    const letter: FactEvent[] = [
      {
        type: 'FactRecorded',
        data: {
          factId: 'letter',
          summary: 'Salazar writes to Ebrard',
          when: '2022-05-02',
          place: 'Mexico City',
          notes: null,
        },
      },
      { type: 'ActorLinked', data: { factId: 'letter', actorId: 'salazar', role: 'sender' } },
      { type: 'TopicTagged', data: { factId: 'letter', topicId: 'nuctech' } },
      {
        type: 'SourceCited',
        data: {
          factId: 'letter',
          citationId: 'c1',
          source: 'yucatan-times',
          quote: 'sent on May 2',
          locator: 'p. 2',
          statedDate: 'May 2',
          statedWeekday: null,
          credibility: 2,
        },
      },
      { type: 'RelationAsserted', data: { factId: 'letter', kind: 'after', target: 'alert', offset: 'P10D' } },
      { type: 'FactDateRevised', data: { factId: 'letter', when: '2022-05-03', previousWhen: '2022-05-02' } },
    ];
    const doc = letter
      .map(readBack)
      .reduce<FactDoc | null>(
        (d, e, i) => projectFact(d, e, { ...place(i + 1), recordedBy: i < 2 ? 'ana' : 'bo' }),
        null,
      );
    expect(JSON.stringify(doc)).to.equal(
      '{"factId":"letter","summary":"Salazar writes to Ebrard","notes":null,"when":"2022-05-03","place":"Mexico City",' +
        '"actors":{"salazar":"sender"},"topics":["nuctech"],' +
        '"citations":{"c1":{"source":"yucatan-times","quote":"sent on May 2","locator":"p. 2","statedDate":"May 2","statedWeekday":null,"credibility":2,"citationId":"c1"}},' +
        '"relations":{"after:alert":{"kind":"after","target":"alert","offset":"P10D"}},"retracted":false,' +
        '"revision":5,"firstSeq":1,"firstPosition":"10","lastPosition":"60","createdAt":"2022-11-01T09:00:01.000Z","createdBy":"ana",' +
        '"updatedAt":"2022-11-01T09:00:06.000Z","updatedBy":"bo"}',
    );
  });

  it('starts the document again when the fact is recorded again, keeping when and by whom it was created', () => {
    const again = projectFact(project(events), recorded({ when: '2021' }), { ...place(9), recordedBy: 'bo' })!;
    expect(again).to.deep.include({ when: '2021', actors: {}, topics: [], retracted: false, revision: 8 });
    expect(again).to.deep.include({ firstSeq: 1, createdBy: 'ana', updatedBy: 'bo', lastPosition: '90' });
  });

  it('leaves a fact absent when the log holds events of it but not its recording', () => {
    const orphan: FactEvent = {
      type: 'FactDateRevised',
      data: { factId: 'ghost', when: '2022', previousWhen: '2021' },
    };
    expect(projectFact(null, orphan, place(1))).to.equal(null);
  });

  it('changes a copy of the document, never the document it was given', () => {
    const before = project(events);
    const frozen = JSON.stringify(before);
    const after = projectFact(before, { type: 'FactRetracted', data: { factId: 'alert' } }, place(5))!;
    expect(JSON.stringify(before)).to.equal(frozen);
    expect(after.retracted).to.equal(true);
    expect(after.actors).to.equal(before.actors);
  });
});
