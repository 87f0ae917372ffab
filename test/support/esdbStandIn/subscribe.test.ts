import { expect } from 'chai';
import { END, excludeSystemEvents, START, streamNameFilter } from '@eventstore/db-client';
import { ClientLog } from './clientLog.ts';
import { events, useStandIn } from './standInFixture.ts';

/**
 * Catch-up subscriptions to `$all` as EventStoreDB documents them ("Catch-up subscriptions",
 * "Server-side filtering"): history strictly after the start position, `caughtUp` (23.10+), then
 * live events; a filter by stream prefix or regex; and, for a filtered subscription, a checkpoint
 * every `checkpointInterval × maxSearchWindow` events the server considered.
 */
describe('EventStoreDB stand-in: subscriptions to $all', () => {
  const fixture = useStandIn({ logOptions: { seedSystemEvents: false } });

  it('confirms, sends the history, says it has caught up, then sends live events', async () => {
    const { client, standIn } = fixture();
    await client.appendToStream('fact-a', events(2));
    const log = new ClientLog();
    const subscription = log.follow(client.subscribeToAll({ fromPosition: START }));
    let confirmed = false;
    subscription.once('confirmation', () => (confirmed = true));
    await log.until(() => log.summary.includes('caughtUp'));
    await client.appendToStream('fact-b', events(1));
    await log.until(() => log.events.length === 3);
    await subscription.unsubscribe();
    expect(confirmed).to.equal(true);
    expect(log.summary).to.deep.equal(['fact-a@0', 'fact-a@1', 'caughtUp', 'fact-b@0']);
    expect(log.events.map((e) => e.position)).to.deep.equal(standIn.log.all.map((r) => r.position));
  });

  it('starts strictly after a position, or at the end', async () => {
    const { client, standIn } = fixture();
    await client.appendToStream('fact-a', events(3));
    const second = standIn.log.all[1]!.position;
    const afterSecond = new ClientLog();
    const fromEnd = new ClientLog();
    const subscriptions = [
      afterSecond.follow(client.subscribeToAll({ fromPosition: { commit: second, prepare: second } })),
      fromEnd.follow(client.subscribeToAll({ fromPosition: END })),
    ];
    await afterSecond.until(() => afterSecond.summary.includes('caughtUp'));
    await fromEnd.until(() => fromEnd.summary.includes('caughtUp'));
    await client.appendToStream('fact-a', events(1));
    await afterSecond.until(() => afterSecond.events.length === 2);
    await fromEnd.until(() => fromEnd.events.length === 1);
    await Promise.all(subscriptions.map((s) => s.unsubscribe()));
    expect(afterSecond.summary).to.deep.equal(['fact-a@2', 'caughtUp', 'fact-a@3']);
    expect(fromEnd.summary).to.deep.equal(['caughtUp', 'fact-a@3']);
  });

  it('filters by stream-name prefixes or regex, history and live alike', async () => {
    const { client } = fixture();
    await client.appendToStream('fact-a', events(1));
    await client.appendToStream('actor-a', events(1));
    await client.appendToStream('$stats-x', events(1));
    const prefixes = new ClientLog();
    const regex = new ClientLog();
    const subscriptions = [
      prefixes.follow(client.subscribeToAll({ filter: streamNameFilter({ prefixes: ['fact-', 'topic-'] }) })),
      regex.follow(client.subscribeToAll({ filter: streamNameFilter({ regex: '^[^$]' }) })),
    ];
    await prefixes.until(() => prefixes.summary.includes('caughtUp'));
    await regex.until(() => regex.summary.includes('caughtUp'));
    await client.appendToStream('topic-a', events(1));
    await prefixes.until(() => prefixes.events.length === 2);
    await regex.until(() => regex.events.length === 3);
    await Promise.all(subscriptions.map((s) => s.unsubscribe()));
    expect(prefixes.events.map((e) => e.stream)).to.deep.equal(['fact-a', 'topic-a']);
    expect(regex.events.map((e) => e.stream)).to.deep.equal(['fact-a', 'actor-a', 'topic-a']);
  });

  it('refuses event-type filters, which it does not serve', async () => {
    const log = new ClientLog();
    log.follow(fixture().client.subscribeToAll({ filter: excludeSystemEvents() }));
    await log.until(() => log.summary.includes('error'));
  });

  describe('checkpoints of a filtered subscription', () => {
    it('come every checkpointInterval × maxSearchWindow considered events, at the last one considered', async () => {
      const { client, standIn } = fixture();
      await client.appendToStream('actor-a', events(3));
      await client.appendToStream('fact-a', events(1));
      await client.appendToStream('actor-a', events(3));
      const log = new ClientLog();
      const subscription = log.follow(
        client.subscribeToAll({
          filter: streamNameFilter({
            prefixes: ['fact-'],
            maxSearchWindow: 2,
            checkpointInterval: 2,
            checkpointReached: log.checkpointReached,
          }),
        }),
      );
      await log.until(() => log.summary.includes('caughtUp'));
      await subscription.unsubscribe();
      const at = (index: number) => `checkpoint@${standIn.log.all[index]!.position}`;
      // 7 considered events, a checkpoint every 4, and one when the catch-up reaches the end.
      expect(log.summary).to.deep.equal(['fact-a@0', at(3), at(6), 'caughtUp']);
    });

    it('come for live events too', async () => {
      const { client, standIn } = fixture();
      const log = new ClientLog();
      const subscription = log.follow(
        client.subscribeToAll({
          filter: streamNameFilter({
            prefixes: ['fact-'],
            maxSearchWindow: 2,
            checkpointReached: log.checkpointReached,
          }),
        }),
      );
      await log.until(() => log.summary.includes('caughtUp'));
      await client.appendToStream('actor-a', events(3));
      await log.until(() => log.entries.length === 2);
      await subscription.unsubscribe();
      expect(log.summary).to.deep.equal(['caughtUp', `checkpoint@${standIn.log.all[1]!.position}`]);
    });
  });

  it('sends no caughtUp when playing a server older than 23.10', async () => {
    const { client, standIn } = fixture();
    standIn.node.sendsCaughtUp = false;
    await client.appendToStream('fact-a', events(1));
    const log = new ClientLog();
    const subscription = log.follow(client.subscribeToAll({ fromPosition: START }));
    await log.until(() => log.events.length === 1);
    await client.appendToStream('fact-a', events(1));
    await log.until(() => log.events.length === 2);
    await subscription.unsubscribe();
    expect(log.summary).to.deep.equal(['fact-a@0', 'fact-a@1']);
  });
});
