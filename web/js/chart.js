import { announce, truncate } from './dom.js';
import { classesOf, contentOf, itemDomId, laneRows, limitsOf, membersOf, narrowedStyleOf } from './chartItems.js';
import { spanOf, syncDataSet, tooltipOf } from './chartItems.js';
import { DAY_MS } from './dates.js';

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
    // The library's chart takes the place of the page's own sketch of it (chartSketch.js).
    container.querySelector('.chart-sketch')?.remove();
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
    /** id → the key each item and lane was last drawn from (see syncDataSet). */
    this.drawnItems = new Map();
    this.drawnGroups = new Map();
    /** itemId → the content element vis-timeline shows for it. */
    this.contents = new Map();
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
      // The library's own resize watch polls the chart's size every second; a ResizeObserver
      // tells when it changes, and a page that shows nothing new does nothing meanwhile.
      autoResize: false,
    });
    let size = null;
    this.resizes = new ResizeObserver(([{ contentRect }]) => {
      const next = `${contentRect.width}×${contentRect.height}`;
      if (size !== null && next !== size && contentRect.width > 0) this.timeline.redraw();
      size = next;
    });
    this.resizes.observe(container);
    this.timeline.on('select', ({ items }) => {
      const factId = items[0] ? factOf(items[0]) : null;
      if (factId) handlers.onSelect(factId);
    });
    container.addEventListener('keydown', (event) => this.onKey(event));
    // The lane names are a scroller of their own (the chart's lanes follow it): a named stop, so
    // the arrow keys can scroll through the lanes.
    const lanes = container.querySelector('.vis-panel.vis-left');
    lanes?.setAttribute('tabindex', '0');
    lanes?.setAttribute('role', 'group');
    lanes?.setAttribute('aria-label', 'Swimlane names; the arrow keys scroll through the lanes');
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
    this.entries = new Map(entries.map((e) => [e.factId, e]));
    entries.forEach((entry, index) => {
      const span = spanOf(entry.when, limits);
      const narrowed = narrowedStyleOf(entry.when, span);
      this.spans.set(entry.factId, span);
      const className = classesOf(entry);
      // What an item is drawn from: an item whose key did not change is left as vis drew it.
      const drawnFrom = `${JSON.stringify(entry)}|${className}|${span.start.getTime()}|${span.end.getTime()}|${narrowed}`;
      for (const member of membersOf(entry, lanes, picked)) {
        const lane = laneMap.get(member.id) ?? { id: member.id, name: member.name, count: 0, first: index };
        lane.count += 1;
        laneMap.set(member.id, lane);
        const id = `${entry.factId}|${member.id}`;
        items.push({
          id,
          key: `${drawnFrom}|${member.role}`,
          row: () => ({
            id,
            group: member.id,
            type: 'range',
            ...span,
            // Text sits at the known end of an open-ended date ("by October 2022" near October).
            align: !entry.when.earliest && entry.when.latest ? 'right' : 'left',
            content: this.contentFor(entry, id),
            title: tooltipOf(entry, member.role),
            className,
            // Always given: an update keeps the fields it does not name, and the band may have gone.
            style: narrowed ?? '',
          }),
        });
        this.itemsOfFact.set(entry.factId, [...(this.itemsOfFact.get(entry.factId) ?? []), id]);
      }
    });
    const groups = laneRows([...laneMap.values()]);
    this.drawnItems = syncDataSet(this.items, items, this.drawnItems);
    this.drawnGroups = syncDataSet(this.groups, groups, this.drawnGroups);
    for (const id of this.contents.keys()) if (!this.drawnItems.has(id)) this.contents.delete(id);
    this.showFresh(fresh);
    // Each of the library's setters lays the chart out again: called only for what changed.
    const moved = !this.limits || !sameLimits(limits, this.limits);
    if (moved) this.timeline.setOptions({ min: limits.min, max: limits.max });
    if (refit || !this.limits) this.timeline.setWindow(limits.min, limits.max, { animation: false });
    this.limits = limits;
    const selection = (this.selected && this.itemsOfFact.get(this.selected)) || [];
    const shown = this.timeline.getSelection();
    if (selection.length !== shown.length || selection.some((id, i) => id !== shown[i]))
      this.timeline.setSelection(selection);
  }

  /** An item's content element, kept so that its highlight can change without a redraw. */
  contentFor(entry, itemId) {
    const content = contentOf(entry, itemId);
    this.contents.set(itemId, content);
    return content;
  }

  /**
   * Highlights the items of the facts in `fresh` (new or changed on the live feed) and no others.
   * The highlight is a class of the item's own content element, which vis-timeline does not
   * manage: it comes and goes without the library laying out the chart again.
   */
  showFresh(fresh) {
    for (const [itemId, content] of this.contents) content.classList.toggle('is-fresh', fresh.has(factOf(itemId)));
  }

  /** Marks `factId`'s items as selected (in every lane); `reveal` scrolls the chart to it. */
  select(factId, { reveal = false } = {}) {
    this.selected = factId || null;
    const ids = (factId && this.itemsOfFact.get(factId)) || [];
    this.timeline.setSelection(ids);
    if (reveal && ids.length > 0) this.reveal([factId]);
    this.markActive();
  }

  /**
   * Points the chart's `aria-activedescendant` at the selected fact's item once it is drawn
   * (vis-timeline draws only the items in view), so a screen reader reads the fact the arrows reached.
   */
  markActive() {
    const ids = (this.selected && this.itemsOfFact.get(this.selected)) || [];
    let frames = 0;
    const mark = () => {
      const el = ids.map((id) => document.getElementById(itemDomId(id))).find(Boolean);
      if (el && this.container.contains(el)) this.container.setAttribute('aria-activedescendant', el.id);
      else if (ids.length > 0 && ++frames < 30) requestAnimationFrame(mark);
      else this.container.removeAttribute('aria-activedescendant');
    };
    requestAnimationFrame(mark);
  }

  /**
   * Brings `factIds` into view: the window moves (keeping its zoom, widening only when they do not
   * fit) when they are outside it, and the lanes scroll to the first one's item when it is off screen.
   */
  reveal(factIds) {
    const spans = factIds.map((id) => this.spans.get(id)).filter(Boolean);
    const items = factIds.map((id) => this.itemsOfFact.get(id)?.[0]).filter(Boolean);
    if (spans.length === 0 || items.length === 0) return;
    const start = Math.min(...spans.map((s) => s.start.getTime()));
    const end = Math.max(...spans.map((s) => s.end.getTime()));
    const window = this.timeline.getWindow();
    if (start < window.start.getTime() || end > window.end.getTime())
      this.timeline.focus(items, { zoom: false, animation: false });
    this.scrollToItem(items[0]);
  }

  /**
   * Scrolls the lanes so that `itemId` is in view. The lane names' panel is the chart's vertical
   * scroller (vis-timeline follows its scroll events); the item's place comes from the chart's
   * layout of its lane (the lane's top where the item was not laid out yet).
   */
  scrollToItem(itemId) {
    const scroller = this.container.querySelector('.vis-panel.vis-left');
    const item = this.timeline.itemSet?.items?.[itemId];
    const lane = item?.parent;
    if (!scroller || !lane) return;
    const top = lane.top + (Number.isFinite(item.top) ? item.top : 0);
    const bottom = top + (Number.isFinite(item.height) && item.height > 0 ? item.height : 24);
    const view = { top: scroller.scrollTop, bottom: scroller.scrollTop + scroller.clientHeight };
    if (top >= view.top && bottom <= view.bottom) return;
    scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
  }

  /** Lays the chart out again (its tab shows again). */
  redraw() {
    this.timeline.redraw();
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
    const go = (index) => {
      if (this.order.length === 0) return;
      const next = Math.min(Math.max(index, 0), this.order.length - 1);
      const factId = this.order[next];
      this.handlers.onSelect(factId);
      this.select(factId, { reveal: true });
      const entry = this.entries.get(factId);
      if (entry)
        announce(
          `${entry.when.label}: ${truncate(entry.summary, 140).replace(/\.$/, '')}. Fact ${next + 1} of ${this.order.length}.`,
        );
    };
    const step = (delta) => {
      const at = this.order.indexOf(this.selected);
      go(at < 0 ? (delta > 0 ? 0 : this.order.length - 1) : at + delta);
    };
    const keys = {
      ArrowRight: () => (event.shiftKey ? this.pan(0.2) : step(1)),
      ArrowLeft: () => (event.shiftKey ? this.pan(-0.2) : step(-1)),
      ArrowDown: () => step(1),
      ArrowUp: () => step(-1),
      Home: () => go(0),
      End: () => go(this.order.length - 1),
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
    this.resizes.disconnect();
    this.timeline.destroy();
  }
}

const factOf = (itemId) => String(itemId).split('|')[0];
const sameLimits = (a, b) => a.min.getTime() === b.min.getTime() && a.max.getTime() === b.max.getTime();
