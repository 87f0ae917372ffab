import { h } from './dom.js';
import { contentOf, laneRows, limitsOf, membersOf, spanOf } from './chartItems.js';
import { sketchAxis } from './sketchAxis.js';

/**
 * The page's own drawing of the chart, which stands in for the timeline library (vis-timeline,
 * the page's largest and slowest script) until the chart is first used (chartView.js): the same
 * lanes in the same order, each fact's band over the span of its date and the same item content
 * (date, marks, summary and accessible name: `contentOf`), stacked as the library stacks them,
 * under an axis of months or years. It
 * follows the live feed like the library's chart; a click on a fact selects it. It fills the
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
  }

  /**
   * Draws `entries` (in the timeline's order) again, whole: with no layout kept between draws there
   * is nothing to keep in step, and the sketch of a few hundred facts is drawn in a few ms.
   * @param {any[]} entries
   * @param {{ lanes: 'actor'|'topic', picked: string[], fresh: Map<string, string> }} view
   */
  render(entries, { lanes, picked, fresh }) {
    this.root?.remove();
    this.root = entries.length > 0 ? sketchOf(this.container, entries, { lanes, picked }) : null;
    if (this.root) this.container.append(this.root);
    this.showFresh(fresh);
    this.select(this.selected);
  }

  /** Highlights the items of the facts in `fresh` (new or changed on the live feed) and no others. */
  showFresh(fresh) {
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
    this.root?.remove();
    this.root = null;
  }

  items() {
    return this.root ? this.root.querySelectorAll('.it[data-fact-id]') : [];
  }
}

/** The sketch's element for `entries`, sized for `container`. */
function sketchOf(container, entries, { lanes, picked }) {
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
  // Facts share a row where their bands, 8 px apart, do not overlap: the library stacks them so
  // (chart.js: `stack`, `margin.item.horizontal`), letting a text run over its neighbours.
  const track = Math.max(container.clientWidth - 240, 120);
  const gap = 8 / track;
  const place = (entry) => {
    const span = spanOf(entry.when, limits);
    const from = (span.start.getTime() - min) / width;
    return { entry, span, from, to: (span.end.getTime() - min) / width + gap };
  };
  const fact = (laneId) => (placed) => {
    const { entry, span } = placed;
    const band = h('span', { class: 'sketch-band' });
    band.style.left = at(span.start);
    band.style.width = `max(3px, calc(${at(span.end)} - ${at(span.start)}))`;
    const text = h('span', { class: 'sketch-text' }, contentOf(entry, `${entry.factId}|${laneId}`));
    text.style.left = at(span.start);
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
  const rows = laneRows([...laneMap.values()]).map(({ id, row }) =>
    h(
      'div',
      { class: 'sketch-lane' },
      h('div', { class: 'sketch-name' }, row().content),
      h('ol', { class: 'sketch-items' }, stacked(id, factsOf.get(id))),
    ),
  );
  return h('div', { class: 'chart-sketch' }, h('div', { class: 'sketch-corner' }), sketchAxis(limits, track), rows);
}
