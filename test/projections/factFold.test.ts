import { expect } from 'chai';
import fc from 'fast-check';
import type { FactEvent } from '../../src/facts/events.ts';
import type { EventPlace, FactDoc } from '../../projections/documents.ts';
import { FactFold } from '../../projections/factFold.ts';
import { projectFact } from '../../projections/factProjection.ts';
import { changedMask } from '../../projections/feed.ts';

const SEED = 1919;
const RUNS = 300;

/** Few values of each kind, so that events repeat, re-link, re-cite and withdraw what is there and what is not. */
const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const actor = pick('sedena', 'nuctech', '12');
const topic = pick('trade', 'ports');
const cite = pick('c1', 'c2');
const target = pick('alert', 'other');
const kind = pick('after' as const, 'before' as const);
const text = pick('first', 'second');
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const factId = 'alert';
const eventArb: fc.Arbitrary<FactEvent> = fc.oneof(
  fc
    .record({ summary: text, when: pick('2022-04-22', '2022-04'), place: maybe(text), notes: maybe(text) })
    .map((d) => ({ type: 'FactRecorded' as const, data: { factId, ...d } })),
  pick('2022-04-22', '2022-05').map((when) => ({
    type: 'FactDateRevised' as const,
    data: { factId, when, previousWhen: '2022-04-22' },
  })),
  fc
    .record({ summary: text, notes: maybe(text) })
    .map((d) => ({ type: 'FactSummaryEdited' as const, data: { factId, ...d } })),
  maybe(text).map((place) => ({ type: 'FactPlaceChanged' as const, data: { factId, place } })),
  fc
    .record({ actorId: actor, role: maybe(pick('recipient', 'author')) })
    .map((d) => ({ type: 'ActorLinked' as const, data: { factId, ...d } })),
  actor.map((actorId) => ({ type: 'ActorUnlinked' as const, data: { factId, actorId } })),
  topic.map((topicId) => ({ type: 'TopicTagged' as const, data: { factId, topicId } })),
  topic.map((topicId) => ({ type: 'TopicUntagged' as const, data: { factId, topicId } })),
  fc
    .record({ citationId: cite, source: pick('s1', 's2'), quote: maybe(text), credibility: maybe(pick(2, 5)) })
    .map(({ citationId, source, quote, credibility }) => ({
      type: 'SourceCited' as const,
      data: { source, quote, locator: null, statedDate: null, statedWeekday: null, credibility, factId, citationId },
    })),
  cite.map((citationId) => ({ type: 'CitationWithdrawn' as const, data: { factId, citationId } })),
  fc
    .record({ kind, target, offset: maybe(pick('P3D', 'P1M')) })
    .map((d) => ({ type: 'RelationAsserted' as const, data: { ...d, factId } })),
  fc.record({ kind, target }).map((d) => ({ type: 'RelationWithdrawn' as const, data: { factId, ...d } })),
  fc.constant({ type: 'FactRetracted' as const, data: { factId } }),
  fc.constant({ type: 'FactReinstated' as const, data: { factId } }),
);

/** Events grouped into versions (appends): each group's events share a version. */
const versionsArb = fc.array(fc.array(eventArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

const placeOf = (seq: number): EventPlace => ({
  seq,
  revision: seq - 1,
  position: String(seq),
  recordedAt: `2022-11-01T09:00:${String(seq % 60).padStart(2, '0')}.000Z`,
  recordedBy: 'ana',
});

/** A document as stored: its JSON, in key order. */
const json = (doc: FactDoc | null) => JSON.stringify(doc);

describe(`folding a fact's events in place (properties, fast-check seed ${SEED})`, () => {
  it('gives the documents and the changed fields of projecting a copy per event, and leaves earlier versions as they were', () => {
    fc.assert(
      fc.property(fc.boolean(), versionsArb, (recordedBefore, versions) => {
        // A fact recorded before the batch (a stored document) or not (null).
        const start = recordedBefore
          ? projectFact(
              null,
              { type: 'FactRecorded', data: { factId, summary: 'stored', when: '2021', place: null, notes: null } },
              placeOf(1),
            )
          : null;
        const startJson = json(start);
        const fold = new FactFold(start);
        let copied = start;
        let seq = 1;
        const kept: { doc: FactDoc | null; json: string }[] = [];
        for (const events of versions) {
          fold.newVersion();
          for (const event of events) {
            seq += 1;
            const place = placeOf(seq);
            const after = projectFact(copied, event, place);
            const mask = fold.apply(event, place);
            expect(mask, `${event.type} at ${seq}`).to.equal(changedMask(copied, after));
            expect(json(fold.doc), `${event.type} at ${seq}`).to.equal(json(after));
            copied = after;
          }
          kept.push({ doc: fold.doc, json: json(fold.doc) });
        }
        expect(json(fold.start), 'the document before the batch').to.equal(startJson);
        for (const [i, version] of kept.entries()) expect(json(version.doc), `version ${i + 1}`).to.equal(version.json);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('copies the document once for the events of one version', () => {
    const place = placeOf(2);
    const stored = projectFact(
      null,
      { type: 'FactRecorded', data: { factId, summary: 'stored', when: '2021', place: null, notes: null } },
      placeOf(1),
    );
    const fold = new FactFold(stored);
    fold.newVersion();
    fold.apply({ type: 'ActorLinked', data: { factId, actorId: 'sedena', role: null } }, place);
    const first = fold.doc;
    expect(first).not.to.equal(stored);
    fold.apply({ type: 'TopicTagged', data: { factId, topicId: 'trade' } }, placeOf(3));
    expect(fold.doc).to.equal(first);
    fold.newVersion();
    fold.apply({ type: 'TopicTagged', data: { factId, topicId: 'ports' } }, placeOf(4));
    expect(fold.doc).not.to.equal(first);
    expect(first!.topics).to.deep.equal(['trade']);
    expect(stored!.actors).to.deep.equal({});
  });
});
