import { expect } from 'chai';
import { DeadlineExceededError, START, UnavailableError } from '@eventstore/db-client';
import { until } from './chronicleOnStandIn.ts';
import { ClientLog } from './clientLog.ts';
import { InMemoryLog } from './InMemoryLog.ts';
import { events, rejection, useStandIn } from './standInFixture.ts';

/**
 * The faults the stand-in plays for the store's fault tests: a frozen node (SIGSTOP: connections
 * accepted, nothing answered), cut connections, appends cut before or after they are written or
 * held until released, and a node that comes back empty or from an older backup.
 */
describe('EventStoreDB stand-in: faults', () => {
  const fixture = useStandIn();

  describe('a frozen node', () => {
    it('accepts the call and answers nothing until it is thawed, then answers what it was asked', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(2));
      standIn.proxy.freeze();
      const held = standIn.proxy.held;
      const reading = (async () => {
        const read = [];
        for await (const resolved of client.readStream('fact-a', { fromRevision: START })) read.push(resolved);
        return read;
      })();
      await until(() => standIn.proxy.held > held);
      expect(standIn.node.calls.filter((c) => c === 'Read')).to.have.length(0);
      standIn.proxy.thaw();
      expect(await reading).to.have.length(2);
    });

    it('leaves a call with a deadline to fail with DEADLINE_EXCEEDED', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(1));
      standIn.proxy.freeze();
      const error = await rejection(client.appendToStream('fact-a', events(1), { deadline: 50 }));
      expect(error).to.be.instanceOf(DeadlineExceededError);
      standIn.proxy.thaw();
    });
  });

  describe('cut connections', () => {
    it('end an open subscription with UNAVAILABLE; the next call connects again', async () => {
      const { client, standIn } = fixture();
      const log = new ClientLog();
      log.follow(client.subscribeToAll({ fromPosition: START }));
      await log.until(() => log.summary.includes('caughtUp'));
      standIn.proxy.cut();
      await log.until(() => log.summary.includes('error'));
      const failure = log.entries.find((entry) => entry.kind === 'error');
      expect(failure?.kind === 'error' && failure.error).to.be.instanceOf(UnavailableError);
      expect(standIn.proxy.cuts).to.be.above(0);
      const result = await client.appendToStream('fact-a', events(1));
      expect(result.nextExpectedRevision).to.equal(0n);
    });
  });

  describe('append faults', () => {
    it('cut-after-write: the events are written, the client gets UNAVAILABLE', async () => {
      const { client, standIn } = fixture();
      standIn.node.appendFaults = ['cut-after-write'];
      expect(await rejection(client.appendToStream('fact-a', events(1)))).to.be.instanceOf(UnavailableError);
      expect(standIn.log.stream('fact-a')).to.have.length(1);
    });

    it('cut-before-write: nothing is written, the client gets UNAVAILABLE', async () => {
      const { client, standIn } = fixture();
      standIn.node.appendFaults = ['cut-before-write'];
      expect(await rejection(client.appendToStream('fact-a', events(1)))).to.be.instanceOf(UnavailableError);
      expect(standIn.log.stream('fact-a')).to.equal(undefined);
    });

    it('stall: nothing is written or answered until released, then the events are written', async () => {
      const { client, standIn } = fixture();
      standIn.node.appendFaults = ['stall', 'none'];
      const error = await rejection(client.appendToStream('fact-a', events(1), { deadline: 50 }));
      expect(error).to.be.instanceOf(DeadlineExceededError);
      expect(standIn.log.stream('fact-a')).to.equal(undefined);
      standIn.node.releaseStalledAppends();
      expect(standIn.log.stream('fact-a')).to.have.length(1);
      expect((await client.appendToStream('fact-a', events(1))).nextExpectedRevision).to.equal(1n);
    });
  });

  describe('a node restarted over another log', () => {
    it('restored from an older backup keeps its events where they were and writes new ones at positions given before', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(1));
      await client.appendToStream('fact-b', events(1));
      const lost = standIn.log.stream('fact-b')![0]!;
      const kept = standIn.log.stream('fact-a')![0]!;
      await standIn.restart({ log: standIn.log.restoredTo(standIn.log.all.length - 1) });
      expect(standIn.log.stream('fact-b')).to.equal(undefined);
      expect(standIn.log.stream('fact-a')![0]).to.deep.equal(kept);
      await client.appendToStream('fact-c', events(1));
      expect(standIn.log.stream('fact-c')![0]!.position).to.equal(lost.position);
    });

    it('that is empty serves nothing of what was written', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('fact-a', events(1));
      await standIn.restart({ log: new InMemoryLog() });
      expect(standIn.log.stream('fact-a')).to.equal(undefined);
      const result = await client.appendToStream('fact-a', events(1), { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).to.equal(0n);
    });
  });
});
