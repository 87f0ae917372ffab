import { expect } from 'chai';
import type { NewEvent } from '../../../src/core/event.ts';
import type { EventStore, SubscribeOptions } from '../../../src/store/port.ts';
import { anEvent, ids, Recorder, someEvents, uniquePrefix, uniqueStream } from './fixtures.ts';

export function subscribeSpecs(store: () => EventStore): void {
  describe('subscribe', () => {
    /** Appends `event` and waits until a fresh subscription sees it: everything before it has settled. */
    async function barrier(prefix: string, after: string | undefined): Promise<NewEvent> {
      const event = anEvent({ barrier: true });
      await store().append(uniqueStream(prefix), [event]);
      const witness = new Recorder();
      const subscription = store().subscribe({ after, filter: { streamPrefixes: [prefix] } }, witness);
      await witness.received(event.id);
      await subscription.close();
      return event;
    }

    function subscribe(options: SubscribeOptions, recorder: Recorder) {
      return store().subscribe(options, recorder);
    }

    it('delivers the history, then calls onCaughtUp once, then delivers live appends', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      const stream = uniqueStream(prefix);
      const history = someEvents(3);
      await store().append(stream, history);
      const recorder = new Recorder();
      const subscription = subscribe({ after: start, filter: { streamPrefixes: [prefix] } }, recorder);
      await recorder.caughtUp();
      const live = someEvents(2);
      await store().append(stream, live.slice(0, 1));
      await store().append(uniqueStream(prefix), live.slice(1));
      await recorder.received(live[1]!.id);
      await subscription.close();
      expect(
        recorder.log.filter((e) => e.kind !== 'checkpoint').map((e) => (e.kind === 'event' ? e.event.id : e.kind)),
      ).to.deep.equal([...ids(history), 'caughtUp', ...ids(live)]);
      expect(recorder.caughtUpCalls).to.have.length(1);
      expect(store().comparePositions(recorder.caughtUpCalls[0]!, recorder.events[2]!.position)).to.be.at.least(0);
    });

    it('resumes strictly after the given position', async () => {
      const prefix = uniquePrefix();
      const stream = uniqueStream(prefix);
      const events = someEvents(3);
      await store().append(stream, events);
      const [, second] = await store().readStream(stream);
      const recorder = new Recorder();
      const subscription = subscribe({ after: second!.position, filter: { streamPrefixes: [prefix] } }, recorder);
      await recorder.caughtUp();
      await subscription.close();
      expect(ids(recorder.events)).to.deep.equal([events[2]!.id]);
    });

    it('delivers only the streams whose names start with a filtered prefix', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      const [fact, actor] = [anEvent(), anEvent()];
      await store().append(`${prefix}fact-1`, [fact]);
      await store().append(`${prefix}actor-1`, [actor]);
      const recorder = new Recorder();
      const subscription = subscribe(
        { after: start, filter: { streamPrefixes: [`${prefix}fact-`, `${prefix}topic-`] } },
        recorder,
      );
      await recorder.caughtUp();
      const [liveActor, liveTopic] = [anEvent(), anEvent()];
      await store().append(`${prefix}actor-2`, [liveActor]);
      await store().append(`${prefix}topic-1`, [liveTopic]);
      await recorder.received(liveTopic.id);
      await subscription.close();
      expect(ids(recorder.events)).to.deep.equal([fact.id, liveTopic.id]);
    });

    it('never delivers an event twice or skips one when appends race with the catch-up', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      const streams = [uniqueStream(prefix), uniqueStream(prefix), uniqueStream(prefix)];
      const expected: string[] = [];
      const pending: Promise<unknown>[] = [];
      const appendTo = (stream: string) => {
        const event = anEvent();
        expected.push(event.id);
        pending.push(store().append(stream, [event]));
      };
      for (let i = 0; i < 30; i += 1) appendTo(streams[i % 3]!);
      await Promise.all(pending);
      let delivered = 0;
      const recorder = new Recorder(async () => {
        delivered += 1;
        // While the history is being delivered, keep appending (awaited and not).
        if (delivered <= 10) appendTo(streams[delivered % 3]!);
        if (delivered === 5) {
          const event = anEvent();
          expected.push(event.id);
          await store().append(streams[0]!, [event]);
        }
      });
      const subscription = subscribe({ after: start, filter: { streamPrefixes: [prefix] } }, recorder);
      for (let i = 0; i < 5; i += 1) appendTo(streams[i % 3]!);
      await recorder.caughtUp();
      await Promise.all(pending);
      const last = await barrier(prefix, start);
      await recorder.received(last.id);
      await subscription.close();

      const got = ids(recorder.events);
      expect(new Set(got).size, 'no duplicates').to.equal(got.length);
      const wanted = [...expected, last.id];
      expect(got.filter((id) => wanted.includes(id))).to.have.members(wanted);
      const positions = recorder.events.map((e) => e.position);
      for (let i = 1; i < positions.length; i += 1)
        expect(store().comparePositions(positions[i - 1]!, positions[i]!)).to.be.below(0);
    });

    it('stops delivering once close() has resolved', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      const first = anEvent();
      await store().append(uniqueStream(prefix), [first]);
      const recorder = new Recorder();
      const subscription = subscribe({ after: start, filter: { streamPrefixes: [prefix] } }, recorder);
      await recorder.received(first.id);
      await subscription.close();
      await store().append(uniqueStream(prefix), [anEvent()]);
      await barrier(prefix, start);
      expect(ids(recorder.events)).to.deep.equal([first.id]);
    });

    it('close() resolves only when the running handler has finished', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let finished = false;
      const recorder = new Recorder(async () => {
        await gate;
        finished = true;
      });
      await store().append(uniqueStream(prefix), someEvents(2));
      const subscription = subscribe({ after: start, filter: { streamPrefixes: [prefix] } }, recorder);
      await recorder.until(() => recorder.events.length === 1);
      let closed = false;
      const closing = subscription.close().then(() => (closed = true));
      await new Promise((resolve) => setImmediate(resolve));
      expect(closed, 'close() resolved while a handler was running').to.equal(false);
      release();
      await closing;
      expect(finished).to.equal(true);
      expect(recorder.events).to.have.length(1);
    });

    it('stops and calls onError when a handler throws', async () => {
      const prefix = uniquePrefix();
      const start = await store().headPosition();
      const boom = new Error('projection failed');
      const recorder = new Recorder(() => {
        throw boom;
      });
      await store().append(uniqueStream(prefix), someEvents(2));
      const subscription = subscribe({ after: start, filter: { streamPrefixes: [prefix] } }, recorder);
      await recorder.failed();
      await barrier(prefix, start);
      await subscription.close();
      expect(recorder.errors).to.deep.equal([boom]);
      expect(recorder.events).to.have.length(1);
    });
  });
}
