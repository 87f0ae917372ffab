import { expect } from 'chai';
import { UnavailableError } from '../../src/core/errors.ts';
import { EventStoreDbStore } from '../../src/store/eventstoredb/EventStoreDbStore.ts';
import type { EventStoreDbTuning } from '../../src/store/eventstoredb/options.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { anEvent, caught, ids, Recorder, someEvents } from './contract/fixtures.ts';

/**
 * Every call to EventStoreDB has a bound (`timeoutMs`, `CHRONICLE_STORE_TIMEOUT`), retries
 * included, and an append that got no answer is looked for before it is reported: the stand-in
 * plays a frozen node (connections accepted, nothing answered), cut connections and late commits.
 * A test that would hang for the whole freeze without the bound fails on mocha's timeout.
 */
describe('EventStoreDB store under faults', function () {
  this.timeout(10_000);
  const TIMEOUT_MS = 1000;
  let standIn: EsdbStandIn;
  let store: EventStoreDbStore;
  const open = (tuning: EventStoreDbTuning = {}) =>
    (store = new EventStoreDbStore({
      backoff: { initialDelayMs: 5, maxDelayMs: 20 },
      timeoutMs: TIMEOUT_MS,
      outcomeCheckMs: 300,
      ...tuning,
      connectionString: standIn.connectionString,
    }));
  beforeEach(async () => {
    standIn = await EsdbStandIn.start();
  });
  afterEach(async () => {
    standIn.proxy.thaw();
    await store?.close();
    await standIn.stop();
  });

  /** A store whose client has already connected (and asked the server's features). */
  async function warm(tuning: EventStoreDbTuning = {}): Promise<EventStoreDbStore> {
    open(tuning);
    await store.append('fact-warm', someEvents(1));
    return store;
  }

  describe('on a frozen node', () => {
    it('a stream read, a $all read and the head fail with UnavailableError instead of waiting for the node', async () => {
      await warm();
      standIn.proxy.freeze();
      for (const call of [() => store.readStream('fact-warm'), () => store.readAll(), () => store.headPosition()]) {
        const error = await caught(call);
        expect(error).to.be.instanceOf(UnavailableError);
        expect(error.message).to.match(/did not answer within 1000 ms.*safe to retry/);
      }
    });

    it('the first call of a new client, which waits for a connection that never answers, fails too', async () => {
      open();
      standIn.proxy.freeze();
      expect(await caught(() => store.readStream('fact-a'))).to.be.instanceOf(UnavailableError);
    });

    it('an append that could not even read the stream wrote nothing, and says so', async () => {
      await warm();
      standIn.proxy.freeze();
      const error = (await caught(() =>
        store.append('fact-warm', someEvents(1), { expectedRevision: 'any' }),
      )) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.writeOutcome).to.equal('not-recorded');
    });

    it('an append sent to it may have been written: it says so, and a retry after the thaw writes nothing twice', async () => {
      await warm();
      const events = someEvents(2);
      standIn.proxy.freeze();
      const error = (await caught(() =>
        store.append('fact-a', events, { expectedRevision: 'no_stream' }),
      )) as UnavailableError;
      expect(error).to.be.instanceOf(UnavailableError);
      expect(error.writeOutcome).to.equal('unknown');
      expect(error.message).to.match(/may have been written: retry with the same Idempotency-Key/);
      standIn.proxy.thaw();
      const retried = await store.append('fact-a', events, { expectedRevision: 'no_stream' });
      expect(retried.appended + retried.alreadyAppended.length).to.equal(2);
      expect(standIn.log.stream('fact-a')!.map((r) => r.id)).to.deep.equal(ids(events));
    });

    it("a caller's signal that has aborted ends the call at once", async () => {
      await warm();
      standIn.proxy.freeze();
      const error = (await caught(() =>
        store.append('fact-warm', someEvents(1), { signal: AbortSignal.abort() }),
      )) as UnavailableError;
      expect(error.message).to.match(/within the request's deadline/);
      expect(error.writeOutcome).to.equal('not-recorded');
    });

    it('a subscription that the node never confirms gives up after maxReconnectAttempts instead of waiting', async () => {
      await warm({ maxReconnectAttempts: 1 });
      const recorder = new Recorder();
      store.subscribe({}, recorder);
      await recorder.caughtUp();
      standIn.proxy.freeze();
      standIn.proxy.cut();
      await recorder.failed().catch(() => {});
      expect(recorder.errors[0]).to.be.instanceOf(UnavailableError);
      expect(recorder.errors[0]!.message).to.match(/did not confirm the subscription/);
    });
  });

  describe('appends whose answer never came', () => {
    it('written, then the connection cut: found on the retry, written once', async () => {
      await warm();
      standIn.node.appendFaults = ['cut-after-write'];
      const events = someEvents(2);
      const result = await store.append('fact-warm', events, { expectedRevision: 0n });
      expect(result).to.include({ appended: 0, nextExpectedRevision: 2n });
      expect(result.alreadyAppended).to.deep.equal(ids(events));
      expect(
        standIn.log
          .stream('fact-warm')!
          .map((r) => r.id)
          .slice(1),
      ).to.deep.equal(ids(events));
    });

    it('cut before the write: written by the retry, once', async () => {
      await warm();
      standIn.node.appendFaults = ['cut-before-write'];
      const result = await store.append('fact-warm', someEvents(1), { expectedRevision: 0n });
      expect(result).to.include({ appended: 1, nextExpectedRevision: 1n });
    });

    it('held by the node past the deadline: unknown, and a retry once it is written reports it already appended', async () => {
      await warm({ retries: 0 });
      standIn.node.appendFaults = ['stall'];
      const event = anEvent();
      const error = (await caught(() =>
        store.append('fact-warm', [event], { expectedRevision: 0n }),
      )) as UnavailableError;
      expect(error.writeOutcome).to.equal('unknown');
      expect(standIn.log.stream('fact-warm')).to.have.length(1);
      standIn.node.releaseStalledAppends();
      const retried = await store.append('fact-warm', [event], { expectedRevision: 0n });
      expect(retried.alreadyAppended).to.deep.equal([event.id]);
      expect(standIn.log.stream('fact-warm')!.map((r) => r.id))
        .to.include(event.id)
        .and.to.have.length(2);
    });

    it('held, while another writer moved the stream on: then it can never be written, and says so', async () => {
      await warm({ retries: 0 });
      standIn.node.appendFaults = ['stall', 'none'];
      const appending = caught(() => store.append('fact-warm', someEvents(1), { expectedRevision: 0n }));
      const other = new EventStoreDbStore({ connectionString: standIn.connectionString });
      try {
        await other.append('fact-warm', someEvents(1), { expectedRevision: 0n });
      } finally {
        await other.close();
      }
      const error = (await appending) as UnavailableError;
      expect(error.writeOutcome).to.equal('not-recorded');
    });
  });

  describe('a dropped subscription', () => {
    it('asks beforeReconnect before it connects again, resumes where it is told, and retries while it cannot tell', async () => {
      await warm();
      const history = someEvents(2);
      await store.append('fact-a', history);
      let asked = 0;
      const recorder = new Recorder();
      const first = standIn.log.stream('fact-a')![0]!.position;
      const handlers = {
        ...recorder,
        beforeReconnect: async () => {
          asked += 1;
          if (asked === 1) throw new UnavailableError('not yet');
          return `${first}:${first}`;
        },
      };
      const subscription = store.subscribe({ filter: { streamPrefixes: ['fact-a'] } }, handlers);
      await recorder.caughtUp();
      standIn.proxy.cut();
      const live = anEvent();
      await store.append('fact-a', [live]);
      await recorder.received(live.id);
      await subscription.close();
      expect(asked).to.equal(2);
      // Resumed after the first event: the second is delivered again, then the live one.
      expect(ids(recorder.events)).to.deep.equal([...ids(history), history[1]!.id, live.id]);
    });

    it('stops with onError when beforeReconnect fails for a reason that will not pass', async () => {
      await warm();
      const recorder = new Recorder();
      const lost = new Error('the log lost what the read models hold');
      store.subscribe({}, { ...recorder, beforeReconnect: () => Promise.reject(lost) });
      await recorder.caughtUp();
      standIn.proxy.cut();
      await recorder.failed().catch(() => {});
      expect(recorder.errors).to.deep.equal([lost]);
    });
  });
});
