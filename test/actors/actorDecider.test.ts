import { IllegalStateError, NotFoundError, ValidationError, AlreadyExistsError } from '../../src/core/errors.ts';
import { actorDecider } from '../../src/actors/decider.ts';
import type { ActorEvent } from '../../src/actors/events.ts';
import { given } from '../support/deciderSpec.ts';

const registered: ActorEvent = {
  type: 'ActorRegistered',
  data: {
    actorId: 'sedena',
    name: 'Secretariat of National Defense',
    kind: 'government-body',
    aliases: ['Sedena'],
    notes: null,
  },
};

describe('the actor decider', () => {
  it('registers an actor, dropping aliases equal to its name or repeated', () => {
    given(actorDecider)
      .when({
        type: 'RegisterActor',
        data: {
          actorId: 'sedena',
          name: 'Secretariat of National Defense',
          kind: 'government-body',
          aliases: ['Sedena', 'Sedena', 'Secretariat of National Defense'],
          notes: null,
        },
      })
      .then([registered]);
  });

  it('refuses to register an actor twice', () => {
    given(actorDecider, [registered])
      .when({ type: 'RegisterActor', data: { ...registered.data, aliases: [] } as never })
      .thenThrows(AlreadyExistsError);
  });

  it('renames an actor and keeps the previous name in the event', () => {
    given(actorDecider, [registered])
      .when({ type: 'RenameActor', data: { actorId: 'sedena', name: 'Secretaría de la Defensa Nacional' } })
      .then([
        {
          type: 'ActorRenamed',
          data: {
            actorId: 'sedena',
            name: 'Secretaría de la Defensa Nacional',
            previousName: 'Secretariat of National Defense',
          },
        },
      ]);
  });

  it('refuses an alias the actor already has', () => {
    given(actorDecider, [registered])
      .when({ type: 'AddActorAlias', data: { actorId: 'sedena', alias: 'Sedena' } })
      .thenThrows(IllegalStateError);
  });

  it('merges an actor into another, once', () => {
    given(actorDecider, [registered])
      .when({ type: 'MergeActor', data: { actorId: 'sedena', into: 'defense-ministry' } })
      .then([{ type: 'ActorMerged', data: { actorId: 'sedena', into: 'defense-ministry' } }]);
    given(actorDecider, [registered, { type: 'ActorMerged', data: { actorId: 'sedena', into: 'defense-ministry' } }])
      .when({ type: 'MergeActor', data: { actorId: 'sedena', into: 'defense-ministry' } })
      .then([]);
    given(actorDecider, [registered, { type: 'ActorMerged', data: { actorId: 'sedena', into: 'defense-ministry' } }])
      .when({ type: 'MergeActor', data: { actorId: 'sedena', into: 'army' } })
      .thenThrows(IllegalStateError, /already merged/);
  });

  it('refuses to merge an actor into itself', () => {
    given(actorDecider, [registered])
      .when({ type: 'MergeActor', data: { actorId: 'sedena', into: 'sedena' } })
      .thenThrows(ValidationError, /itself/);
  });

  it('refuses to rename an actor that does not exist', () => {
    given(actorDecider)
      .when({ type: 'RenameActor', data: { actorId: 'nobody', name: 'X' } })
      .thenThrows(NotFoundError);
  });

  it('syncs a dossier actor: renames, redescribes and adds only new aliases', () => {
    given(actorDecider, [registered])
      .when({
        type: 'SyncActor',
        data: {
          actorId: 'sedena',
          name: 'Sedena (Mexico)',
          kind: 'government-body',
          aliases: ['Sedena', 'Defensa'],
          notes: 'army',
        },
      })
      .then([
        {
          type: 'ActorRenamed',
          data: { actorId: 'sedena', name: 'Sedena (Mexico)', previousName: 'Secretariat of National Defense' },
        },
        { type: 'ActorDescribed', data: { actorId: 'sedena', kind: 'government-body', notes: 'army' } },
        { type: 'ActorAliasAdded', data: { actorId: 'sedena', alias: 'Defensa' } },
      ]);
  });
});
