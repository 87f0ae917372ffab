import { expect } from 'chai';
import fc from 'fast-check';
import { conflictBackoffMs, oldestFirstDelayMs } from '../../src/commands/writeBackoff.ts';

const SEED = 1406;

describe('oldestFirstDelayMs', () => {
  it('holds a fresh write back until it has waited two of its own reads of the stream', () => {
    expect(oldestFirstDelayMs(100, 100)).to.equal(100);
    expect(oldestFirstDelayMs(120, 100)).to.equal(80);
  });

  it('lets a write that has waited two reads or more append at once', () => {
    expect(oldestFirstDelayMs(200, 100)).to.equal(0);
    expect(oldestFirstDelayMs(450, 100)).to.equal(0);
  });

  it('holds a write back at most one second, however slow its read was', () => {
    expect(oldestFirstDelayMs(4000, 4000)).to.equal(1000);
  });

  it('puts a writer the store refused ahead of the next write of the one that beat it', () => {
    // A store 100 ms away (every call one round trip), read against an injected clock. Both
    // writers loaded revision 4 by t = 0; the winner appended at t = 0, the loser at t = 50.
    const rt = 100;
    const jitter = () => 0.999; // the loser's worst draw
    // The winner: answered at 100, its next edit begins and loads revision 5, answered at 200.
    const winnerNext = { began: 100, learnedAt: 200 };
    // The loser: began at -100, refused at 150, re-read revision 5 by 250.
    const loser = { began: -100, learnedAt: 250 };
    const winnerAppends = winnerNext.learnedAt + oldestFirstDelayMs(winnerNext.learnedAt - winnerNext.began, rt);
    const loserAppends =
      loser.learnedAt + conflictBackoffMs(jitter) + oldestFirstDelayMs(loser.learnedAt - loser.began, rt);
    expect(winnerAppends).to.equal(300);
    expect(loserAppends).to.be.below(winnerAppends);
  });

  it(`never lets a writer that began later append first, when both learn of a revision at once (fast-check seed ${SEED})`, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (earlier, later, readMs, after) => {
          const [first, second] = earlier <= later ? [earlier, later] : [later, earlier];
          const learnedAt = second + after;
          const firstAppends = learnedAt + oldestFirstDelayMs(learnedAt - first, readMs);
          const secondAppends = learnedAt + oldestFirstDelayMs(learnedAt - second, readMs);
          expect(firstAppends).to.be.at.most(secondAppends);
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('conflictBackoffMs', () => {
  it('waits at most 10 ms, whatever the jitter and however often the write collided', () => {
    expect(conflictBackoffMs(() => 0)).to.equal(0);
    expect(conflictBackoffMs(() => 0.5)).to.equal(5);
    expect(conflictBackoffMs(() => 0.999)).to.be.below(10);
  });
});
