import { expect } from 'chai';
import { ConcurrencyError } from '../../../src/core/errors.ts';
import type { EventStore } from '../../../src/store/port.ts';
import { anEvent, caught, ids, someEvents, uniqueStream } from './fixtures.ts';

export function idempotencySpecs(store: () => EventStore): void {
  describe('append of events whose ids are already in the stream', () => {
    it('reports them as already appended and writes nothing', async () => {
      const stream = uniqueStream();
      const events = someEvents(2);
      const first = await store().append(stream, events);
      const again = await store().append(stream, events);
      expect(again).to.deep.equal({
        nextExpectedRevision: 1n,
        position: first.position,
        appended: 0,
        alreadyAppended: ids(events),
      });
      expect(ids(await store().readStream(stream))).to.deep.equal(ids(events));
    });

    it('succeeds when retried with the expected revision of the first attempt', async () => {
      const stream = uniqueStream();
      const events = someEvents(2);
      await store().append(stream, events, { expectedRevision: 'no_stream' });
      await store().append(stream, [anEvent()]);
      const retry = await store().append(stream, events, { expectedRevision: 'no_stream' });
      expect(retry).to.include({ appended: 0, nextExpectedRevision: 2n });
      expect(await store().readStream(stream)).to.have.length(3);
    });

    it('writes only the new events of a partly repeated append', async () => {
      const stream = uniqueStream();
      const [a, b, c] = someEvents(3) as [
        ReturnType<typeof anEvent>,
        ReturnType<typeof anEvent>,
        ReturnType<typeof anEvent>,
      ];
      await store().append(stream, [a, b]);
      const result = await store().append(stream, [b, c], { expectedRevision: 1n });
      expect(result).to.include({ appended: 1, nextExpectedRevision: 2n });
      expect(result.alreadyAppended).to.deep.equal([b.id]);
      const read = await store().readStream(stream);
      expect(ids(read)).to.deep.equal([a.id, b.id, c.id]);
      expect(read.map((e) => e.revision)).to.deep.equal([0n, 1n, 2n]);
    });

    it('still checks the expected revision before writing the new events of a partly repeated append', async () => {
      const stream = uniqueStream();
      const [a, b] = someEvents(2) as [ReturnType<typeof anEvent>, ReturnType<typeof anEvent>];
      await store().append(stream, [a]);
      const error = await caught(() => store().append(stream, [a, b], { expectedRevision: 'no_stream' }));
      expect(error).to.be.instanceOf(ConcurrencyError);
      expect(ids(await store().readStream(stream))).to.deep.equal([a.id]);
    });

    it('accepts an id that is in another stream', async () => {
      const event = anEvent();
      const [first, second] = [uniqueStream(), uniqueStream()];
      await store().append(first, [event]);
      const result = await store().append(second, [event]);
      expect(result).to.include({ appended: 1 });
      expect(ids(await store().readStream(second))).to.deep.equal([event.id]);
    });
  });
}
