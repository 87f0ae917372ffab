import { expect } from 'chai';
import { ConcurrencyError, ValidationError } from '../../../src/core/errors.ts';
import type { BatchOutcome, EventStore } from '../../../src/store/port.ts';
import { anEvent, ids, someEvents, uniqueStream } from './fixtures.ts';

function result(outcome: BatchOutcome | undefined) {
  if (!outcome?.ok) throw new Error(`expected a successful outcome, got ${outcome?.error.message}`);
  return outcome.result;
}

function error(outcome: BatchOutcome | undefined): Error {
  if (!outcome || outcome.ok) throw new Error('expected a refused outcome');
  return outcome.error;
}

export function appendBatchSpecs(store: () => EventStore): void {
  describe('appendBatch', () => {
    it('commits every request and reports each outcome in request order', async () => {
      const [a, b] = [uniqueStream(), uniqueStream()];
      const [eventsA, eventsB] = [someEvents(2), someEvents(3)];
      const outcomes = await store().appendBatch([
        { stream: a, events: eventsA, expectedRevision: 'no_stream' },
        { stream: b, events: eventsB },
      ]);
      expect(outcomes.map((o) => o.ok)).to.deep.equal([true, true]);
      expect(result(outcomes[0])).to.include({ nextExpectedRevision: 1n, appended: 2 });
      expect(result(outcomes[1])).to.include({ nextExpectedRevision: 2n, appended: 3 });
      expect(store().comparePositions(result(outcomes[0]).position, result(outcomes[1]).position)).to.be.below(0);
      expect(ids(await store().readStream(a))).to.deep.equal(ids(eventsA));
      expect(ids(await store().readStream(b))).to.deep.equal(ids(eventsB));
    });

    it('reports a refused request and writes nothing of it, while the others commit', async () => {
      const [existing, fresh, invalid, later] = [uniqueStream(), uniqueStream(), uniqueStream(), uniqueStream()];
      await store().append(existing, [anEvent()]);
      const outcomes = await store().appendBatch([
        { stream: fresh, events: [anEvent()] },
        { stream: existing, events: someEvents(2), expectedRevision: 'no_stream' },
        { stream: invalid, events: [anEvent(), { ...anEvent(), id: 'not-a-uuid' }] },
        { stream: later, events: [anEvent()], expectedRevision: 'no_stream' },
      ]);
      expect(outcomes.map((o) => o.ok)).to.deep.equal([true, false, false, true]);
      expect(error(outcomes[1])).to.be.instanceOf(ConcurrencyError).and.include({ stream: existing, actual: 0n });
      expect(error(outcomes[2])).to.be.instanceOf(ValidationError);
      expect((error(outcomes[2]) as ValidationError).issues.map((i) => i.path)).to.deep.equal(['events[1].id']);
      expect(await store().readStream(existing)).to.have.length(1);
      expect(await store().readStream(invalid)).to.deep.equal([]);
      expect(await store().readStream(fresh)).to.have.length(1);
      expect(await store().readStream(later)).to.have.length(1);
    });

    it('lets a request see what earlier requests of the same batch wrote', async () => {
      const stream = uniqueStream();
      const [first, second] = [anEvent(), anEvent()];
      const outcomes = await store().appendBatch([
        { stream, events: [first], expectedRevision: 'no_stream' },
        { stream, events: [first, second], expectedRevision: 0n },
      ]);
      expect(result(outcomes[1])).to.include({ nextExpectedRevision: 1n, appended: 1 });
      expect(result(outcomes[1]).alreadyAppended).to.deep.equal([first.id]);
      expect(ids(await store().readStream(stream))).to.deep.equal([first.id, second.id]);
    });

    it('reports every event of a retried batch as already appended', async () => {
      const requests = [
        { stream: uniqueStream(), events: someEvents(2), expectedRevision: 'no_stream' as const },
        { stream: uniqueStream(), events: someEvents(1), expectedRevision: 'no_stream' as const },
      ];
      await store().appendBatch(requests);
      const retry = await store().appendBatch(requests);
      expect(retry.map((o) => result(o).appended)).to.deep.equal([0, 0]);
      expect(retry.map((o) => result(o).alreadyAppended)).to.deep.equal(requests.map((r) => ids(r.events)));
      expect(await store().readStream(requests[0]!.stream)).to.have.length(2);
    });
  });
}
