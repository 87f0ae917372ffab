import {
  ApiError,
  comparePositions,
  getJson,
  readActors,
  readFact,
  readHistory,
  readSources,
  readTimeline,
  readTopics,
} from './js/api.js';
import { TimelineChart } from './js/chart.js';
import { AsOfControl, Picker } from './js/controls.js';
import { announce, h, replaceChildren, truncate } from './js/dom.js';
import { renderFactPanel } from './js/factPanel.js';
import { countsOf, findingsOf, renderFindings } from './js/findingsView.js';
import { renderList } from './js/listView.js';
import { LiveFeed } from './js/liveFeed.js';
import { readState, writeState } from './js/urlState.js';
import { startOfDay } from './js/dates.js';

/** How long a new or changed entry stays highlighted. */
const FRESH_MS = 6000;

const $ = (id) => document.getElementById(id);
const els = {
  title: $('timeline-title'),
  count: $('timeline-count'),
  live: $('live-status'),
  filters: $('filters'),
  filterError: $('filter-error'),
  q: $('q'),
  from: $('from'),
  to: $('to'),
  retracted: $('retracted'),
  clear: $('clear-filters'),
  chart: $('chart'),
  chartEmpty: $('chart-empty'),
  list: $('entry-list'),
  listEmpty: $('list-empty'),
  findings: $('findings'),
  findingsCount: $('findings-count'),
  panel: $('fact-panel'),
};

let state = readState();
/** What is on screen: the entries after every filter, the log position they were read at. */
let data = { entries: [], byId: new Map(), position: null, truncated: false };
/** factId → 'added' | 'changed', while highlighted. */
const fresh = new Map();
const freshTimers = new Map();
/** Retracted facts seen on the live feed while the page is open (merged in until the next load). */
const retractedSeen = new Map();
const names = registryNames();
let loading = null;
let loadedScope = null;
let refreshQueued = false;
let chart;
let panelOpener = null;

const feed = new LiveFeed({
  onEvent: onFeedEvent,
  onReset: () => {
    loadedScope = null;
    void load();
  },
  onStatus: (status, text) => {
    els.live.dataset.state = status;
    els.live.textContent = text;
  },
});

const actorPicker = new Picker({
  name: 'actor',
  list: $('actor-list'),
  search: $('actor-search'),
  count: $('actor-count'),
  onChange: (ids) => update({ actors: ids }, { refit: true }),
});
const topicPicker = new Picker({
  name: 'topic',
  list: $('topic-list'),
  search: $('topic-search'),
  count: $('topic-count'),
  onChange: (ids) => update({ topics: ids }, { refit: true }),
});
const asOfControl = new AsOfControl({
  slider: $('asof-slider'),
  date: $('asof-date'),
  now: $('asof-now'),
  label: $('asof-label'),
  onChange: (asOf, { commit }) => update({ asOf }, { replace: !commit, debounce: commit ? 0 : 120 }),
});

// ── state changes ───────────────────────────────────────────────────────────

let debounceTimer = null;

/** Applies a change of filters: into the URL, then a reload (or a redraw when nothing is fetched). */
function update(change, { refit = false, replace = false, debounce = 0, reload = true } = {}) {
  state = { ...state, ...change };
  writeState(state, { replace });
  clearTimeout(debounceTimer);
  if (!reload) {
    draw({ refit });
    return;
  }
  if (debounce > 0) debounceTimer = setTimeout(() => void load({ refit }), debounce);
  else void load({ refit });
}

/** What the server filters: one actor, or one topic; several are filtered here. */
function serverQuery() {
  const query = {
    from: state.from,
    to: state.to,
    q: state.q,
    asOf: state.asOf,
    includeRetracted: state.retracted ? 'true' : '',
  };
  if (state.actors.length === 1) query.actor = state.actors[0];
  else if (state.actors.length === 0 && state.topics.length === 1) query.topic = state.topics[0];
  return query;
}

function matches(entry, query) {
  const byActor =
    query.actor !== undefined || state.actors.length === 0 || entry.actors.some((a) => state.actors.includes(a.id));
  const byTopic =
    query.topic !== undefined || state.topics.length === 0 || entry.topics.some((t) => state.topics.includes(t.id));
  return byActor && byTopic;
}

/** Retracted facts to show on request that the last load did not return: what the feed told us since. */
function retractedToShow(query, shown) {
  if (!state.retracted || state.asOf) return [];
  const needle = state.q.toLowerCase();
  return [...retractedSeen.values()].filter(
    (e) =>
      !shown.has(e.factId) &&
      matches(e, { ...query, actor: undefined, topic: undefined }) &&
      (!needle || e.summary.toLowerCase().includes(needle) || (e.notes ?? '').toLowerCase().includes(needle)),
  );
}

/** The timelines' order (earliest, then latest day; open ends outermost), for merging entries in. */
function byDate(a, b) {
  const day = (d, open) => (d ? (startOfDay(d)?.getTime() ?? open) : open);
  return (
    day(a.when.earliest, -Infinity) - day(b.when.earliest, -Infinity) ||
    day(a.when.latest, Infinity) - day(b.when.latest, Infinity) ||
    0
  );
}

/** Reads the timeline for the current state and draws it. Each call supersedes the previous one. */
async function load({ refit = false } = {}) {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  const query = serverQuery();
  let result;
  try {
    result = await readTimeline(query, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) return;
    showError(error);
    return;
  }
  if (loading !== controller) return;
  showError(null);
  const entries = result.entries.filter((e) => matches(e, query));
  const shown = new Set(entries.map((e) => e.factId));
  const extra = retractedToShow(query, shown);
  if (extra.length > 0) {
    entries.push(...extra);
    entries.sort(byDate);
  }
  data = {
    entries,
    byId: new Map(entries.map((e) => [e.factId, e])),
    position: result.position,
    truncated: result.truncated,
    name: result.timeline.name,
  };
  if (!state.asOf) asOfControl.setHead(result.position);
  asOfControl.show(state.asOf, result.position);
  draw({ refit });
  await follow(result.position);
  if (state.fact) void showFact(state.fact, { focus: false, push: false });
}

/** Subscribes the live feed to the current scope, from the newest position the page has read. */
async function follow(position) {
  const scope =
    state.actors.length === 1
      ? { actor: state.actors[0] }
      : state.actors.length === 0 && state.topics.length === 1
        ? { topic: state.topics[0] }
        : {};
  const key = JSON.stringify(scope);
  if (key === loadedScope) return;
  loadedScope = key;
  let after = state.asOf ? null : position;
  if (state.asOf) {
    // A past view was read: ask where the log is now, and follow from there.
    after = (await getJson('/api/timelines?limit=1').catch(() => ({ position: null }))).position;
    asOfControl.setHead(after);
  }
  feed.open(scope, after);
}

function onFeedEvent(name, message) {
  asOfControl.setHead(message.position);
  if (!state.asOf && comparePositions(message.position, data.position) <= 0) return; // already on screen
  const entry = message.entry;
  if (entry?.status === 'retracted') retractedSeen.set(message.factId, entry);
  else retractedSeen.delete(message.factId);
  if (name === 'entry-removed') {
    announce(`Removed from this timeline: ${truncate(entry?.summary ?? message.factId, 120)}`);
  } else {
    markFresh(
      message.factId,
      name === 'entry-added' && !fresh.has(message.factId) ? 'added' : (fresh.get(message.factId) ?? 'changed'),
    );
  }
  if (state.asOf) {
    asOfControl.notePending();
    return;
  }
  if (!refreshQueued) {
    refreshQueued = true;
    // Events of one append arrive together: one reload for all of them.
    setTimeout(() => {
      refreshQueued = false;
      void load().then(() => announceFresh());
    }, 30);
  }
}

/** Fresh facts not yet announced to screen readers. */
const unannounced = new Set();

function markFresh(factId, kind) {
  fresh.set(factId, kind);
  unannounced.add(factId);
  clearTimeout(freshTimers.get(factId));
  freshTimers.set(
    factId,
    setTimeout(() => {
      fresh.delete(factId);
      freshTimers.delete(factId);
      if (data.byId.has(factId)) draw({});
    }, FRESH_MS),
  );
}

function announceFresh() {
  const ids = [...unannounced].filter((id) => data.byId.has(id) && fresh.has(id));
  unannounced.clear();
  const lines = ids.map(
    (id) => `${fresh.get(id) === 'added' ? 'New' : 'Updated'}: ${truncate(data.byId.get(id).summary, 100)}`,
  );
  if (lines.length > 0) announce(lines.join('. '));
}

// ── drawing ────────────────────────────────────────────────────────────────

function draw({ refit = false } = {}) {
  const { entries } = data;
  const title = titleOf();
  els.title.textContent = title;
  document.title = `${title} — Chronicle`;
  els.count.textContent = `${entries.length} fact${entries.length === 1 ? '' : 's'}${state.asOf ? ' as known then' : ''}${data.truncated ? ' (first pages only)' : ''}`;
  chart.render(entries, {
    lanes: state.lanes,
    picked: state.lanes === 'actor' ? state.actors : state.topics,
    fresh,
    refit,
  });
  els.chartEmpty.hidden = entries.length > 0;
  els.listEmpty.hidden = entries.length > 0;
  renderList(els.list, entries, {
    fresh,
    selected: state.fact,
    onOpen: (id) => void showFact(id, { focus: true, opener: document.activeElement }),
  });
  const findings = findingsOf(entries);
  const counts = countsOf(findings);
  els.findingsCount.textContent =
    findings.length > 0
      ? `(${counts.error > 0 ? `${counts.error} error${counts.error === 1 ? '' : 's'}` : findings.length})`
      : '';
  els.findingsCount.classList.toggle('has-errors', counts.error > 0);
  renderFindings(els.findings, findings, {
    summaries: new Map(entries.map((e) => [e.factId, e.summary])),
    onJump: jumpToFacts,
  });
  if (state.fact) chart.select(state.fact);
}

function titleOf() {
  const actors = state.actors.map((id) => names.actor(id));
  const topics = state.topics.map((id) => names.topic(id));
  const parts = [];
  if (actors.length === 1) parts.push(actors[0]);
  else if (actors.length > 1) parts.push(`${actors.length} actors`);
  if (topics.length === 1) parts.push(topics[0]);
  else if (topics.length > 1) parts.push(`${topics.length} topics`);
  return parts.length > 0 ? parts.join(' · ') : 'All facts';
}

function showError(error) {
  if (!error) {
    els.filterError.hidden = true;
    return;
  }
  els.filterError.hidden = false;
  els.filterError.textContent =
    error instanceof ApiError ? error.describe() : `Could not reach the server: ${error.message}`;
}

// ── the fact panel ─────────────────────────────────────────────────────────

let panelRequest = 0;

/** Opens the panel of `factId`: at once with what the timeline has, then with its history. */
async function showFact(factId, { focus = false, push = true, opener = null } = {}) {
  const request = ++panelRequest;
  const changed = state.fact !== factId;
  if (changed) {
    state = { ...state, fact: factId };
    writeState(state, { replace: !push });
  }
  if (opener) panelOpener = opener;
  chart.select(factId, { reveal: changed });
  for (const li of els.list.children) li.classList.toggle('is-selected', li.dataset.factId === factId);
  els.panel.hidden = false;
  document.body.classList.add('has-panel');
  const inView = data.byId.get(factId);
  const model = (fact, history) => ({
    entry: inView ?? fact,
    fact,
    history,
    asOf: state.asOf,
    asOfPosition: data.position,
    inView: Boolean(inView),
    entries: data.byId,
    names,
    onOpen: (id) => void showFact(id, { focus: true }),
    onPickActor: (id) => pickOnly({ actors: [id], topics: [] }),
    onPickTopic: (id) => pickOnly({ topics: [id], actors: [] }),
    onClose: closeFact,
  });
  if (inView && changed) {
    renderFactPanel(els.panel, model(null, null));
    if (focus) $('fact-title')?.focus();
  }
  try {
    const [fact, history] = await Promise.all([readFact(factId), readHistory(factId)]);
    if (request !== panelRequest || state.fact !== factId) return;
    // A redraw (after a live update) keeps the reader's place: scroll, open notes, focused control.
    const focusables = () => [...els.panel.querySelectorAll('button, a[href], summary, [tabindex]')];
    const keep = focusables().indexOf(document.activeElement);
    const notesOpen = els.panel.querySelector('details.notes')?.open ?? false;
    const scroll = els.panel.scrollTop;
    renderFactPanel(els.panel, model(fact, history.events));
    if (!changed) {
      els.panel.scrollTop = scroll;
      const notes = els.panel.querySelector('details.notes');
      if (notes) notes.open = notesOpen;
    }
    if (focus) $('fact-title')?.focus();
    else if (keep >= 0) focusables()[keep]?.focus({ preventScroll: true });
  } catch (error) {
    if (request !== panelRequest) return;
    replaceChildren(
      els.panel,
      h(
        'div',
        { class: 'panel-head' },
        h('p', { class: 'kicker' }, 'Fact ', h('code', {}, factId)),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close the fact panel', onclick: closeFact }, '×'),
      ),
      h('h2', { id: 'fact-title', tabindex: '-1' }, 'This fact could not be read'),
      h('p', { class: 'error-box', role: 'alert' }, error instanceof ApiError ? error.describe() : error.message),
    );
    if (focus) $('fact-title')?.focus();
  }
}

function closeFact() {
  panelRequest += 1;
  update({ fact: '' }, { reload: false });
  els.panel.hidden = true;
  document.body.classList.remove('has-panel');
  chart.select(null);
  for (const li of els.list.children) li.classList.remove('is-selected');
  const back = panelOpener && document.contains(panelOpener) ? panelOpener : els.chart;
  panelOpener = null;
  if (state.view === 'chart' || back !== els.chart) back.focus();
}

function pickOnly(change) {
  actorPicker.setChecked(change.actors);
  topicPicker.setChecked(change.topics);
  update(change, { refit: true });
}

/** From the findings view to the timeline: the finding's facts selected and in view, the first one open. */
function jumpToFacts(factIds, factId) {
  setView('chart', { push: true });
  void showFact(factId, { focus: false }).then(() => els.chart.focus());
  chart.reveal(factIds);
}

// ── views (tabs) ───────────────────────────────────────────────────────────

const tabs = [...document.querySelectorAll('[role="tab"]')];

function setView(view, { push = false } = {}) {
  if (state.view !== view) {
    state = { ...state, view };
    writeState(state, { replace: !push });
  }
  for (const tab of tabs) {
    const on = tab.dataset.view === view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (view === 'chart') chart?.timeline.redraw();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => setView(tab.dataset.view, { push: true }));
  tab.addEventListener('keydown', (event) => {
    const at = tabs.indexOf(tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    next.focus();
    setView(next.dataset.view, { push: true });
  });
}

// ── filters ────────────────────────────────────────────────────────────────

function controlsFromState() {
  for (const radio of els.filters.elements.namedItem('lanes')) radio.checked = radio.value === state.lanes;
  els.q.value = state.q;
  els.from.value = state.from;
  els.to.value = state.to;
  els.retracted.checked = state.retracted;
  actorPicker.setChecked(state.actors);
  topicPicker.setChecked(state.topics);
  setView(state.view);
}

let typing = null;
els.filters.addEventListener('change', (event) => {
  const target = event.target;
  if (target.name === 'lanes') update({ lanes: target.value }, { reload: false, refit: false });
  else if (target === els.retracted) update({ retracted: target.checked }, { refit: false });
  else if (target === els.from || target === els.to)
    update({ from: els.from.value.trim(), to: els.to.value.trim() }, { refit: true });
});
els.q.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update({ q: els.q.value.trim() }, { replace: true }), 250);
});
els.filters.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update({ q: els.q.value.trim(), from: els.from.value.trim(), to: els.to.value.trim() }, { refit: true });
});
els.clear.addEventListener('click', () => {
  pickOnly({ actors: [], topics: [] });
  els.q.value = '';
  els.from.value = '';
  els.to.value = '';
  update({ q: '', from: '', to: '' }, { refit: true });
});

$('zoom-in').addEventListener('click', () => chart.zoom(0.6));
$('zoom-out').addEventListener('click', () => chart.zoom(1.6));
$('zoom-fit').addEventListener('click', () => chart.fit());
els.panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeFact();
});
window.addEventListener('popstate', () => {
  const before = state;
  state = readState();
  controlsFromState();
  if (!state.fact) {
    els.panel.hidden = true;
    document.body.classList.remove('has-panel');
  }
  const same = ['actors', 'topics', 'from', 'to', 'q', 'asOf', 'retracted'].every(
    (k) => JSON.stringify(before[k]) === JSON.stringify(state[k]),
  );
  if (same) {
    draw({});
    if (state.fact) void showFact(state.fact, { push: false });
  } else void load({ refit: true });
});

// ── registries (names for pickers, titles and the history) ────────────────

function registryNames() {
  const actors = new Map();
  const topics = new Map();
  const sources = new Map();
  return {
    actors,
    topics,
    sources,
    actor: (id) => actors.get(id)?.name ?? id,
    topic: (id) => topics.get(id)?.label ?? id,
    source: (id) => sources.get(id)?.title ?? id,
    fact: (id) => (data.byId.get(id) ? `${truncate(data.byId.get(id).summary, 80)}` : id),
    sourceUrl: (id) => {
      const url = sources.get(id)?.url;
      return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
    },
  };
}

async function loadRegistries() {
  const [actors, topics, sources] = await Promise.all([readActors(), readTopics(), readSources()]);
  for (const a of actors) names.actors.set(a.actorId, a);
  for (const t of topics) names.topics.set(t.topicId, t);
  for (const s of sources) names.sources.set(s.sourceId, s);
  actorPicker.setItems(
    actors.filter((a) => !a.mergedInto).map((a) => ({ id: a.actorId, label: a.name, hint: a.aliases.join(', ') })),
  );
  topicPicker.setItems(topics.map((t) => ({ id: t.topicId, label: t.label })));
}

async function main() {
  if (!window.vis) {
    showError(new Error('the timeline library did not load'));
    return;
  }
  chart = new TimelineChart(els.chart, {
    onSelect: (id) => void showFact(id, { focus: false }),
    onOpen: (id) => void showFact(id, { focus: true, opener: els.chart }),
  });
  controlsFromState();
  try {
    await loadRegistries();
  } catch (error) {
    showError(error);
  }
  controlsFromState();
  await load({ refit: true });
}

void main();
