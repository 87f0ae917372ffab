import { expect } from 'chai';
import { CancelledError, NotLeaderError, START } from '@eventstore/db-client';
import { ClientLog } from './clientLog.ts';
import { events, useStandIn } from './standInFixture.ts';

/**
 * The node as a whole: a restart (the server stops — cutting its calls, as a crashed or restarted
 * EventStoreDB node does — and a new one serves the same log on the same port) and a leader
 * change (EventStoreDB drops subscriptions that required the leader with a not-leader error).
 */
describe('EventStoreDB stand-in: node restarts and leader changes', () => {
  const fixture = useStandIn();

  it('cuts open subscriptions when it stops, and serves the same log on the same port after a restart', async () => {
    const { client, standIn } = fixture();
    await client.appendToStream('fact-a', events(1));
    const log = new ClientLog();
    log.follow(client.subscribeToAll({ fromPosition: START }));
    await log.until(() => log.summary.includes('caughtUp'));
    const port = standIn.port;
    await standIn.stop();
    await log.until(() => log.summary.includes('error'));
    const failure = log.entries.find((entry) => entry.kind === 'error');
    expect(failure?.kind === 'error' && failure.error).to.be.instanceOf(CancelledError);

    await standIn.restart();
    expect(standIn.port).to.equal(port);
    await client.appendToStream('fact-a', events(1), { expectedRevision: 0n });
    const again = new ClientLog();
    const subscription = again.follow(client.subscribeToAll({ fromPosition: START }));
    await again.until(() => again.summary.includes('caughtUp'));
    await subscription.unsubscribe();
    expect(again.events.filter((e) => e.stream === 'fact-a').map((e) => e.revision)).to.deep.equal([0n, 1n]);
  });

  it('drops subscriptions that required the leader when it becomes a follower', async () => {
    const { client, standIn } = fixture();
    const log = new ClientLog();
    log.follow(client.subscribeToAll({ fromPosition: START, requiresLeader: true }));
    await log.until(() => log.summary.includes('caughtUp'));
    standIn.role = { kind: 'follower', leader: { host: '127.0.0.1', port: 1 } };
    await log.until(() => log.summary.includes('error'));
    const failure = log.entries.find((entry) => entry.kind === 'error');
    expect(failure?.kind === 'error' && failure.error).to.be.instanceOf(NotLeaderError);
  });
});
