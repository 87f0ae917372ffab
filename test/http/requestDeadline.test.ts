import { expect } from 'chai';
import { requestDeadline, type DeadlineTimers } from '../../src/http/requestDeadline.ts';

/** Timers that run only when told to: `fire()` runs every timer not cleared. */
function manualTimers(): DeadlineTimers & { fire(): void; pending(): number; delays: number[] } {
  const timers = new Map<NodeJS.Timeout, () => void>();
  const delays: number[] = [];
  return {
    delays,
    setTimeout(callback, ms) {
      const timer = { unref: () => timer } as unknown as NodeJS.Timeout;
      timers.set(timer, callback);
      delays.push(ms);
      return timer;
    },
    clearTimeout: (timer) => void timers.delete(timer),
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
    const deadline = requestDeadline(5000, timers);
    expect(timers.delays).to.deep.equal([5000]);
    expect(deadline.signal.aborted).to.equal(false);
    timers.fire();
    expect(deadline.signal.aborted).to.equal(true);
    expect((deadline.signal.reason as DOMException).name).to.equal('TimeoutError');
  });

  it('once cleared (the request is done), holds no timer and never aborts', () => {
    const timers = manualTimers();
    const deadline = requestDeadline(5000, timers);
    deadline.clear();
    expect(timers.pending()).to.equal(0);
    timers.fire();
    expect(deadline.signal.aborted).to.equal(false);
  });

  it('runs on the real timers by default', async () => {
    const deadline = requestDeadline(1);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true }));
    expect((deadline.signal.reason as DOMException).name).to.equal('TimeoutError');
  });
});
