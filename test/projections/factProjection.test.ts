import { expect } from 'chai';
import type { FactEvent } from '../../src/facts/events.ts';
import type { EventPlace, FactDoc } from '../../projections/documents.ts';
import { projectFact } from '../../projections/factProjection.ts';
import {
  actorTimelineRows,
  chronologyRows,
  timelineRowsOf,
  topicTimelineRows,
} from '../../projections/timelineRows.ts';
import { recorded } from '../support/builders.ts';

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
    expect(chronologyRows(doc)).to.have.length(1);
    expect(actorTimelineRows(doc)).to.deep.equal([
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
    expect(topicTimelineRows(doc).map((r) => r.timelineId)).to.deep.equal(['nuctech']);
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
});
