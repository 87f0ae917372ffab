import { RebuildTakenOverError } from '../src/core/errors.ts';
import type { ReadModelDb } from './readModelDb.ts';

/**
 * Runs `load` into `building` (a rebuild's fresh tables) and swaps them in for `live`'s, unless the
 * live read models moved past them meanwhile (another runner on this file): then drops them and
 * returns `undefined`, as it does, leaving them, when a rebuild on this file took them over.
 * Returns how many events `load` applied when the tables were swapped in.
 */
export async function swapLoaded(
  live: ReadModelDb,
  building: ReadModelDb,
  compare: (a: string, b: string) => number,
  load: () => Promise<number>,
): Promise<number | undefined> {
  let swapped: boolean;
  let count: number;
  try {
    count = await load();
    const built = building.checkpoint().position;
    swapped = building.swapInto(live.prefix, () => {
      const { position } = live.checkpoint();
      return position === undefined || (built !== undefined && compare(position, built) <= 0);
    });
  } catch (error) {
    // A rebuild started on this file meanwhile: the tables are its; the catch-up goes on live.
    if (error instanceof RebuildTakenOverError) return undefined;
    building.dropIfClaimed();
    throw error;
  }
  if (!swapped) {
    building.dropIfClaimed();
    return undefined;
  }
  return count;
}
