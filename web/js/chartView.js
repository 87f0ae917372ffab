import { TimelineChart } from './chart.js';
import { loadChartLibrary } from './chartLibrary.js';
import { ChartSketch } from './chartSketch.js';
import { watch } from './store.js';

const $ = (id) => document.getElementById(id);

/** Keys the library's chart answers (chart.js `onKey`): the first one starts it. */
const CHART_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Home', 'End', 'Enter']);
const ZOOM_KEYS = new Set(['+', '=', '-', '0']);

/**
 * The chart in `container`: the page's own sketch (chartSketch.js) until the chart is first used,
 * then the timeline library's (chart.js). The library is the page's largest script and its
 * evaluation and layout its longest tasks, and every change on the live feed costs each page
 * that runs it a redraw; a page that is only looked at never needs it.
 *
 * Used means: a pointer pressed or a wheel turned on the chart, a key the chart answers while it
 * has the focus (the key is then handled by the library's chart once it is drawn), a fact
 * selected on the sketch, or `start()` (the zoom and fit buttons, a jump from the findings).
 * `start()` resolves to the TimelineChart. `drawn` resolves once the sketch is first painted, or
 * at once when there is nothing to draw.
 */
export function mountChart(store, container, { onSelect, onOpen, onError }) {
  let starting = null;
  let chart = null;
  const sketch = new ChartSketch(container, {
    onSelect(factId) {
      onSelect(factId);
      void start();
    },
  });
  let unmount = mountChartView(store, sketch);

  function start() {
    starting ??= loadChartLibrary(container).then(
      () => {
        unmount();
        sketch.destroy();
        chart = new TimelineChart(container, { onSelect, onOpen });
        unmount = mountChartView(store, chart);
        return chart;
      },
      (error) => {
        starting = null;
        onError(error);
        throw error;
      },
    );
    return starting;
  }
  const use = (what) =>
    start().then(what, () => {
      // onError told the page.
    });

  container.addEventListener('pointerdown', (event) => {
    // A press on a fact is a click that selects it (the sketch's), and starts the chart then.
    if (!chart && !event.target.closest?.('.it[data-fact-id]')) void use(() => {});
  });
  container.addEventListener('wheel', () => !chart && void use(() => {}), { passive: true });
  container.addEventListener('keydown', (event) => {
    if (chart || event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!CHART_KEYS.has(event.key) && !ZOOM_KEYS.has(event.key)) return;
    event.preventDefault();
    const { key, shiftKey } = event;
    // Keys pressed while the library loads are handled in order once its chart is drawn.
    void use((c) => c.onKey({ key, shiftKey, target: container, preventDefault() {} }));
  });

  let painted;
  const drawn = new Promise((resolve) => (painted = resolve));
  const sketching = watch(
    store,
    (s) => [s.data, s.error],
    ({ data, error }) => {
      if (data.position === null && !error) return;
      // After the next frame is painted.
      requestAnimationFrame(() => setTimeout(painted, 0));
      queueMicrotask(() => sketching());
    },
  );

  return { start, use, drawn };
}

/**
 * Draws the store on `chart` (the sketch or the library's chart): again when its entries, lanes
 * or highlights change, the open fact selected, laid out again when its tab shows. Returns the
 * unsubscribe.
 */
function mountChartView(store, chart) {
  let drawnRefit = -1;
  const stops = [
    watch(
      store,
      (s) => [s.data, s.route.lanes, s.route.actors, s.route.topics, s.refit],
      (state) => {
        const { route } = state;
        chart.render(state.data.entries, {
          lanes: route.lanes,
          picked: route.lanes === 'actor' ? route.actors : route.topics,
          fresh: state.fresh,
          refit: state.refit !== drawnRefit,
        });
        drawnRefit = state.refit;
        // Nothing is said before the timeline is read.
        $('chart-empty').hidden = state.data.position === null || state.data.entries.length > 0;
        if (route.fact) chart.select(route.fact);
      },
    ),
    // A highlight that comes or goes changes classes, not the chart's items.
    watch(
      store,
      (s) => [s.fresh],
      ({ fresh }) => chart.showFresh(fresh),
    ),
    watch(
      store,
      (s) => [s.route.fact],
      (state, previous) => {
        if (previous) chart.select(state.route.fact || null, { reveal: Boolean(state.route.fact) });
      },
    ),
    watch(
      store,
      (s) => [s.route.view],
      ({ route }) => {
        if (route.view === 'chart') chart.redraw();
      },
    ),
  ];
  return () => stops.forEach((stop) => stop());
}
