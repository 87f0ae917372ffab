import { expect } from 'chai';
import { AlreadyExistsError, IllegalStateError, NotFoundError, ValidationError } from '../../src/core/errors.ts';
import { factDecider } from '../../src/facts/decide.ts';
import { citationIdOf } from '../../src/facts/citationId.ts';
import type { CitationData } from '../../src/facts/events.ts';
import { given } from '../support/deciderSpec.ts';
import { aFact, recorded } from '../support/builders.ts';

const citation: CitationData = {
  source: 'yucatan-times',
  quote: 'sent on April 22',
  locator: null,
  statedDate: 'April 22',
  statedWeekday: null,
  credibility: 2,
};

describe('the fact decider', () => {
  describe('RecordFact', () => {
    it('records a new fact with its actors, topics, citations and relations, in that order', () => {
      given(factDecider)
        .when({
          type: 'RecordFact',
          data: aFact({
            factId: 'letter',
            actors: [{ id: 'salazar', role: 'sender' }],
            topics: ['nuctech'],
            citations: [citation],
            relations: [{ kind: 'after', target: 'alert', offset: 'P10D' }],
          }),
        })
        .then([
          {
            type: 'FactRecorded',
            data: { factId: 'letter', summary: aFact().summary, when: '2022-04-22', place: null, notes: null },
          },
          { type: 'ActorLinked', data: { factId: 'letter', actorId: 'salazar', role: 'sender' } },
          { type: 'TopicTagged', data: { factId: 'letter', topicId: 'nuctech' } },
          { type: 'SourceCited', data: { factId: 'letter', citationId: citationIdOf(citation), ...citation } },
          { type: 'RelationAsserted', data: { factId: 'letter', kind: 'after', target: 'alert', offset: 'P10D' } },
        ]);
    });

    it('refuses a fact that already exists', () => {
      given(factDecider, [recorded()])
        .when({ type: 'RecordFact', data: aFact() })
        .thenThrows(AlreadyExistsError, /already exists/);
    });

    it('refuses an impossible date, naming the field', () => {
      const error = given(factDecider)
        .when({ type: 'RecordFact', data: aFact({ when: '2022-02-30' }) })
        .thenThrows(ValidationError);
      expect((error as ValidationError).issues[0]?.path).to.equal('when');
    });

    it('refuses a relation that points at its own fact', () => {
      const error = given(factDecider)
        .when({ type: 'RecordFact', data: aFact({ relations: [{ kind: 'after', target: 'alert', offset: null }] }) })
        .thenThrows(ValidationError, /own fact/);
      expect((error as ValidationError).issues[0]?.path).to.equal('relations[0].fact');
    });

    it('refuses an actor listed twice', () => {
      given(factDecider)
        .when({
          type: 'RecordFact',
          data: aFact({
            actors: [
              { id: 'sedena', role: null },
              { id: 'sedena', role: 'recipient' },
            ],
          }),
        })
        .thenThrows(ValidationError, /actors\[1\].*twice/);
    });
  });

  describe('ReviseFactDate', () => {
    it('records the new date with the previous one', () => {
      given(factDecider, [recorded()])
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-21' } })
        .then([{ type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-21', previousWhen: '2022-04-22' } }]);
    });

    it('refuses to revise a fact to the date it already has', () => {
      given(factDecider, [recorded()])
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: ' 2022-04-22 ' } })
        .thenThrows(IllegalStateError, /already dated/);
    });

    it('refuses to re-date a retracted fact', () => {
      given(factDecider, [recorded(), { type: 'FactRetracted', data: { factId: 'alert' } }])
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-21' } })
        .thenThrows(IllegalStateError, /retracted.*reinstate/);
    });

    it('re-dates a retracted fact once it is reinstated', () => {
      given(factDecider, [
        recorded(),
        { type: 'FactRetracted', data: { factId: 'alert' } },
        { type: 'FactReinstated', data: { factId: 'alert' } },
      ])
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-21' } })
        .then([{ type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-21', previousWhen: '2022-04-22' } }]);
    });

    it('refuses a fact that does not exist', () => {
      given(factDecider)
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-21' } })
        .thenThrows(NotFoundError);
    });

    it('refuses a fact whose stream holds a revision but not its recording', () => {
      given(factDecider, [
        { type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-21', previousWhen: '2022' } },
      ])
        .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-20' } })
        .thenThrows(NotFoundError, /does not exist/);
    });
  });

  describe('the other commands', () => {
    it('changes an actor role as an unlink and a link', () => {
      given(factDecider, [
        recorded(),
        { type: 'ActorLinked', data: { factId: 'alert', actorId: 'sedena', role: null } },
      ])
        .when({ type: 'LinkActor', data: { factId: 'alert', actorId: 'sedena', role: 'recipient' } })
        .then([
          { type: 'ActorUnlinked', data: { factId: 'alert', actorId: 'sedena' } },
          { type: 'ActorLinked', data: { factId: 'alert', actorId: 'sedena', role: 'recipient' } },
        ]);
    });

    it('refuses to untag a topic the fact does not have', () => {
      given(factDecider, [recorded()])
        .when({ type: 'UntagTopic', data: { factId: 'alert', topicId: 'x' } })
        .thenThrows(NotFoundError);
    });

    it('withdraws a citation by its id', () => {
      const id = citationIdOf(citation);
      given(factDecider, [recorded(), { type: 'SourceCited', data: { factId: 'alert', citationId: id, ...citation } }])
        .when({ type: 'WithdrawCitation', data: { factId: 'alert', citationId: id } })
        .then([{ type: 'CitationWithdrawn', data: { factId: 'alert', citationId: id } }]);
    });

    it('refuses to assert a relation to the fact itself', () => {
      given(factDecider, [recorded()])
        .when({
          type: 'AssertRelation',
          data: { factId: 'alert', relation: { kind: 'same-day', target: 'alert', offset: null } },
        })
        .thenThrows(ValidationError, /own fact/);
    });

    it('refuses to retract a fact twice and to reinstate a fact that is not retracted', () => {
      given(factDecider, [recorded(), { type: 'FactRetracted', data: { factId: 'alert' } }])
        .when({ type: 'RetractFact', data: { factId: 'alert' } })
        .thenThrows(IllegalStateError);
      given(factDecider, [recorded()])
        .when({ type: 'ReinstateFact', data: { factId: 'alert' } })
        .thenThrows(IllegalStateError, /not retracted/);
    });

    it('refuses a summary edit that changes nothing', () => {
      given(factDecider, [recorded()])
        .when({ type: 'EditFactSummary', data: { factId: 'alert', summary: aFact().summary } })
        .thenThrows(IllegalStateError);
    });
  });

  describe('SyncFact (dossier import)', () => {
    const past = [
      recorded({ when: '2022-04-22' }),
      { type: 'ActorLinked', data: { factId: 'alert', actorId: 'sedena', role: 'recipient' } },
      { type: 'TopicTagged', data: { factId: 'alert', topicId: 'nuctech' } },
    ] as const;

    it('emits nothing when the fact is already in that state', () => {
      given(factDecider, [...past])
        .when({
          type: 'SyncFact',
          data: { ...aFact({ actors: [{ id: 'sedena', role: 'recipient' }], topics: ['nuctech'] }), retracted: false },
        })
        .then([]);
    });

    it('emits exactly the revision events that bring the fact to the new state', () => {
      given(factDecider, [...past])
        .when({
          type: 'SyncFact',
          data: {
            ...aFact({
              when: '?2022-04-22',
              actors: [
                { id: 'sedena', role: 'recipient' },
                { id: 'state-dept', role: 'sender' },
              ],
              topics: [],
            }),
            retracted: false,
          },
        })
        .then([
          { type: 'FactDateRevised', data: { factId: 'alert', when: '?2022-04-22', previousWhen: '2022-04-22' } },
          { type: 'ActorLinked', data: { factId: 'alert', actorId: 'state-dept', role: 'sender' } },
          { type: 'TopicUntagged', data: { factId: 'alert', topicId: 'nuctech' } },
        ]);
    });

    it('retracts after the other changes and reinstates before them', () => {
      given(factDecider, [recorded()])
        .when({ type: 'SyncFact', data: { ...aFact({ summary: 'New summary' }), retracted: true } })
        .then([
          { type: 'FactSummaryEdited', data: { factId: 'alert', summary: 'New summary', notes: null } },
          { type: 'FactRetracted', data: { factId: 'alert' } },
        ]);
      given(factDecider, [recorded(), { type: 'FactRetracted', data: { factId: 'alert' } }])
        .when({ type: 'SyncFact', data: { ...aFact({ when: '2022-04-23' }), retracted: false } })
        .then([
          { type: 'FactReinstated', data: { factId: 'alert' } },
          { type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-23', previousWhen: '2022-04-22' } },
        ]);
    });

    it('refuses to change a fact that stays retracted', () => {
      given(factDecider, [recorded(), { type: 'FactRetracted', data: { factId: 'alert' } }])
        .when({ type: 'SyncFact', data: { ...aFact({ when: '2022-04-23' }), retracted: true } })
        .thenThrows(IllegalStateError, /retracted/);
    });
  });
});

describe('ReviseFactDate with a supporting citation', () => {
  it('cites the source in the same decision, after the revision', () => {
    given(factDecider, [recorded()])
      .when({ type: 'ReviseFactDate', data: { factId: 'alert', when: '2022-04-21', citation } })
      .then([
        { type: 'FactDateRevised', data: { factId: 'alert', when: '2022-04-21', previousWhen: '2022-04-22' } },
        { type: 'SourceCited', data: { factId: 'alert', citationId: citationIdOf(citation), ...citation } },
      ]);
  });
});
