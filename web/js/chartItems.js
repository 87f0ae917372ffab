import { h, truncate } from './dom.js';
import { DAY_MS, boundsText, endOfDay, narrowedText, startOfDay } from './dates.js';
import { SEVERITY_ORDER } from './labels.js';

/** What the chart draws for each entry: its span, classes, content and tooltip. */

export const cssId = (id) => String(id).replace(/[^a-z0-9-]/gi, '_');
/** The DOM id of an item's content, which `aria-activedescendant` points at. */
export const itemDomId = (itemId) => `item-${cssId(itemId)}`;

/** The lane of facts that have no actor (or no topic). */
const NO_LANE = '(none)';

/**
 * The lanes an entry is drawn in: its actors (with their roles) or its topics, only the `picked`
 * ones when some are, else one lane for facts that have none.
 */
export function membersOf(entry, lanes, picked) {
  let members =
    lanes === 'actor'
      ? entry.actors.map((a) => ({ id: a.id, name: a.name, role: a.role }))
      : entry.topics.map((t) => ({ id: t.id, name: t.label, role: null }));
  if (picked.length > 0) members = members.filter((m) => picked.includes(m.id));
  if (members.length > 0) return members;
  return [{ id: NO_LANE, name: lanes === 'actor' ? 'No actor' : 'No topic', role: null }];
}

/** The chart's limits: every bound in view with a margin; open ends run to these limits. */
export function limitsOf(entries) {
  let low = Infinity;
  let high = -Infinity;
  for (const { when } of entries) {
    for (const day of [when.earliest, when.latest]) {
      const start = day ? startOfDay(day) : null;
      if (!start) continue;
      low = Math.min(low, start.getTime());
      high = Math.max(high, start.getTime() + DAY_MS);
    }
  }
  if (!Number.isFinite(low)) {
    const now = Date.now();
    low = now - 365 * DAY_MS;
    high = now;
  }
  const pad = Math.max((high - low) * 0.1, 45 * DAY_MS);
  return { min: new Date(low - pad), max: new Date(high + pad) };
}

/** The drawn span of a fuzzy date: from the start of its earliest day to the end of its latest. */
export function spanOf(when, limits) {
  return {
    start: (when.earliest && startOfDay(when.earliest)) || limits.min,
    end: (when.latest && endOfDay(when.latest)) || limits.max,
  };
}

/**
 * Where the days the relations narrow a date to lie inside its drawn span, as percentages of the
 * span (`--narrow-from`, `--narrow-to`: css/chart.css draws them as a darker inner band), or `null`
 * when the relations narrow nothing.
 */
export function narrowedStyleOf(when, span) {
  if (!when.effective) return null;
  const start = span.start.getTime();
  const width = span.end.getTime() - start;
  if (!(width > 0)) return null;
  const at = (ms) => Math.min(100, Math.max(0, ((ms - start) / width) * 100)).toFixed(3);
  const from = when.effective.earliest ? startOfDay(when.effective.earliest) : span.start;
  const to = when.effective.latest ? endOfDay(when.effective.latest) : span.end;
  if (!from || !to) return null;
  return `--narrow-from: ${at(from.getTime())}%; --narrow-to: ${at(to.getTime())}%`;
}

export function worstSeverity(findings) {
  return findings.reduce(
    (worst, f) => (worst === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
    null,
  );
}

/** CSS classes that draw a fuzzy date honestly (see css/chart.css). */
export function classesOf(entry) {
  const { when } = entry;
  const classes = ['fz', when.earliest && when.earliest === when.latest ? 'fz-day' : 'fz-span'];
  if (!when.earliest) classes.push('fz-open-start');
  if (!when.latest) classes.push('fz-open-end');
  if (when.approximate) classes.push('fz-approx');
  if (when.uncertain) classes.push('fz-uncertain');
  if (when.effective) classes.push('fz-narrowed');
  if (entry.status === 'retracted') classes.push('fz-retracted');
  const worst = worstSeverity(entry.findings);
  if (worst === 'error' || worst === 'warning') classes.push(`fz-${worst}`);
  return classes.join(' ');
}

/**
 * The item's text: marks, the date label, the summary (as text nodes). Its accessible name says
 * in words what the marks and colours show (approximate, uncertain, a date error, retracted, the
 * inner band of the days its relations narrow it to).
 */
export function contentOf(entry, itemId) {
  const { when } = entry;
  const worst = worstSeverity(entry.findings);
  const narrowed = narrowedText(when);
  const marks = [
    when.approximate && 'approximate',
    when.uncertain && 'uncertain',
    worst === 'error' && 'date error',
    worst === 'warning' && 'date warning',
    entry.status === 'retracted' && 'retracted',
  ].filter(Boolean);
  return h(
    'span',
    {
      class: 'it',
      id: itemDomId(itemId),
      role: 'img',
      'aria-label':
        `${when.label}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}` +
        `${narrowed ? `, falls ${narrowed}` : ''}: ${truncate(entry.summary, 200)}`,
      dataset: { factId: entry.factId },
    },
    worst === 'error' && h('span', { class: 'it-mark it-error', 'aria-hidden': 'true', title: 'Date error' }, '!'),
    when.approximate && h('span', { class: 'it-mark it-approx', 'aria-hidden': 'true' }, '~'),
    when.uncertain && h('span', { class: 'it-mark it-uncertain', 'aria-hidden': 'true' }, '?'),
    h('span', { class: 'it-when' }, when.label),
    h('span', { class: 'it-sum' }, truncate(entry.summary, 64)),
    entry.status === 'retracted' && h('span', { class: 'it-tag' }, 'retracted'),
  );
}

export function tooltipOf(entry, role) {
  const { when } = entry;
  const marks = [when.approximate && 'approximate', when.uncertain && 'uncertain'].filter(Boolean).join(', ');
  return h(
    'div',
    { class: 'tip' },
    h('div', { class: 'tip-when' }, h('strong', {}, when.label), ' ', h('code', {}, when.edtf), marks && ` (${marks})`),
    h('div', { class: 'tip-bounds' }, `Falls ${boundsText(when)}`),
    when.effective && h('div', { class: 'tip-narrowed' }, `Falls ${narrowedText(when)} (the darker band)`),
    h('div', { class: 'tip-sum' }, truncate(entry.summary, 300)),
    role && h('div', { class: 'tip-role' }, `Role: ${role}`),
    entry.findings.length > 0 && h('div', { class: 'tip-findings' }, `${entry.findings.length} date finding(s)`),
  );
}

/**
 * Adds, updates and removes so that `set` holds exactly `rows` (`{ id, key, row() }`): a row is
 * built and handed to vis only when its key differs from the one `drawn` (id → key) holds, so a
 * change to one fact redraws its items, not every item. Returns the keys now drawn.
 */
export function syncDataSet(set, rows, drawn = new Map()) {
  const keys = new Map(rows.map((r) => [r.id, r.key]));
  const stale = set.getIds().filter((id) => !keys.has(id));
  if (stale.length > 0) set.remove(stale);
  const changed = rows.filter((r) => drawn.get(r.id) !== r.key).map((r) => r.row());
  if (changed.length > 0) set.update(changed);
  return keys;
}

/**
 * The chart's lanes (`{ id, name, count, first }`), the fullest first, as rows for `syncDataSet`:
 * each lane's name and how many facts it holds.
 */
export function laneRows(lanes) {
  const ordered = lanes.sort((a, b) => b.count - a.count || a.first - b.first || a.name.localeCompare(b.name));
  return ordered.map((lane, order) => ({
    id: lane.id,
    key: `${lane.name}|${lane.count}|${order}`,
    row: () => ({
      id: lane.id,
      order,
      className: `lane-${cssId(lane.id)}`,
      title: `${lane.name}: ${lane.count} fact${lane.count === 1 ? '' : 's'}`,
      content: h(
        'span',
        { class: 'lane' },
        h('span', { class: 'lane-name' }, lane.name),
        h('span', { class: 'lane-count' }, String(lane.count)),
      ),
    }),
  }));
}
