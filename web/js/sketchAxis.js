import { h } from './dom.js';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
/** Steps between ticks, in months: the first that leaves `MIN_GAP_PX` between labels is taken. */
const STEPS = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200];
const MIN_GAP_PX = 72;

/**
 * The sketch's time axis over `limits` (`{ min, max }` Dates) for a track about `widthPx` wide:
 * a tick and label at the start of every month, quarter, half year or year (or more), as many as
 * fit, in UTC as the chart draws dates. Ticks sit at `left: N%` of the track.
 */
export function sketchAxis(limits, widthPx) {
  const min = limits.min.getTime();
  const span = limits.max.getTime() - min;
  const months = span / (30.44 * 86_400_000);
  const step = STEPS.find((s) => (s / months) * widthPx >= MIN_GAP_PX) ?? STEPS.at(-1);
  const first = new Date(limits.min);
  first.setUTCHours(0, 0, 0, 0);
  first.setUTCDate(1);
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const ticks = [];
  for (let m = Math.ceil(startMonth / step) * step; ; m += step) {
    const at = new Date(0);
    at.setUTCFullYear(Math.floor(m / 12), m - Math.floor(m / 12) * 12, 1);
    at.setUTCHours(0, 0, 0, 0);
    if (at.getTime() > limits.max.getTime()) break;
    if (at.getTime() < min) continue;
    const label = step >= 12 ? String(at.getUTCFullYear()) : MONTH.format(at);
    const tick = h('span', { class: 'sketch-tick' }, label);
    tick.style.left = `${(((at.getTime() - min) / span) * 100).toFixed(2)}%`;
    ticks.push(tick);
  }
  return h('div', { class: 'sketch-axis', 'aria-hidden': 'true' }, ticks);
}
