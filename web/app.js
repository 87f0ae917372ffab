/**
 * The timeline page: one state store (js/store.js), the actions that change it, and the views
 * that draw it. This file only wires them together.
 */
import { readActors, readSources, readTopics, whenUnauthorized } from './js/api.js';
import { prefetchChartLibrary } from './js/chartLibrary.js';
import { mountChart } from './js/chartView.js';
import { createCaptureActions } from './js/captureActions.js';
import { mountCaptureControls } from './js/captureControls.js';
import { AsOfControl, Picker } from './js/controls.js';
import { createEditActions } from './js/editActions.js';
import { createEditControls } from './js/editControls.js';
import { changesOf } from './js/factDraft.js';
import { mountFilterControls } from './js/filterControls.js';
import { LiveFeed } from './js/liveFeed.js';
import { createPanelActions } from './js/panelActions.js';
import { mountPanelDialog } from './js/panelDialog.js';
import { mountPanelView } from './js/panelView.js';
import { mountPageViews } from './js/pageViews.js';
import { createSessionActions } from './js/sessionActions.js';
import { mountSessionView } from './js/sessionView.js';
import { createStore, initialState } from './js/store.js';
import { createTimelineActions } from './js/timelineActions.js';
import { readState } from './js/urlState.js';

const $ = (id) => document.getElementById(id);
const store = createStore(initialState(readState()));

const feed = new LiveFeed({
  onEvent: (name, message) => timeline.onFeedEvent(name, message),
  onReset: () => timeline.reset(),
  onStatus: (state, text) => store.update({ live: { state, text } }),
  // EventSource does not say why it was refused: ask the server whether the session is gone.
  onRefused: () => void session.verify(),
});
let chartDrawn;
const timeline = createTimelineActions(store, {
  feed,
  drawn: new Promise((resolve) => (chartDrawn = resolve)),
  onLoaded: () => panel.refresh(),
  onChange: (message) => panel.noteChange(message),
});
const panel = createPanelActions(store, { setRoute: timeline.setRoute });
const edit = createEditActions(store, { showFact: panel.showFact });
const capture = createCaptureActions(store);
const session = createSessionActions(store, {
  onEnded() {
    feed.close();
    store.update({ live: { state: 'offline', text: 'Offline until you sign in' } });
  },
  onResumed: () => timeline.reset(),
});
whenUnauthorized(session.ended);

/** Whether an open edit form holds changes not saved yet. */
function unsaved() {
  const { editor } = store.state;
  if (!editor || editor.conflict) return Boolean(editor?.conflict);
  return changesOf(editor.base, editor.draft).length > 0 || editor.draft.id.trim() !== '';
}

/** Leaving an unsaved edit is refused with a word, never done silently. */
function keepUnsaved() {
  if (!unsaved()) return false;
  store.update((s) => ({
    editor: { ...s.editor, error: { message: 'Your edit is not saved: Save it, or Cancel to drop it.' } },
  }));
  return true;
}

const actorPicker = new Picker({
  name: 'actor',
  list: $('actor-list'),
  search: $('actor-search'),
  count: $('actor-count'),
  onChange: (ids) => timeline.setRoute({ actors: ids }, { refit: true }),
});
const topicPicker = new Picker({
  name: 'topic',
  list: $('topic-list'),
  search: $('topic-search'),
  count: $('topic-count'),
  onChange: (ids) => timeline.setRoute({ topics: ids }, { refit: true }),
});
const asOfControl = new AsOfControl({
  slider: $('asof-slider'),
  date: $('asof-date'),
  now: $('asof-now'),
  label: $('asof-label'),
  onChange: (asOf, { commit }) =>
    timeline.setRoute({ asOf }, { replace: !commit, debounce: commit ? 0 : 120, refit: false }),
});

const actions = {
  showFact(factId, options) {
    const { editor } = store.state;
    if (editor && factId !== editor.factId) {
      if (keepUnsaved()) return Promise.resolve();
      store.update({ editor: null });
    }
    return panel.showFact(factId, options);
  },
  setRoute: timeline.setRoute,
  /** Shows only the picked actors or topics. */
  pickOnly(change) {
    actorPicker.setChecked(change.actors);
    topicPicker.setChecked(change.topics);
    timeline.setRoute(change, { refit: true });
  },
  /** From the findings view to the timeline: the finding's facts selected and in view, the first one open. */
  jumpToFacts(factIds, factId) {
    actions.setView('chart');
    void actions.showFact(factId, { focus: false }).then(() => $('chart').focus());
    void chart?.use((c) => c.reveal(factIds));
  },
  zoom: (factor) => chart?.use((c) => c.zoom(factor)),
  fit: () => chart?.use((c) => c.fit()),
  setView(view) {
    if (store.state.route.view !== view) timeline.setRoute({ view }, { reload: false });
  },
  /** Closes the panel and gives the focus back to what opened it (the same fact's row, when redrawn). */
  closePanel() {
    if (keepUnsaved()) return;
    const factId = store.state.panel?.factId;
    const opener = panel.closeFact();
    const view = store.state.route.view;
    const row = factId && document.querySelector(`#entry-list li[data-fact-id="${CSS.escape(factId)}"] .entry-open`);
    const back =
      opener && document.contains(opener)
        ? opener
        : view === 'list' && row
          ? row
          : view === 'findings'
            ? $('tab-findings')
            : $('chart');
    back.focus();
  },
};

let chart;

async function loadRegistries() {
  const [actors, topics, sources] = await Promise.all([readActors(), readTopics(), readSources()]);
  store.update({
    registries: {
      actors: new Map(actors.map((a) => [a.actorId, a])),
      topics: new Map(topics.map((t) => [t.topicId, t])),
      sources: new Map(sources.map((s) => [s.sourceId, s])),
    },
  });
  actorPicker.setItems(
    actors.filter((a) => !a.mergedInto).map((a) => ({ id: a.actorId, label: a.name, hint: a.aliases.join(', ') })),
  );
  topicPicker.setItems(topics.map((t) => ({ id: t.topicId, label: t.label })));
}

async function main() {
  const editControls = createEditControls(store, { edit, closePanel: actions.closePanel });
  mountPageViews(store, { asOfControl, actions });
  mountPanelView(store, {
    panel: $('fact-panel'),
    actions,
    slots: { editor: editControls.drawEditor, actions: editControls.panelExtras },
  });
  editControls.mountNewFact();
  mountCaptureControls(store, { capture });
  mountPanelDialog(store, {
    panel: $('fact-panel'),
    behind: [document.querySelector('.app-header'), $('sidebar'), $('main')],
  });
  const controls = mountFilterControls(store, { actions, pickers: [actorPicker, topicPicker], timeline });
  mountSessionView(store, session);
  try {
    await session.check();
  } catch (error) {
    store.update({ error });
    return;
  }
  await session.signedIn();
  // The registries and the timeline are read side by side; the chart is the page's own sketch of
  // it until it is first used, and only then is the timeline library run (chartView.js). Once the
  // sketch is painted, the library is fetched at the lowest priority, so that using the chart
  // waits for its evaluation only.
  const registries = loadRegistries().catch((error) => store.update({ error }));
  const loaded = timeline.load({ refit: true });
  chart = mountChart(store, $('chart'), {
    onSelect: (id) => void actions.showFact(id, { focus: false }),
    onOpen: (id) => void actions.showFact(id, { focus: true, opener: $('chart') }),
    onError: (error) => store.update({ error }),
  });
  await chart.drawn;
  prefetchChartLibrary($('chart'));
  await registries;
  controls.fromState();
  chartDrawn();
  await loaded;
}

void main();
