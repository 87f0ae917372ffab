import { expect } from 'chai';
import type { ActorEvent } from '../../src/actors/events.ts';
import type { SourceEvent } from '../../src/sources/events.ts';
import type { EventPlace } from '../../projections/documents.ts';
import { projectActor, projectSource, projectTopic } from '../../projections/registryProjections.ts';
import { readBack } from '../support/builders.ts';

const place = (seq: number): EventPlace => ({
  seq,
  revision: seq - 1,
  position: String(seq * 10),
  recordedAt: `2022-11-01T09:00:0${seq}.000Z`,
  recordedBy: seq === 1 ? 'ana' : 'bo',
});

/** Events in, the stored document out: every event as read back from the store, in turn. */
function project<E, D>(events: E[], projection: (doc: D | null, event: E, place: EventPlace) => D | null): D | null {
  return events
    .map((e) => readBack(e as never) as E)
    .reduce<D | null>((d, e, i) => projection(d, e, place(i + 1)), null);
}

const META =
  '"revision":1,"firstSeq":1,"firstPosition":"10","lastPosition":"20","createdAt":"2022-11-01T09:00:01.000Z",' +
  '"createdBy":"ana","updatedAt":"2022-11-01T09:00:02.000Z","updatedBy":"bo"';

describe('the registry projections', () => {
  describe('actors', () => {
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

    it('store an actor merged into another as this JSON, keys in this order', () => {
      const doc = project(
        [registered, { type: 'ActorMerged', data: { actorId: 'sedena', into: 'defensa' } }],
        projectActor,
      );
      expect(JSON.stringify(doc)).to.equal(
        '{"actorId":"sedena","name":"Secretariat of National Defense","kind":"government-body","aliases":["Sedena"],' +
          `"notes":null,"mergedInto":"defensa",${META}}`,
      );
    });

    it('keep the name, aliases and description an actor is given later', () => {
      const doc = project(
        [
          registered,
          {
            type: 'ActorRenamed',
            data: { actorId: 'sedena', name: 'Sedena', previousName: 'Secretariat of National Defense' },
          },
          { type: 'ActorAliasAdded', data: { actorId: 'sedena', alias: 'Defensa' } },
          { type: 'ActorDescribed', data: { actorId: 'sedena', kind: 'organization', notes: 'the army' } },
        ],
        projectActor,
      );
      expect(doc).to.deep.include({
        name: 'Sedena',
        aliases: ['Sedena', 'Defensa'],
        kind: 'organization',
        notes: 'the army',
      });
    });

    it('leave an actor absent when the log holds events of it but not its registration', () => {
      expect(project([{ type: 'ActorAliasAdded', data: { actorId: 'x', alias: 'X' } }], projectActor)).to.equal(null);
    });
  });

  describe('topics', () => {
    it('store a renamed topic as this JSON, keys in this order', () => {
      const doc = project(
        [
          { type: 'TopicDefined', data: { topicId: 'scanners', label: 'Scanners', parent: 'nuctech', notes: null } },
          { type: 'TopicRenamed', data: { topicId: 'scanners', label: 'Border scanners', previousLabel: 'Scanners' } },
        ],
        projectTopic,
      );
      expect(JSON.stringify(doc)).to.equal(
        `{"topicId":"scanners","label":"Border scanners","parent":"nuctech","notes":null,${META}}`,
      );
    });

    it('move a topic to another parent', () => {
      const doc = project(
        [
          { type: 'TopicDefined', data: { topicId: 'scanners', label: 'Scanners', parent: null, notes: null } },
          { type: 'TopicDescribed', data: { topicId: 'scanners', parent: 'nuctech', notes: 'x-ray' } },
        ],
        projectTopic,
      );
      expect(doc).to.deep.include({ parent: 'nuctech', notes: 'x-ray' });
    });
  });

  describe('sources', () => {
    const registered: SourceEvent = {
      type: 'SourceRegistered',
      data: {
        sourceId: 'yucatan-times',
        title: 'US warns Mexico',
        publisher: 'Yucatan Times',
        url: 'https://example.org/a',
        publishedOn: '2022-10',
        notes: null,
        locale: 'es-MX',
        reliability: 'C',
      },
    };

    it('store a re-rated source as this JSON, keys in this order', () => {
      const doc = project(
        [
          registered,
          { type: 'SourceReliabilityRated', data: { sourceId: 'yucatan-times', reliability: 'B', previous: 'C' } },
        ],
        projectSource,
      );
      expect(JSON.stringify(doc)).to.equal(
        '{"title":"US warns Mexico","publisher":"Yucatan Times","url":"https://example.org/a","publishedOn":"2022-10",' +
          `"notes":null,"locale":"es-MX","sourceId":"yucatan-times","reliability":"B",${META}}`,
      );
    });

    it('take corrected details', () => {
      const doc = project(
        [
          registered,
          {
            type: 'SourceDetailsEdited',
            data: {
              sourceId: 'yucatan-times',
              title: 'US warns Mexico over scanners',
              publisher: null,
              url: null,
              publishedOn: '2022-10-03',
              notes: 'print edition',
              locale: 'en-US',
            },
          },
        ],
        projectSource,
      );
      expect(doc).to.deep.include({
        title: 'US warns Mexico over scanners',
        publisher: null,
        url: null,
        publishedOn: '2022-10-03',
        notes: 'print edition',
        locale: 'en-US',
        reliability: 'C',
      });
    });
  });
});
