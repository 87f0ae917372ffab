import { expect } from 'chai';
import { jsonEvent, NotLeaderError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { events, rejection, useStandIn } from './standInFixture.ts';

/**
 * `Streams.Append` as EventStoreDB documents it ("Appending events", "Optimistic concurrency"):
 * the expected revision is `any`, `no_stream`, `stream_exists` or the exact revision of the last
 * event; a mismatch writes nothing and reports the stream's current revision.
 */
describe('EventStoreDB stand-in: Append', () => {
  const fixture = useStandIn();

  it('is reached through plain Append, because ServerFeatures is not served', async () => {
    const { client, standIn } = fixture();
    await client.appendToStream('fact-a', events(1));
    expect(standIn.node.calls).to.deep.equal(['Append']);
  });

  it('creates a stream with no_stream and reports its revision and the position of the last event', async () => {
    const { client, standIn } = fixture();
    const result = await client.appendToStream('fact-a', events(2), { expectedRevision: 'no_stream' });
    const last = standIn.log.stream('fact-a')!.at(-1)!;
    expect(result).to.deep.equal({
      success: true,
      nextExpectedRevision: 1n,
      position: { commit: last.position, prepare: last.position },
    });
  });

  it('appends with any, with stream_exists and with the exact revision', async () => {
    const { client } = fixture();
    await client.appendToStream('fact-a', events(1), { expectedRevision: 'any' });
    await client.appendToStream('fact-a', events(1), { expectedRevision: 'stream_exists' });
    const result = await client.appendToStream('fact-a', events(2), { expectedRevision: 1n });
    expect(result.nextExpectedRevision).to.equal(3n);
  });

  it('keeps the event id, type, JSON data and metadata', async () => {
    const { client, standIn } = fixture();
    const event = jsonEvent({
      id: '0f8e2a6c-1b3d-4c5e-8f70-9a1b2c3d4e5f',
      type: 'FactRecorded',
      data: { title: 'Alert' },
      metadata: { recordedBy: 'x' },
    });
    await client.appendToStream('fact-a', event);
    const [record] = standIn.log.stream('fact-a')!;
    expect(record).to.include({ id: event.id, type: 'FactRecorded', contentType: 'application/json', revision: 0n });
    expect(JSON.parse(Buffer.from(record!.data).toString())).to.deep.equal({ title: 'Alert' });
    expect(JSON.parse(Buffer.from(record!.customMetadata).toString())).to.deep.equal({ recordedBy: 'x' });
  });

  describe('when the expected revision does not hold', () => {
    async function refused(
      stream: string,
      expectedRevision: 'no_stream' | 'stream_exists' | bigint,
    ): Promise<WrongExpectedVersionError> {
      const error = await rejection(fixture().client.appendToStream(stream, events(1), { expectedRevision }));
      expect(error).to.be.instanceOf(WrongExpectedVersionError);
      return error as WrongExpectedVersionError;
    }

    it('reports the current revision of a stream that exists, and writes nothing', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(2));
      expect(await refused('fact-a', 'no_stream')).to.include({
        streamName: 'fact-a',
        expectedVersion: 'no_stream',
        actualVersion: 1n,
      });
      expect(await refused('fact-a', 0n)).to.include({ expectedVersion: 0n, actualVersion: 1n });
      expect(standIn.log.stream('fact-a')).to.have.length(2);
    });

    it('reports no_stream for a stream that does not exist, and does not create it', async () => {
      const { standIn } = fixture();
      expect(await refused('fact-b', 'stream_exists')).to.include({
        expectedVersion: 'stream_exists',
        actualVersion: 'no_stream',
      });
      expect(await refused('fact-b', 0n)).to.include({ expectedVersion: 0n, actualVersion: 'no_stream' });
      expect(standIn.log.stream('fact-b')).to.equal(undefined);
    });
  });

  describe('in a cluster', () => {
    it('writes nothing and answers UNAVAILABLE "Server Is Not Ready" while there is no leader', async () => {
      const { client, standIn } = fixture();
      standIn.role = { kind: 'no-leader' };
      const error = await rejection(client.appendToStream('fact-a', events(1)));
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.message).to.contain('Server Is Not Ready');
      expect(standIn.log.stream('fact-a')).to.equal(undefined);
    });

    it('on a follower, forwards writes but answers requires-leader ones with the leader’s endpoint', async () => {
      const { client, standIn } = fixture();
      standIn.role = { kind: 'follower', leader: { host: '127.0.0.1', port: 2113 } };
      await client.appendToStream('fact-a', events(1));
      const error = await rejection(client.appendToStream('fact-a', events(1), { requiresLeader: true }));
      expect(error).to.be.instanceOf(NotLeaderError);
      expect((error as NotLeaderError).leader).to.deep.equal({ address: '127.0.0.1', port: 2113 });
      expect(standIn.log.stream('fact-a')).to.have.length(1);
    });

    it('can lose an acknowledgement: the events are written, the call fails with UNAVAILABLE', async () => {
      const { client, standIn } = fixture();
      standIn.node.loseAcknowledgements = 1;
      const error = await rejection(client.appendToStream('fact-a', events(1)));
      expect((error as { code?: number }).code).to.equal(14);
      expect(standIn.log.stream('fact-a')).to.have.length(1);
    });
  });
});
