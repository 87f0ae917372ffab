import { expect } from 'chai';
import { getEventListeners } from 'node:events';
import { requestDeadline, RequestDeadlines, type DeadlineTimers } from '../../src/http/requestDeadline.ts';

/** Timers that run only when told to (`fire()` runs every timer not cleared), on a clock moved by hand. */
function manualTimers(): DeadlineTimers & { fire(): void; pending(): number; delays: number[]; at: number } {
  const timers = new Map<NodeJS.Timeout, () => void>();
  const delays: number[] = [];
  return {
    delays,
    at: 0,
    setTimeout(callback, ms) {
      const timer = { unref: () => timer } as unknown as NodeJS.Timeout;
      timers.set(timer, callback);
      delays.push(ms);
      return timer;
    },
    clearTimeout: (timer) => void timers.delete(timer),
    now() {
      return this.at;
    },
    fire() {
      for (const [timer, callback] of [...timers]) {
        timers.delete(timer);
        callback();
      }
    },
    pending: () => timers.size,
  };
}

describe('requestDeadline', () => {
  it('aborts its signal when its time runs out, with the TimeoutError that AbortSignal.timeout gives', () => {
    const timers = manualTimers();
    const deadline = new RequestDeadlines(timers).start(5000);
    expect(timers.delays).to.deep.equal([5000]);
    expect(deadline.signal.aborted).to.equal(false);
    timers.fire();
    expect(deadline.signal.aborted).to.equal(true);
    expect((deadline.signal.reason as DOMException).name).to.equal('TimeoutError');
  });

  it('once cleared (the request is done), holds no timer and never aborts', () => {
    const timers = manualTimers();
    const deadline = new RequestDeadlines(timers).start(5000);
    deadline.clear();
    expect(timers.pending()).to.equal(0);
    timers.fire();
    expect(deadline.signal.aborted).to.equal(false);
  });

  it('gives requests that start within the same millisecond one signal and one timer', () => {
    const timers = manualTimers();
    const deadlines = new RequestDeadlines(timers);
    const first = deadlines.start(5000);
    timers.at = 0.9;
    const second = deadlines.start(5000);
    expect(second.signal).to.equal(first.signal);
    expect(timers.delays).to.deep.equal([5000]);
    timers.fire();
    expect(second.signal.aborted).to.equal(true);
  });

  it('keeps a shared timer until the last request holding it is done', () => {
    const timers = manualTimers();
    const deadlines = new RequestDeadlines(timers);
    const first = deadlines.start(5000);
    const second = deadlines.start(5000);
    first.clear();
    first.clear();
    expect(timers.pending()).to.equal(1);
    second.clear();
    expect(timers.pending()).to.equal(0);
    timers.fire();
    expect(first.signal.aborted).to.equal(false);
  });

  it('gives its own signal to a request that starts a millisecond later, after the others are done, or with another time', () => {
    const timers = manualTimers();
    const deadlines = new RequestDeadlines(timers);
    const first = deadlines.start(5000);
    timers.at = 1;
    const later = deadlines.start(5000);
    const otherTime = deadlines.start(100);
    later.clear();
    const afterDone = deadlines.start(5000);
    const signals = new Set([first.signal, later.signal, otherTime.signal, afterDone.signal]);
    expect(signals.size).to.equal(4);
    expect(timers.delays).to.deep.equal([5000, 5000, 100, 5000]);
  });

  it('gives a request that starts in the same millisecond as a finished one a deadline of its own that still runs out', () => {
    const timers = manualTimers();
    const deadlines = new RequestDeadlines(timers);
    const done = deadlines.start(5000);
    done.clear();
    const next = deadlines.start(5000);
    expect(next.signal).to.not.equal(done.signal);
    expect(timers.pending()).to.equal(1);
    timers.fire();
    expect(next.signal.aborted).to.equal(true);
  });

  it('lets the requests sharing a signal each listen to it without a leak warning', async () => {
    const timers = manualTimers();
    const deadlines = new RequestDeadlines(timers);
    const held = Array.from({ length: 20 }, () => deadlines.start(5000));
    const warnings: Error[] = [];
    const warned = (warning: Error) => warnings.push(warning);
    process.on('warning', warned);
    try {
      for (const deadline of held) deadline.signal.addEventListener('abort', () => {}, { once: true });
      expect(getEventListeners(held[0]!.signal, 'abort')).to.have.length(20);
      // The warning is emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', warned);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('runs on the real timers by default', async () => {
    const deadline = requestDeadline(1);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true }));
    expect((deadline.signal.reason as DOMException).name).to.equal('TimeoutError');
  });
});
