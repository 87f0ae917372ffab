import { expect } from 'chai';
import type { RecordedEvent } from '../../../src/core/event.ts';
import type { EventStore } from '../../../src/store/port.ts';
import { anEvent, ids, someEvents, uniquePrefix, uniqueStream } from './fixtures.ts';

export function readSpecs(store: () => EventStore): void {
  describe('readStream', () => {
    it('returns [] for a stream that does not exist', async () => {
      expect(await store().readStream(uniqueStream())).to.deep.equal([]);
    });

    it('returns the recorded events with their stream, revision and position', async () => {
      const stream = uniqueStream();
      const event = anEvent({ title: 'Alert', nested: { list: [1, 'two', null] } }, 'FactRecorded');
      const result = await store().append(stream, [event]);
      const [read] = await store().readStream(stream);
      expect(read).to.deep.equal({ ...event, streamName: stream, revision: 0n, position: result.position });
    });

    it('reads from a revision', async () => {
      const stream = uniqueStream();
      const events = someEvents(5);
      await store().append(stream, events);
      const read = await store().readStream(stream, { fromRevision: 2n });
      expect(ids(read)).to.deep.equal(ids(events.slice(2)));
      expect(read.map((e) => e.revision)).to.deep.equal([2n, 3n, 4n]);
    });

    it('reads at most maxCount events', async () => {
      const stream = uniqueStream();
      const events = someEvents(5);
      await store().append(stream, events);
      expect(ids(await store().readStream(stream, { fromRevision: 1n, maxCount: 2 }))).to.deep.equal(
        ids(events.slice(1, 3)),
      );
    });
  });

  describe('existingStreams', () => {
    it('names the streams that hold an event, and no other', async () => {
      const [a, b, missing] = [uniqueStream(), uniqueStream(), uniqueStream()];
      await store().append(a, someEvents(2));
      await store().append(b, someEvents(1));
      expect(await store().existingStreams([missing, b, a, missing])).to.deep.equal(new Set([b, a]));
      expect(await store().existingStreams([])).to.deep.equal(new Set());
    });

    it('answers for more streams than one query of the store takes', async () => {
      const streams = Array.from({ length: 1_201 }, () => uniqueStream());
      const written = [streams[0]!, streams[600]!, streams[1_200]!];
      for (const stream of written) await store().append(stream, someEvents(1));
      expect(await store().existingStreams(streams)).to.deep.equal(new Set(written));
    });
  });

  describe('readAll', () => {
    /** Appends 3 events to each of 3 streams, interleaved; returns them in global order. */
    async function appendInterleaved(prefix: string): Promise<{ start: string | undefined; written: string[] }> {
      const start = await store().headPosition();
      const streams = [uniqueStream(prefix), uniqueStream(prefix), uniqueStream(prefix)];
      const written: string[] = [];
      for (let round = 0; round < 3; round += 1) {
        for (const stream of streams) {
          const event = anEvent({ round });
          await store().append(stream, [event]);
          written.push(event.id);
        }
      }
      return { start, written };
    }
    const ours = (prefix: string, events: RecordedEvent[]): string[] =>
      ids(events.filter((e) => e.streamName.startsWith(prefix)));

    it('reads strictly after a position, in global order', async () => {
      const prefix = uniquePrefix();
      const { start, written } = await appendInterleaved(prefix);
      const all = await store().readAll({ after: start, maxCount: 10_000 });
      expect(ours(prefix, all)).to.deep.equal(written);
      const third = all.find((e) => e.id === written[2])!;
      const rest = await store().readAll({ after: third.position, maxCount: 10_000 });
      expect(ours(prefix, rest)).to.deep.equal(written.slice(3));
    });

    it('reads at most maxCount events', async () => {
      const prefix = uniquePrefix();
      const { start } = await appendInterleaved(prefix);
      expect(await store().readAll({ after: start, maxCount: 4 })).to.have.length(4);
    });

    it('pages through everything with maxCount and the last position read', async () => {
      const prefix = uniquePrefix();
      const { start, written } = await appendInterleaved(prefix);
      const seen: RecordedEvent[] = [];
      let after = start;
      for (;;) {
        const page = await store().readAll({ after, maxCount: 2 });
        if (page.length === 0) break;
        expect(page.length).to.be.at.most(2);
        seen.push(...page);
        after = page.at(-1)!.position;
      }
      expect(ours(prefix, seen)).to.deep.equal(written);
      for (let i = 1; i < seen.length; i += 1) {
        expect(store().comparePositions(seen[i - 1]!.position, seen[i]!.position)).to.be.below(0);
      }
    });
  });
}
