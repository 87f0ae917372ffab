import { expect } from 'chai';
import { PassThrough } from 'node:stream';
import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import { ConcurrencyError, UnavailableError, ValidationError } from '../../src/core/errors.ts';
import { EventStoreDbStore } from '../../src/store/eventstoredb/EventStoreDbStore.ts';
import type { EventStoreDbTuning } from '../../src/store/eventstoredb/options.ts';
import { SubscriptionFeed, type FeedItem } from '../../src/store/eventstoredb/subscriptionFeed.ts';
import { openStore } from '../../src/store/openStore.ts';
import { eventStoreContract } from './contract.ts';
import { anEvent, caught, ids, Recorder, someEvents } from './contract/fixtures.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { InMemoryLog } from '../support/esdbStandIn/InMemoryLog.ts';

/** Small, fixed backoffs: reconnects and retries in tests take milliseconds, not seconds. */
const FAST: EventStoreDbTuning = { backoff: { initialDelayMs: 5, maxDelayMs: 20 } };

describe('EventStoreDB store', () => {
  describe('on the gRPC stand-in', () => {
    let standIn: EsdbStandIn;
    before(async () => {
      standIn = await EsdbStandIn.start();
    });
    after(async () => {
      await standIn.stop();
    });
    eventStoreContract('EventStoreDB stand-in', async () => {
      const store = new EventStoreDbStore({ ...FAST, connectionString: standIn.connectionString });
      return { store, cleanup: () => store.close() };
    });
  });

  const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
  if (connectionString) {
    eventStoreContract(`EventStoreDB server at ${connectionString.replace(/\/\/[^/@]*@/, '//***@')}`, async () => {
      const store = new EventStoreDbStore({ connectionString });
      return { store, cleanup: () => store.close() };
    });
  } else {
    describe('EventStore contract (EventStoreDB server)', () => {
      it('runs against a real server when EVENTSTORE_CONNECTION_STRING is set (e.g. esdb://127.0.0.1:2113?tls=false)');
    });
  }

  describe('adapter', () => {
    let standIn: EsdbStandIn;
    let store: EventStoreDbStore;
    const open = (tuning: EventStoreDbTuning = {}, connectionString = standIn.connectionString) =>
      (store = new EventStoreDbStore({ ...FAST, ...tuning, connectionString }));
    beforeEach(async () => {
      standIn = await EsdbStandIn.start();
    });
    afterEach(async () => {
      await store?.close();
      await standIn.stop();
    });

    describe('an append given the stream as the caller read it (streamAsRead)', () => {
      const reads = () => standIn.node.calls.filter((c) => c === 'Read').length;

      it('starts from it, without reading the stream again', async () => {
        open();
        await store.append('fact-x', someEvents(1));
        const asRead = await store.readStream('fact-x');
        const before = reads();
        const result = await store.append('fact-x', someEvents(1), { expectedRevision: 0n, streamAsRead: asRead });
        expect(result.nextExpectedRevision).to.equal(1n);
        expect(reads() - before).to.equal(0);
      });

      it('that is stale: writes nothing over what came since, and refuses with the stream as it is', async () => {
        open();
        await store.append('fact-x', someEvents(1));
        const asRead = await store.readStream('fact-x');
        await store.append('fact-x', someEvents(1), { expectedRevision: 0n });
        const error = await caught(() =>
          store.append('fact-x', someEvents(1), { expectedRevision: 0n, streamAsRead: asRead }),
        );
        expect(error).to.be.instanceOf(ConcurrencyError);
        expect((error as ConcurrencyError).events).to.have.length(2);
        expect(await store.readStream('fact-x')).to.have.length(2);
      });

      it('that is stale: reads only the events after it, and gives the whole stream with the refusal', async () => {
        open();
        await store.append('fact-x', someEvents(2));
        const asRead = await store.readStream('fact-x');
        await store.append('fact-x', someEvents(1), { expectedRevision: 1n });
        const client = store.client;
        const readFrom: unknown[] = [];
        const readStream = client.readStream.bind(client);
        client.readStream = ((stream: string, options?: { fromRevision?: unknown }) => {
          readFrom.push(options?.fromRevision);
          return readStream(stream, options as never);
        }) as typeof client.readStream;
        const error = await caught(() =>
          store.append('fact-x', someEvents(1), { expectedRevision: 1n, streamAsRead: asRead }),
        );
        expect(readFrom).to.deep.equal([2n]);
        expect(error).to.be.instanceOf(ConcurrencyError);
        const events = (error as ConcurrencyError).events!;
        expect(events.map((e) => e.id)).to.deep.equal((await store.readStream('fact-x')).map((e) => e.id));
        expect(events.map((e) => e.revision)).to.deep.equal([0n, 1n, 2n]);
      });

      it('that does not end at the expected revision: ignored, the stream is read', async () => {
        open();
        await store.append('fact-x', someEvents(2));
        const asRead = await store.readStream('fact-x');
        const before = reads();
        const error = await caught(() =>
          store.append('fact-x', someEvents(1), { expectedRevision: 0n, streamAsRead: asRead }),
        );
        expect(error).to.be.instanceOf(ConcurrencyError);
        expect(reads() - before).to.equal(1);
      });
    });

    describe('positions', () => {
      it('are "<commit>:<prepare>" of $all, ordered by commit then prepare', async () => {
        const result = await open().append('fact-a', someEvents(1));
        const last = standIn.log.all.at(-1)!.position;
        expect(result.position).to.equal(`${last}:${last}`);
        expect(store.comparePositions('10:10', '9:9')).to.be.above(0);
        expect(store.comparePositions('10:9', '10:10')).to.be.below(0);
        expect(store.comparePositions('7:7', '7:7')).to.equal(0);
      });

      it('refuses a position this store did not issue', async () => {
        expect(() => open().comparePositions('12', '1:1')).to.throw(ValidationError, /<commit>:<prepare>/);
        expect(await caught(() => store.readAll({ after: 'x' }))).to.be.instanceOf(ValidationError);
      });
    });

    describe('connection strings', () => {
      it('are opened by openStore, kurrentdb:// included', async () => {
        const opened = await openStore(standIn.connectionString.replace('esdb://', 'kurrentdb://'), {
          eventStoreDb: FAST,
        });
        try {
          expect(opened).to.be.instanceOf(EventStoreDbStore);
          expect((await opened.append('fact-a', someEvents(1))).appended).to.equal(1);
        } finally {
          await opened.close();
        }
      });

      it('with discovery need the Gossip service, which the stand-in does not serve: UnavailableError', async () => {
        const discover = `esdb+discover://127.0.0.1:${standIn.port}?tls=false&maxDiscoverAttempts=1&discoveryInterval=1`;
        const error = await caught(() => open({ retries: 0 }, discover).readStream('fact-a'));
        expect(error).to.be.instanceOf(UnavailableError);
        expect(error.message).to.contain('Failed to discover after 1 attempts');
      });

      it('that the client cannot read are refused naming the store, without the password', async () => {
        const error = await caught(() => openStore('esdb://admin:s3cret@127.0.0.1:2113?nodePreference=nowhere'));
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues[0]!.path).to.equal('store');
        expect(error.message).not.to.contain('s3cret');
      });
    });

    describe("EventStoreDB's own events ($-streams)", () => {
      it('are left out of readAll and headPosition', async () => {
        open();
        expect(standIn.log.all.map((r) => r.stream)).to.deep.equal(['$settings', '$projections-$all']);
        expect(await store.headPosition()).to.equal(undefined);
        expect(await store.readAll()).to.deep.equal([]);
        await store.append('fact-a', someEvents(1));
        standIn.log.append('$stats-127.0.0.1:2113', [
          {
            id: '9d0c1b2a-3f4e-4d5c-8b7a-6f5e4d3c2b1a',
            type: '$statsCollected',
            contentType: 'application/json',
            data: new Uint8Array(),
            customMetadata: new Uint8Array(),
          },
        ]);
        const all = await store.readAll();
        expect(all.map((e) => e.streamName)).to.deep.equal(['fact-a']);
        expect(await store.headPosition()).to.equal(all[0]!.position);
      });

      it('are left out of a subscription without a filter', async () => {
        const recorder = new Recorder();
        const subscription = open().subscribe({}, recorder);
        await recorder.caughtUp();
        const event = anEvent();
        await store.append('fact-a', [event]);
        await recorder.received(event.id);
        await subscription.close();
        expect(recorder.events.map((e) => e.streamName)).to.deep.equal(['fact-a']);
      });
    });

    describe('subscriptions', () => {
      it('move the checkpoint over stretches of the log the filter leaves out', async () => {
        open({ maxSearchWindow: 2 });
        const fact = anEvent();
        await store.append('fact-a', [fact]);
        await store.append('actor-a', someEvents(4));
        const recorder = new Recorder();
        const subscription = store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
        await recorder.caughtUp();
        await subscription.close();
        const lastActor = (await store.readStream('actor-a')).at(-1)!.position;
        const checkpoints = recorder.log.flatMap((entry) => (entry.kind === 'checkpoint' ? [entry.position] : []));
        expect(ids(recorder.events)).to.deep.equal([fact.id]);
        expect(checkpoints.at(-1)).to.equal(lastActor);
        expect(recorder.caughtUpCalls).to.deep.equal([lastActor]);
      });

      it('never report a checkpoint before the events it follows have been handled', async () => {
        open({ maxSearchWindow: 1, subscriptionBuffer: 1 });
        await store.appendBatch(
          Array.from({ length: 12 }, (_, i) => ({ stream: `${i % 2 ? 'actor' : 'fact'}-${i}`, events: someEvents(1) })),
        );
        const recorder = new Recorder(() => new Promise((resolve) => setImmediate(resolve)));
        const subscription = store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
        await recorder.caughtUp();
        await subscription.close();
        const positions = recorder.log.flatMap((entry) =>
          entry.kind === 'caughtUp' ? [] : [entry.kind === 'event' ? entry.event.position : entry.position],
        );
        for (let i = 1; i < positions.length; i += 1)
          expect(store.comparePositions(positions[i - 1]!, positions[i]!), `entry ${i}`).to.be.below(0);
        expect(recorder.events).to.have.length(6);
      });

      it('say they have caught up on servers that send no caughtUp (before 23.10)', async () => {
        standIn.node.sendsCaughtUp = false;
        await open().append('fact-a', someEvents(2));
        const recorder = new Recorder();
        const subscription = store.subscribe({}, recorder);
        await recorder.caughtUp();
        const live = anEvent();
        await store.append('fact-a', [live]);
        await recorder.received(live.id);
        await subscription.close();
        expect(recorder.log.map((entry) => entry.kind)).to.deep.equal(['event', 'event', 'caughtUp', 'event']);
      });
    });

    describe('the order of what the client reports', () => {
      /** A stand-in for the client's subscription stream: a real object-mode stream we feed by hand. */
      function clientStream(): PassThrough & AllStreamSubscription {
        return Object.assign(new PassThrough({ objectMode: true }), {
          unsubscribe: async () => {},
        }) as unknown as PassThrough & AllStreamSubscription;
      }
      const resolved = (n: number): AllStreamResolvedEvent =>
        ({ event: { position: { commit: BigInt(n), prepare: BigInt(n) } } }) as AllStreamResolvedEvent;
      const kinds = (items: (FeedItem | undefined)[]) =>
        items.map((item) => (item?.kind === 'event' ? Number(item.event.event!.position!.commit) : item?.kind));

      it('is restored: a checkpoint or caughtUp parsed while earlier events are still buffered comes after them', async () => {
        const stream = clientStream();
        const feed = new SubscriptionFeed(4);
        feed.attach(stream);
        for (let n = 1; n <= 6; n += 1) stream.write(resolved(n));
        const first = await feed.next();
        // The client parsed events 1–6: 1–4 reached the feed (which then paused the stream), 5–6 are buffered.
        feed.checkpoint({ commit: 6n, prepare: 6n });
        stream.emit('caughtUp');
        const rest: (FeedItem | undefined)[] = [];
        for (let i = 0; i < 7; i += 1) rest.push(await feed.next());
        expect(kinds([first, ...rest])).to.deep.equal([1, 2, 3, 4, 5, 6, 'checkpoint', 'caughtUp']);
        feed.detach();
      });

      it('ends with undefined once the client stream fails, after the events already received', async () => {
        const stream = clientStream();
        const feed = new SubscriptionFeed(10);
        feed.attach(stream);
        stream.write(resolved(1));
        expect(kinds([await feed.next()])).to.deep.equal([1]);
        stream.emit('error', new Error('14 UNAVAILABLE'));
        expect(await feed.next()).to.equal(undefined);
        expect((feed.ending as Error).message).to.equal('14 UNAVAILABLE');
        feed.detach();
      });
    });

    describe('when the node restarts', () => {
      const subscribeCalls = () => standIn.node.calls.filter((call) => call === 'Subscribe').length;
      it('a subscription reconnects and resumes after the last event handled: nothing lost, nothing twice', async () => {
        const history = someEvents(3);
        await open().append('fact-a', history);
        const recorder = new Recorder();
        const subscription = store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
        await recorder.caughtUp();
        await standIn.restart();
        const live = someEvents(2);
        await store.append('fact-a', live);
        await recorder.received(live[1]!.id);
        await subscription.close();
        expect(ids(recorder.events)).to.deep.equal(ids([...history, ...live]));
        expect(subscribeCalls()).to.equal(2);
        expect(recorder.caughtUpCalls).to.have.length(1);
        expect(recorder.errors).to.deep.equal([]);
      });

      it('a filtered subscription resumes from its last checkpoint, past the stretch it already scanned', async () => {
        const fact = anEvent();
        await open({ maxSearchWindow: 2 }).append('fact-a', [fact]);
        await store.append('actor-a', someEvents(4));
        const recorder = new Recorder();
        const subscription = store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
        await recorder.caughtUp();
        await standIn.restart();
        const live = anEvent();
        await store.append('fact-b', [live]);
        await recorder.received(live.id);
        await subscription.close();
        const checkpoint = standIn.log.stream('actor-a')!.at(-1)!.position;
        expect(standIn.node.subscriptionStarts).to.deep.equal(['start', checkpoint]);
        expect(ids(recorder.events)).to.deep.equal([fact.id, live.id]);
      });

      it('a subscription cut in the middle of its catch-up delivers the rest exactly once', async () => {
        const history = someEvents(6);
        await open({ subscriptionBuffer: 1 }).append('fact-a', history);
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const recorder = new Recorder(async (event) => {
          if (event.id === history[1]!.id) await gate;
        });
        const subscription = store.subscribe({}, recorder);
        await recorder.received(history[1]!.id);
        await standIn.restart();
        release();
        await recorder.caughtUp();
        await subscription.close();
        expect(ids(recorder.events)).to.deep.equal(ids(history));
        expect(subscribeCalls()).to.equal(2);
      });

      it('a subscription gives up with UnavailableError after maxReconnectAttempts without progress', async () => {
        const recorder = new Recorder();
        open({ maxReconnectAttempts: 2 }).subscribe({}, recorder);
        await recorder.caughtUp();
        await standIn.stop();
        await recorder.failed().catch(() => {});
        expect(recorder.errors).to.have.length(1);
        expect(recorder.errors[0]).to.be.instanceOf(UnavailableError);
        expect(recorder.errors[0]!.message).to.match(/safe to retry/);
      });

      it('close() does not wait for the reconnect backoff', async function () {
        this.timeout(5000);
        const recorder = new Recorder();
        const subscription = open({ backoff: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }).subscribe({}, recorder);
        await recorder.caughtUp();
        await standIn.stop();
        await subscription.close();
      });
    });

    describe('appends', () => {
      it('fail with UnavailableError and write nothing while there is no leader, and succeed once there is one', async () => {
        open({ retries: 2 });
        standIn.role = { kind: 'no-leader' };
        const events = someEvents(2);
        const error = await caught(() => store.append('fact-a', events));
        expect(error).to.be.instanceOf(UnavailableError);
        expect(error.message).to.match(/Server Is Not Ready.*safe to retry/);
        expect(standIn.log.stream('fact-a')).to.equal(undefined);
        standIn.role = { kind: 'leader' };
        expect(await store.append('fact-a', events)).to.include({ appended: 2, nextExpectedRevision: 1n });
      });

      it('follow a not-leader answer to the new leader', async () => {
        const log = new InMemoryLog();
        const [leader, follower] = [await EsdbStandIn.start({ log }), await EsdbStandIn.start({ log })];
        try {
          follower.role = { kind: 'follower', leader: leader.endpoint };
          const result = await open({}, follower.connectionString).append('fact-a', someEvents(2));
          expect(result).to.include({ appended: 2 });
          expect(leader.node.calls).to.include('Append');
          expect(follower.node.calls).not.to.include('Append');
          expect(log.stream('fact-a')).to.have.length(2);
        } finally {
          await store.close();
          await Promise.all([leader.stop(), follower.stop()]);
        }
      });

      it('whose acknowledgement was lost are found on the retry and not written twice', async () => {
        open();
        standIn.node.loseAcknowledgements = 1;
        const events = someEvents(2);
        const result = await store.append('fact-a', events, { expectedRevision: 'no_stream' });
        expect(result).to.include({ appended: 0, nextExpectedRevision: 1n });
        expect(result.alreadyAppended).to.deep.equal(ids(events));
        expect(standIn.log.stream('fact-a')!.map((r) => r.id)).to.deep.equal(ids(events));
      });
    });
  });
});
