import { expect } from 'chai';
import {
  BACKWARDS,
  END,
  jsonEvent,
  START,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { events, rejection, useStandIn } from './standInFixture.ts';

async function collect(read: AsyncIterable<ResolvedEvent | AllStreamResolvedEvent>): Promise<string[]> {
  const names: string[] = [];
  for await (const resolved of read) names.push(`${resolved.event!.streamId}@${resolved.event!.revision}`);
  return names;
}

/**
 * `Streams.Read` for reads (not subscriptions), as EventStoreDB documents "Reading events":
 * streams by revision in either direction with a count, `stream_not_found` for a missing stream,
 * and `$all` — system events included — by position: forwards from a position includes the event
 * at it, backwards from a position starts before it.
 */
describe('EventStoreDB stand-in: Read', () => {
  const fixture = useStandIn();

  describe('of a stream', () => {
    beforeEach(async () => {
      await fixture().client.appendToStream('fact-a', events(5));
    });

    it('reads forwards from the start, from a revision, and at most maxCount events', async () => {
      const { client } = fixture();
      expect(await collect(client.readStream('fact-a'))).to.deep.equal([
        'fact-a@0',
        'fact-a@1',
        'fact-a@2',
        'fact-a@3',
        'fact-a@4',
      ]);
      expect(await collect(client.readStream('fact-a', { fromRevision: 3n }))).to.deep.equal(['fact-a@3', 'fact-a@4']);
      expect(await collect(client.readStream('fact-a', { fromRevision: 1n, maxCount: 2 }))).to.deep.equal([
        'fact-a@1',
        'fact-a@2',
      ]);
      expect(await collect(client.readStream('fact-a', { fromRevision: 9n }))).to.deep.equal([]);
    });

    it('reads backwards from the end or from a revision', async () => {
      const { client } = fixture();
      expect(
        await collect(client.readStream('fact-a', { direction: BACKWARDS, fromRevision: END, maxCount: 2 })),
      ).to.deep.equal(['fact-a@4', 'fact-a@3']);
      expect(await collect(client.readStream('fact-a', { direction: BACKWARDS, fromRevision: 1n }))).to.deep.equal([
        'fact-a@1',
        'fact-a@0',
      ]);
    });

    it('answers stream-not-found for a stream that does not exist', async () => {
      const error = await rejection(collect(fixture().client.readStream('fact-missing')));
      expect(error).to.be.instanceOf(StreamNotFoundError);
      expect((error as StreamNotFoundError).streamName).to.equal('fact-missing');
    });

    it('returns the id, type, JSON data and metadata, creation time and $all position of each event', async () => {
      const { client, standIn } = fixture();
      const event = jsonEvent({
        id: '3c1e0d2b-4a5f-4e6d-9c8b-7a6f5e4d3c2b',
        type: 'FactRecorded',
        data: { title: 'Alert' },
        metadata: { recordedBy: 'x' },
      });
      await client.appendToStream('fact-b', event);
      const read: ResolvedEvent[] = [];
      for await (const resolved of client.readStream('fact-b')) read.push(resolved);
      const record = standIn.log.stream('fact-b')![0]!;
      expect(read[0]!.event).to.deep.include({
        id: event.id,
        streamId: 'fact-b',
        revision: 0n,
        type: 'FactRecorded',
        isJson: true,
        data: { title: 'Alert' },
        metadata: { recordedBy: 'x' },
        position: { commit: record.position, prepare: record.position },
      });
      expect(read[0]!.event!.created.getTime()).to.equal(Number(record.created / 10_000n));
    });
  });

  describe('of $all', () => {
    it('reads forwards from the start, system events included, and from a position inclusively', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(2));
      await client.appendToStream('fact-b', events(1));
      expect(await collect(client.readAll({ fromPosition: START }))).to.deep.equal([
        '$settings@0',
        '$projections-$all@0',
        'fact-a@0',
        'fact-a@1',
        'fact-b@0',
      ]);
      const second = standIn.log.stream('fact-a')![1]!.position;
      expect(
        await collect(client.readAll({ fromPosition: { commit: second, prepare: second }, maxCount: 5 })),
      ).to.deep.equal(['fact-a@1', 'fact-b@0']);
      expect(await collect(client.readAll({ fromPosition: START, maxCount: 3 }))).to.have.length(3);
    });

    it('reads backwards from the end, and from a position exclusively', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(3));
      expect(await collect(client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }))).to.deep.equal([
        'fact-a@2',
        'fact-a@1',
      ]);
      const last = standIn.log.stream('fact-a')![2]!.position;
      expect(
        await collect(
          client.readAll({ direction: BACKWARDS, fromPosition: { commit: last, prepare: last }, maxCount: 2 }),
        ),
      ).to.deep.equal(['fact-a@1', 'fact-a@0']);
    });
  });
});
