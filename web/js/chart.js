import { h, truncate } from './dom.js';
import { DAY_MS, boundsText, endOfDay, startOfDay } from './dates.js';
import { SEVERITY_ORDER } from './labels.js';

/** The lane of facts that have no actor (or no topic). */
const NO_LANE = '(none)';

/**
 * The visual timeline (vis-timeline): one swimlane per actor or topic, every fact drawn over the
 * whole span of its fuzzy date — a day as that day, a month as the month, an open end fading out
 * at the edge of the chart — never as a false exact point.
 */
export class TimelineChart {
  /**
   * @param {HTMLElement} container
   * @param {{ onSelect(factId: string): void, onOpen(factId: string): void }} handlers
   */
  constructor(container, handlers) {
    const { vis } = window;
    this.container = container;
    this.handlers = handlers;
    this.items = new vis.DataSet();
    this.groups = new vis.DataSet();
    /** Fact ids in the timeline's order, for keyboard stepping. */
    this.order = [];
    /** factId → the ids of its items (one per lane). */
    this.itemsOfFact = new Map();
    this.spans = new Map();
    this.selected = null;
    this.limits = null;
    this.timeline = new vis.Timeline(container, this.items, this.groups, {
      moment: (date) => vis.moment(date).utc(),
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      verticalScroll: true,
      zoomKey: 'ctrlKey',
      height: '100%',
      margin: { item: { horizontal: 8, vertical: 5 }, axis: 4 },
      groupOrder: 'order',
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      zoomMin: DAY_MS * 5,
      zoomMax: DAY_MS * 365 * 300,
      align: 'left',
      editable: false,
      tooltip: { followMouse: true, overflowMethod: 'flip', delay: 250 },
    });
    this.timeline.on('select', ({ items }) => {
      const factId = items[0] ? factOf(items[0]) : null;
      if (factId) handlers.onSelect(factId);
    });
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  /**
   * Draws `entries` (in the timeline's order).
   * @param {any[]} entries
   * @param {{ lanes: 'actor'|'topic', picked: string[], fresh: Set<string>, refit: boolean }} view
   */
  render(entries, { lanes, picked, fresh, refit }) {
    const limits = limitsOf(entries);
    const laneMap = new Map();
    const items = [];
    this.itemsOfFact = new Map();
    this.spans = new Map();
    this.order = entries.map((e) => e.factId);
    entries.forEach((entry, index) => {
      let members =
        lanes === 'actor'
          ? entry.actors.map((a) => ({ id: a.id, name: a.name, role: a.role }))
          : entry.topics.map((t) => ({ id: t.id, name: t.label, role: null }));
      if (picked.length > 0) members = members.filter((m) => picked.includes(m.id));
      if (members.length === 0)
        members = [{ id: NO_LANE, name: lanes === 'actor' ? 'No actor' : 'No topic', role: null }];
      const span = spanOf(entry.when, limits);
      this.spans.set(entry.factId, span);
      for (const member of members) {
        const lane = laneMap.get(member.id) ?? { id: member.id, name: member.name, count: 0, first: index };
        lane.count += 1;
        laneMap.set(member.id, lane);
        const id = `${entry.factId}|${member.id}`;
        items.push({
          id,
          group: member.id,
          type: 'range',
          ...span,
          // Text sits at the known end of an open-ended date ("by October 2022" near October).
          align: !entry.when.earliest && entry.when.latest ? 'right' : 'left',
          content: contentOf(entry),
          title: tooltipOf(entry, member.role),
          className: classesOf(entry, fresh),
        });
        this.itemsOfFact.set(entry.factId, [...(this.itemsOfFact.get(entry.factId) ?? []), id]);
      }
    });
    const ordered = [...laneMap.values()].sort(
      (a, b) => b.count - a.count || a.first - b.first || a.name.localeCompare(b.name),
    );
    const groups = ordered.map((lane, order) => ({
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
    }));
    syncDataSet(this.items, items);
    syncDataSet(this.groups, groups);
    this.timeline.setOptions({ min: limits.min, max: limits.max });
    if (refit || !this.limits) this.timeline.setWindow(limits.min, limits.max, { animation: false });
    this.limits = limits;
    if (this.selected && this.itemsOfFact.has(this.selected))
      this.timeline.setSelection(this.itemsOfFact.get(this.selected));
    else this.timeline.setSelection([]);
  }

  /** Marks `factId`'s items as selected (in every lane); `reveal` scrolls the chart to it. */
  select(factId, { reveal = false } = {}) {
    this.selected = factId || null;
    const ids = (factId && this.itemsOfFact.get(factId)) || [];
    this.timeline.setSelection(ids);
    if (reveal && ids.length > 0) this.reveal([factId]);
  }

  /** Brings `factIds` into view: the window fits them when they fit, else it centres on the first. */
  reveal(factIds) {
    const spans = factIds.map((id) => this.spans.get(id)).filter(Boolean);
    if (spans.length === 0) return;
    const start = Math.min(...spans.map((s) => s.start.getTime()));
    const end = Math.max(...spans.map((s) => s.end.getTime()));
    const window = this.timeline.getWindow();
    if (start >= window.start.getTime() && end <= window.end.getTime()) return;
    const width = window.end.getTime() - window.start.getTime();
    if (end - start < width * 0.9) this.timeline.moveTo(new Date((start + end) / 2), { animation: false });
    else this.timeline.setWindow(new Date(start - DAY_MS * 7), new Date(end + DAY_MS * 7), { animation: false });
    const first = this.itemsOfFact.get(factIds[0])?.[0];
    if (first) this.scrollToLane(first);
  }

  /** Scrolls the lanes vertically so that `itemId`'s lane is in view. */
  scrollToLane(itemId) {
    const group = this.items.get(itemId)?.group;
    if (group === undefined) return;
    this.container.querySelector(`.vis-label.lane-${cssId(group)}`)?.scrollIntoView({ block: 'nearest' });
  }

  zoom(factor) {
    if (factor > 1) this.timeline.zoomOut(factor - 1, { animation: false });
    else this.timeline.zoomIn(1 - factor, { animation: false });
  }

  fit() {
    if (this.limits) this.timeline.setWindow(this.limits.min, this.limits.max, { animation: false });
  }

  pan(fraction) {
    const { start, end } = this.timeline.getWindow();
    const shift = (end.getTime() - start.getTime()) * fraction;
    this.timeline.setWindow(new Date(start.getTime() + shift), new Date(end.getTime() + shift), { animation: false });
  }

  /** Keyboard use of the chart: arrows step through facts, Enter reads one, +/− zoom, Shift+arrows pan. */
  onKey(event) {
    if (event.target !== this.container) return;
    const step = (delta) => {
      if (this.order.length === 0) return;
      const at = this.order.indexOf(this.selected);
      const next =
        at < 0 ? (delta > 0 ? 0 : this.order.length - 1) : Math.min(Math.max(at + delta, 0), this.order.length - 1);
      this.handlers.onSelect(this.order[next]);
      this.select(this.order[next], { reveal: true });
    };
    const keys = {
      ArrowRight: () => (event.shiftKey ? this.pan(0.2) : step(1)),
      ArrowLeft: () => (event.shiftKey ? this.pan(-0.2) : step(-1)),
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      Home: () => step(-this.order.length),
      End: () => step(this.order.length),
      Enter: () => this.selected && this.handlers.onOpen(this.selected),
      '+': () => this.zoom(0.6),
      '=': () => this.zoom(0.6),
      '-': () => this.zoom(1.6),
      0: () => this.fit(),
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  destroy() {
    this.timeline.destroy();
  }
}

const factOf = (itemId) => String(itemId).split('|')[0];
const cssId = (id) => String(id).replace(/[^a-z0-9-]/gi, '_');

/** Adds, updates and removes so that `set` holds exactly `rows` (vis keeps what did not change). */
function syncDataSet(set, rows) {
  const keep = new Set(rows.map((r) => r.id));
  const stale = set.getIds().filter((id) => !keep.has(id));
  if (stale.length > 0) set.remove(stale);
  set.update(rows);
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

export function worstSeverity(findings) {
  return findings.reduce(
    (worst, f) => (worst === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[worst] ? f.severity : worst),
    null,
  );
}

/** CSS classes that draw a fuzzy date honestly (see css/chart.css). */
export function classesOf(entry, fresh) {
  const { when } = entry;
  const classes = ['fz', when.earliest && when.earliest === when.latest ? 'fz-day' : 'fz-span'];
  if (!when.earliest) classes.push('fz-open-start');
  if (!when.latest) classes.push('fz-open-end');
  if (when.approximate) classes.push('fz-approx');
  if (when.uncertain) classes.push('fz-uncertain');
  if (entry.status === 'retracted') classes.push('fz-retracted');
  const worst = worstSeverity(entry.findings);
  if (worst === 'error' || worst === 'warning') classes.push(`fz-${worst}`);
  if (fresh.has(entry.factId)) classes.push('is-fresh');
  return classes.join(' ');
}

/** The item's text: marks, the date label, the summary (as text nodes). */
function contentOf(entry) {
  const { when } = entry;
  const worst = worstSeverity(entry.findings);
  return h(
    'span',
    { class: 'it', dataset: { factId: entry.factId } },
    worst === 'error' && h('span', { class: 'it-mark it-error', 'aria-hidden': 'true' }, '!'),
    when.approximate && h('span', { class: 'it-mark it-approx', 'aria-hidden': 'true' }, '~'),
    when.uncertain && h('span', { class: 'it-mark it-uncertain', 'aria-hidden': 'true' }, '?'),
    h('span', { class: 'it-when' }, when.label),
    h('span', { class: 'it-sum' }, truncate(entry.summary, 64)),
    entry.status === 'retracted' && h('span', { class: 'it-tag' }, 'retracted'),
  );
}

function tooltipOf(entry, role) {
  const { when } = entry;
  const marks = [when.approximate && 'approximate', when.uncertain && 'uncertain'].filter(Boolean).join(', ');
  return h(
    'div',
    { class: 'tip' },
    h('div', { class: 'tip-when' }, h('strong', {}, when.label), ' ', h('code', {}, when.edtf), marks && ` (${marks})`),
    h('div', { class: 'tip-bounds' }, `Falls ${boundsText(when)}`),
    h('div', { class: 'tip-sum' }, truncate(entry.summary, 300)),
    role && h('div', { class: 'tip-role' }, `Role: ${role}`),
    entry.findings.length > 0 && h('div', { class: 'tip-findings' }, `${entry.findings.length} date finding(s)`),
  );
}
