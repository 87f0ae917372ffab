import { ApiError } from './api.js';
import { renderFindings, countsOf, findingsOf } from './findingsView.js';
import { renderList } from './listView.js';
import { namesOf, titleOf } from './names.js';
import { watch } from './store.js';
import { writeState } from './urlState.js';

const $ = (id) => document.getElementById(id);

/** A loading error in words. */
export const describeError = (error) =>
  error instanceof ApiError ? error.describe() : `Could not reach the server: ${error.message}`;

/**
 * The views that draw the store: the address, the header, the list, the findings, the tabs, the
 * as-of control and the loading error (the chart: chartView.js). Each redraws only when what
 * it shows changed.
 */
export function mountPageViews(store, { asOfControl, actions }) {
  store.subscribe((state, previous, meta) => {
    if (meta.history && state.route !== previous.route)
      writeState(state.route, { replace: meta.history === 'replace' });
  });

  watch(
    store,
    (s) => [s.data, s.route.actors, s.route.topics, s.route.asOf, s.registries],
    (state) => {
      const { entries, truncated } = state.data;
      const title = titleOf(state.route, namesOf(state));
      $('timeline-title').textContent = title;
      document.title = `${title} — Chronicle`;
      $('timeline-count').textContent =
        `${entries.length} fact${entries.length === 1 ? '' : 's'}${state.route.asOf ? ' as known then' : ''}${truncated ? ' (first pages only)' : ''}`;
    },
  );

  watch(
    store,
    (s) => [s.error],
    ({ error }) => {
      const box = $('filter-error');
      box.hidden = !error;
      if (error) box.textContent = describeError(error);
    },
  );

  watch(
    store,
    (s) => [s.live],
    ({ live }) => {
      $('live-status').dataset.state = live.state;
      $('live-status').textContent = live.text;
    },
  );

  watch(
    store,
    (s) => [s.route.asOf, s.data.position, s.head, s.pending],
    (state) =>
      asOfControl.render({
        asOf: state.route.asOf,
        position: state.data.position,
        head: state.head,
        pending: state.pending,
      }),
  );

  // The list and the findings are drawn while their tab shows (and when it is chosen): a live
  // change does not rebuild a long list nobody is looking at.
  watch(
    store,
    (s) => [s.data, s.fresh, s.route.fact, s.route.view === 'list'],
    (state) => {
      if (state.route.view !== 'list') return;
      $('list-empty').hidden = state.data.entries.length > 0;
      renderList($('entry-list'), state.data.entries, {
        fresh: state.fresh,
        selected: state.route.fact,
        onOpen: (id) => void actions.showFact(id, { focus: true, opener: document.activeElement }),
      });
    },
  );

  watch(
    store,
    (s) => [s.data, s.route.view === 'findings'],
    (state) => {
      const { entries } = state.data;
      const findings = findingsOf(entries);
      const counts = countsOf(findings);
      const count = $('findings-count');
      count.textContent =
        findings.length > 0
          ? `(${counts.error > 0 ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : findings.length})`
          : '';
      count.classList.toggle('has-errors', counts.error > 0);
      if (state.route.view !== 'findings') return;
      renderFindings($('findings'), findings, {
        summaries: new Map(entries.map((e) => [e.factId, e.summary])),
        onJump: actions.jumpToFacts,
      });
    },
  );

  const tabs = [...document.querySelectorAll('[role="tab"]')];
  watch(
    store,
    (s) => [s.route.view],
    ({ route }) => {
      for (const tab of tabs) {
        const on = tab.dataset.view === route.view;
        tab.setAttribute('aria-selected', String(on));
        tab.tabIndex = on ? 0 : -1;
        $(tab.getAttribute('aria-controls')).hidden = !on;
      }
    },
  );
  for (const tab of tabs) {
    tab.addEventListener('click', () => actions.setView(tab.dataset.view));
    tab.addEventListener('keydown', (event) => {
      const shown = tabs.filter((t) => !t.hidden);
      const at = shown.indexOf(tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: shown.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = shown[(to + shown.length) % shown.length];
      next.focus();
      actions.setView(next.dataset.view);
    });
  }
}
