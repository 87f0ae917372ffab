import { h } from './dom.js';
import { classesOf, contentOf, laneRows, limitsOf, membersOf, narrowedStyleOf, spanOf } from './chartItems.js';
import { sketchAxis } from './sketchAxis.js';

/**
 * The page's own drawing of the chart, which stands in for the timeline library (vis-timeline,
 * the page's largest and slowest script) until the chart is first used (chartView.js): the same
 * lanes in the same order, each fact's band over the span of its date and the same item content
 * (date, marks, summary and accessible name: `contentOf`), stacked as the library stacks them,
 * under an axis of months or years. It follows the live feed like the library's chart; a click
 * on a fact selects it. It fills the
 * chart's box, whose size does not depend on what it holds (css/chart.css), so nothing moves when
 * the library's chart takes its place. It shows the whole span at once: zooming, panning and
 * scrolling through lanes that do not fit are the library's.
 */
export class ChartSketch {
  /**
   * @param {HTMLElement} container
   * @param {{ onSelect(factId: string): void }} handlers
   */
  constructor(container, handlers) {
    this.container = container;
    this.selected = null;
    this.onClick = (event) => {
      const item = event.target instanceof Element ? event.target.closest('.it[data-fact-id]') : null;
      if (item && this.root?.contains(item)) handlers.onSelect(item.dataset.factId);
    };
    container.addEventListener('click', this.onClick);
    // Drawn for the box's width (the axis's steps, the texts' room): drawn again when it changes.
    let width = null;
    this.resizes = new ResizeObserver(([{ contentRect }]) => {
      if (width !== null && contentRect.width !== width && contentRect.width > 0 && this.view)
        this.render(this.view[0], { ...this.view[1], fresh: this.fresh });
      width = contentRect.width;
    });
    this.resizes.observe(container);
  }

  /**
   * Draws `entries` (in the timeline's order). A lane whose facts, name and place on the axis are
   * as last drawn keeps its elements: a change to one fact lays out again only the lanes it is in.
   * @param {any[]} entries
   * @param {{ lanes: 'actor'|'topic', picked: string[], fresh: Map<string, string> }} view
   */
  render(entries, { lanes, picked, fresh }) {
    this.view = [entries, { lanes, picked }];
    if (entries.length === 0) {
      this.root?.remove();
      this.root = null;
      this.drawn = new Map();
    } else {
      this.root ??= this.container.appendChild(h('div', { class: 'chart-sketch' }));
      const parts = sketchParts(this.container, entries, { lanes, picked });
      const drawn = new Map();
      const wanted = parts.map(({ key, draw }) => {
        const element = this.drawn?.get(key) ?? draw();
        drawn.set(key, element);
        return element;
      });
      this.drawn = drawn;
      // What is gone goes first, then what is new is put in its place: the lanes left as they were
      // are not moved (a move is a removal and an insertion, laid out again).
      const kept = new Set(wanted);
      for (const element of [...this.root.children]) if (!kept.has(element)) element.remove();
      wanted.forEach((element, i) => {
        if (this.root.children[i] !== element) this.root.insertBefore(element, this.root.children[i] ?? null);
      });
    }
    this.showFresh(fresh);
    this.select(this.selected);
  }

  /** Highlights the items of the facts in `fresh` (new or changed on the live feed) and no others. */
  showFresh(fresh) {
    this.fresh = fresh;
    for (const item of this.items()) item.classList.toggle('is-fresh', fresh.has(item.dataset.factId));
  }

  /** Marks `factId`'s items as selected (in every lane). */
  select(factId) {
    this.selected = factId || null;
    for (const item of this.items()) item.classList.toggle('is-selected', item.dataset.factId === this.selected);
  }

  /** The sketch lays itself out with the page: nothing to do when its tab shows again. */
  redraw() {}

  destroy() {
    this.container.removeEventListener('click', this.onClick);
    this.resizes.disconnect();
    this.root?.remove();
    this.root = null;
    this.drawn = null;
  }

  items() {
    return this.root ? this.root.querySelectorAll('.it[data-fact-id]') : [];
  }
}

/** What an entry is drawn from, worked out once per entry (an unchanged entry is the same object). */
const entryKeys = new WeakMap();
const keyOf = (entry) => entryKeys.get(entry) ?? entryKeys.set(entry, JSON.stringify(entry)).get(entry);

/**
 * The sketch's parts for `entries`, sized for `container`, in their order: the axis (with the empty
 * corner before it) and each lane (its name and its facts), each as `{ key, draw() }` (`key`: what
 * the part is drawn from).
 */
function sketchParts(container, entries, { lanes, picked }) {
  const limits = limitsOf(entries);
  const min = limits.min.getTime();
  const width = limits.max.getTime() - min;
  const at = (date) => `${(((date.getTime() - min) / width) * 100).toFixed(2)}%`;
  const laneMap = new Map();
  const factsOf = new Map();
  entries.forEach((entry, index) => {
    for (const member of membersOf(entry, lanes, picked)) {
      const lane = laneMap.get(member.id) ?? { id: member.id, name: member.name, count: 0, first: index };
      lane.count += 1;
      laneMap.set(member.id, lane);
      const facts = factsOf.get(member.id) ?? [];
      facts.push(entry);
      factsOf.set(member.id, facts);
    }
  });
  // Facts share a row where neither their bands nor their texts, 8 px apart, overlap, as the
  // library stacks them (chart.js: `stack`, `margin.item.horizontal`). A text's width is
  // estimated from its characters: the sketch is drawn before anything of it is laid out.
  const track = Math.max(container.clientWidth - 240, 120);
  const gap = 8 / track;
  const place = (entry) => {
    const span = spanOf(entry.when, limits);
    const start = (span.start.getTime() - min) / width;
    const end = (span.end.getTime() - min) / width;
    const text = textWidthPx(entry) / track;
    // Text sits at the known end of an open start ("by October 2022" near October), as chart.js aligns it.
    const right = !entry.when.earliest && Boolean(entry.when.latest) && end - text >= 0;
    const from = right ? end - text : start;
    return { entry, span, right, end, from, to: Math.max(end, from + text) + gap };
  };
  const fact = (laneId) => (placed) => {
    const { entry, span } = placed;
    const band = h('span', { class: `sketch-band ${classesOf(entry)}` });
    band.style.cssText = narrowedStyleOf(entry.when, span) ?? '';
    band.style.left = at(span.start);
    band.style.width = `max(3px, calc(${at(span.end)} - ${at(span.start)}))`;
    const text = h('span', { class: 'sketch-text' }, contentOf(entry, `${entry.factId}|${laneId}`));
    if (placed.right) text.style.right = `${((1 - placed.end) * 100).toFixed(2)}%`;
    else text.style.left = at(span.start);
    return [band, text];
  };
  const stacked = (laneId, facts) => {
    const rows = [];
    for (const placed of facts.map(place)) {
      const row = rows.find((r) => r.end <= placed.from) ?? rows[rows.push({ end: 0, facts: [] }) - 1];
      row.facts.push(placed);
      row.end = placed.to;
    }
    return rows.map((row) => h('li', { class: 'sketch-row' }, row.facts.map(fact(laneId))));
  };
  const frame = `${min}|${width}|${track}`;
  const laneParts = laneRows([...laneMap.values()]).map(({ id, key, row }) => ({
    key: `lane|${id}|${key}|${frame}|${factsOf.get(id).map(keyOf).join('|')}`,
    draw: () =>
      h(
        'div',
        { class: 'sketch-lane' },
        h('div', { class: 'sketch-name' }, row().content),
        h('ol', { class: 'sketch-items' }, stacked(id, factsOf.get(id))),
      ),
  }));
  return [
    { key: 'corner', draw: () => h('div', { class: 'sketch-corner' }) },
    { key: `axis|${frame}`, draw: () => sketchAxis(limits, track) },
    ...laneParts,
  ];
}

/** About how wide an item's text is drawn (css/chart.css: `.it` at 12.5 px), in px. */
function textWidthPx(entry) {
  const marks = [entry.when.approximate, entry.when.uncertain, entry.findings.length > 0].filter(Boolean).length;
  const summary = Math.min(entry.summary.length, 64);
  return 7.2 * entry.when.label.length + 6.4 * summary + 20 * marks + 16;
}
