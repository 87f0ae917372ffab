import { h, truncate } from './dom.js';
import { laneRows, limitsOf, membersOf, spanOf } from './chartItems.js';

/**
 * A still sketch of the chart, drawn by the page itself from the timeline it read while the
 * timeline library (the page's largest script) is still loading: the same lanes in the same
 * order, each fact's date and summary over the span of its date. It fills the chart's box, whose
 * size does not depend on what it holds (css/chart.css), so nothing moves when the library's chart
 * takes its place (chart.js removes the sketch). Screen readers skip it: the chart's label and the
 * List tab say the same in words.
 */
export function drawChartSketch(container, entries, { lanes, picked }) {
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
  const gap = 8 / Math.max(container.clientWidth - 240, 120);
  const place = (entry) => {
    const span = spanOf(entry.when, limits);
    const from = (span.start.getTime() - min) / width;
    return { entry, span, from, to: (span.end.getTime() - min) / width + gap };
  };
  const fact = ({ entry, span }) => {
    const band = h('span', { class: 'sketch-band' });
    band.style.left = at(span.start);
    band.style.width = `max(3px, calc(${at(span.end)} - ${at(span.start)}))`;
    const text = h(
      'span',
      { class: 'sketch-text' },
      h('span', { class: 'it-when' }, entry.when.label),
      ' ',
      h('span', { class: 'it-sum' }, truncate(entry.summary, 64)),
    );
    text.style.left = at(span.start);
    return [band, text];
  };
  const stacked = (entries) => {
    const rows = [];
    for (const placed of entries.map(place)) {
      const row = rows.find((r) => r.end <= placed.from) ?? rows[rows.push({ end: 0, facts: [] }) - 1];
      row.facts.push(placed);
      row.end = placed.to;
    }
    return rows.map((row) => h('li', { class: 'sketch-row' }, row.facts.map(fact)));
  };
  const rows = laneRows([...laneMap.values()]).map(({ id, row }) =>
    h(
      'div',
      { class: 'sketch-lane' },
      h('div', { class: 'sketch-name' }, row().content),
      h('ol', { class: 'sketch-items' }, stacked(factsOf.get(id))),
    ),
  );
  container.querySelector('.chart-sketch')?.remove();
  container.append(h('div', { class: 'chart-sketch', 'aria-hidden': 'true' }, rows));
}
