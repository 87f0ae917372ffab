import { expect } from 'chai';
import type { Decider } from '../../src/core/decider.ts';

/**
 * Given/when/then for deciders:
 * `given(decider, pastEvents).when(command).then(expectedEvents)` or `.thenThrows(ErrorClass, /message/)`.
 */
export function given<C, E, S>(decider: Decider<C, E, S>, events: readonly E[] = []) {
  return {
    when(command: C) {
      const run = () => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
      return {
        then(expected: readonly E[]): void {
          expect(run()).to.deep.equal(expected);
        },
        thenThrows(errorClass: new (...args: never[]) => Error, message?: RegExp): Error {
          let thrown: unknown;
          try {
            run();
          } catch (error) {
            thrown = error;
          }
          expect(thrown, 'expected the command to be refused').to.be.instanceOf(errorClass);
          if (message) expect((thrown as Error).message).to.match(message);
          return thrown as Error;
        },
      };
    },
  };
}
