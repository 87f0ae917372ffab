import { weekdayIndexOf } from './calendarDays.ts';

/**
 * "the week after the failure", "the weekend before the vote": the days of the week or weekend
 * beside an anchor dated from `earliest` to `latest` (day numbers). An anchor dated to a span gives
 * every week it may be followed or preceded by ("the week after the failure" of 2024), and every
 * weekend it may be, never one guessed.
 */
export function weekBeside(
  earliest: number,
  latest: number,
  relation: 'before' | 'after',
  unit: 'week' | 'weekend',
): { bounds: { earliest: number; latest: number }; how: string } {
  if (unit === 'week') {
    const bounds =
      relation === 'before'
        ? { earliest: earliest - weekdayIndexOf(earliest) - 7, latest: latest - 1 }
        : { earliest: earliest + 1, latest: latest - weekdayIndexOf(latest) + 13 };
    return { bounds, how: `in the week ${relation}${earliest === latest ? '' : ' (any week its dates allow)'}` };
  }
  const step = relation === 'before' ? -1 : 1;
  return {
    bounds: { earliest: weekendBeside(earliest, step).earliest, latest: weekendBeside(latest, step).latest },
    how: `the ${relation === 'before' ? 'last' : 'first'} weekend ${relation}`,
  };
}

/** The first Saturday–Sunday after `day` (`step` 1), or the last one before it (`step` −1). */
function weekendBeside(day: number, step: 1 | -1): { earliest: number; latest: number } {
  let saturday = day - weekdayIndexOf(day) + 5;
  if (step > 0 && saturday <= day) saturday += 7;
  if (step < 0 && saturday + 1 >= day) saturday -= 7;
  return { earliest: saturday, latest: saturday + 1 };
}
