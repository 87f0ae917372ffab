/** Where "now" comes from. Pure code takes instants as arguments; only the edges call a clock. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that starts at `start` and advances by `stepMs` on each reading: for tests and fixtures. */
export function steppingClock(start: string | Date, stepMs = 1000): Clock {
  let t = new Date(start).getTime();
  return () => {
    const d = new Date(t);
    t += stepMs;
    return d;
  };
}
