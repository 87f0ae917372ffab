import { comparePositions, getJson, readTimeline } from './api.js';
import { startOfDay } from './dates.js';
import { announce, truncate } from './dom.js';

/** How long a new or changed entry stays highlighted. */
const FRESH_MS = 6000;

/** What the server filters: one actor, or one topic; several are filtered on the page. */
export function serverQuery(route) {
  const query = {
    from: route.from,
    to: route.to,
    q: route.q,
    asOf: route.asOf,
    includeRetracted: route.retracted ? 'true' : '',
  };
  if (route.actors.length === 1) query.actor = route.actors[0];
  else if (route.actors.length === 0 && route.topics.length === 1) query.topic = route.topics[0];
  return query;
}

function matches(route, entry, query) {
  const byActor =
    query.actor !== undefined || route.actors.length === 0 || entry.actors.some((a) => route.actors.includes(a.id));
  const byTopic =
    query.topic !== undefined || route.topics.length === 0 || entry.topics.some((t) => route.topics.includes(t.id));
  return byActor && byTopic;
}

/** Retracted facts to show on request that the last load did not return: what the feed told us since. */
function retractedToShow(state, query, shown) {
  const { route } = state;
  if (!route.retracted || route.asOf) return [];
  const needle = route.q.toLowerCase();
  return [...state.retractedSeen.values()].filter(
    (e) =>
      !shown.has(e.factId) &&
      matches(route, e, { ...query, actor: undefined, topic: undefined }) &&
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

/**
 * Fields whose change shows in the changed fact's own entry alone: no other entry's dates,
 * narrowing or findings depend on them (relations and dates do), nor the timelines' order.
 */
const OWN_FIELDS = new Set(['summary', 'notes', 'place', 'actors', 'topics', 'citations']);

/** Whether a feed message changes its fact's entry and nothing else the page shows. */
function changesItselfOnly(name, message) {
  const changes = message.changes ?? [];
  return name === 'entry-changed' && changes.length > 0 && changes.every((c) => OWN_FIELDS.has(c));
}

/** The scope the live feed follows for `route`: one actor, one topic, or everything. */
function scopeOf(route) {
  if (route.actors.length === 1) return { actor: route.actors[0] };
  if (route.actors.length === 0 && route.topics.length === 1) return { topic: route.topics[0] };
  return {};
}

/**
 * Loading the timeline and following the live feed, as actions on the store. `feed` is the
 * LiveFeed; `onLoaded` runs after each load (the panel re-reads the open fact), `onChange` with
 * each change the feed brings (the panel notices a change to its fact). The feed opens once
 * `drawn` resolves (the chart is on screen): the page says it is live when it shows the timeline.
 */
export function createTimelineActions(store, { feed, onLoaded, onChange, drawn = Promise.resolve() }) {
  let loading = null;
  let followed = null;
  let refreshQueued = false;
  let debounceTimer = null;
  const freshTimers = new Map();
  const unannounced = new Set();
  // What the feed brought since the last load: applied together with the entries it changes, so
  // a live change draws the views once, not once per event and again after the reload.
  const pendingFresh = new Map();
  let pendingRetracted = null;

  /** Reads the timeline for the current route. Each call supersedes the previous one. */
  async function load({ refit = false } = {}) {
    loading?.abort();
    const controller = new AbortController();
    loading = controller;
    const { route } = store.state;
    const query = serverQuery(route);
    let result;
    try {
      result = await readTimeline(query, { signal: controller.signal });
    } catch (error) {
      if (!controller.signal.aborted) store.update({ error });
      return;
    }
    if (loading !== controller) return;
    const entries = result.entries.filter((e) => matches(route, e, query));
    const retractedSeen = pendingRetracted ?? store.state.retractedSeen;
    const fresh = pendingFresh.size > 0 ? new Map([...store.state.fresh, ...pendingFresh]) : store.state.fresh;
    pendingRetracted = null;
    pendingFresh.clear();
    const extra = retractedToShow({ ...store.state, retractedSeen }, query, new Set(entries.map((e) => e.factId)));
    if (extra.length > 0) {
      entries.push(...extra);
      entries.sort(byDate);
    }
    store.update((state) => ({
      error: null,
      fresh,
      retractedSeen,
      data: {
        entries,
        byId: new Map(entries.map((e) => [e.factId, e])),
        position: result.position,
        truncated: result.truncated,
        name: result.timeline.name,
      },
      head: !route.asOf && comparePositions(result.position, state.head) > 0 ? result.position : state.head,
      pending: route.asOf ? state.pending : 0,
      refit: refit ? state.refit + 1 : state.refit,
    }));
    await follow(result.position);
    onLoaded();
  }

  /** Subscribes the live feed to the current scope, from the newest position the page has read. */
  async function follow(position) {
    const { route } = store.state;
    const scope = scopeOf(route);
    const key = JSON.stringify(scope);
    if (key === followed) return;
    followed = key;
    await drawn;
    if (followed !== key) return; // another scope was chosen meanwhile
    let after = route.asOf ? null : position;
    if (route.asOf) {
      // A past view was read: ask where the log is now, and follow from there.
      after = (await getJson('/api/timelines?limit=1').catch(() => ({ position: null }))).position;
      noteHead(after);
    }
    feed.open(scope, after);
  }

  function noteHead(position) {
    if (comparePositions(position, store.state.head) > 0) store.update({ head: position });
  }

  function onFeedEvent(name, message) {
    noteHead(message.position);
    const { route, data } = store.state;
    if (!route.asOf && comparePositions(message.position, data.position) <= 0) return; // already on screen
    onChange(message);
    const entry = message.entry;
    pendingRetracted ??= new Map(store.state.retractedSeen);
    if (entry?.status === 'retracted') pendingRetracted.set(message.factId, entry);
    else pendingRetracted.delete(message.factId);
    if (name === 'entry-removed') {
      announce(`Removed from this timeline: ${truncate(entry?.summary ?? message.factId, 120)}`);
    } else {
      const known = pendingFresh.get(message.factId) ?? store.state.fresh.get(message.factId);
      markFresh(message.factId, name === 'entry-added' && !known ? 'added' : (known ?? 'changed'));
    }
    if (route.asOf) {
      store.update((state) => ({ pending: state.pending + 1 }));
      return;
    }
    const drawn = drawAtOnce(name, message);
    if (drawn && changesItselfOnly(name, message)) {
      announceFresh();
      // A panel open on the changed fact reads it again, as after a reload.
      if (store.state.panel?.factId === message.factId) onLoaded();
      return;
    }
    if (!refreshQueued) {
      refreshQueued = true;
      // Events of one append arrive together: one reload for all of them.
      setTimeout(() => {
        refreshQueued = false;
        void load().then(announceFresh);
      }, 30);
    }
  }

  /**
   * Draws the entry a message brings before the reload that follows it: the message holds the
   * entry as the timeline shows it after the change (docs/design.md § Live feed), so the change is
   * on screen at once. The reload then brings what the change did to other entries (a relation's
   * narrowing, a finding) and the server's order; a change that touches nothing but its own entry
   * (see `changesItselfOnly`) needs none, and the page's data is then as of the message's
   * position. Only where the page filters nothing the server filters besides the feed's own scope
   * (no search, no date range). Returns whether it drew.
   */
  function drawAtOnce(name, message) {
    const { route, data } = store.state;
    if (route.q || route.from || route.to) return false;
    const complete = changesItselfOnly(name, message) && !refreshQueued;
    const query = serverQuery(route);
    const entry = message.entry;
    const retracted = entry?.status === 'retracted';
    const shows =
      Boolean(entry) && (retracted ? route.retracted : name !== 'entry-removed') && matches(route, entry, query);
    const entries = data.entries.filter((e) => e.factId !== message.factId);
    if (shows) {
      const at = data.entries.findIndex((e) => e.factId === message.factId);
      if (at >= 0 && at <= entries.length) entries.splice(at, 0, entry);
      else entries.push(entry);
      if (at < 0) entries.sort(byDate);
    } else if (entries.length === data.entries.length && !complete) return true;
    store.update((state) => ({
      fresh: new Map([...state.fresh, ...pendingFresh]),
      data: {
        ...state.data,
        entries,
        byId: new Map(entries.map((e) => [e.factId, e])),
        position: complete ? message.position : state.data.position,
      },
      ...(complete ? { retractedSeen: pendingRetracted ?? state.retractedSeen } : {}),
    }));
    if (complete) pendingRetracted = null;
    return true;
  }

  function markFresh(factId, kind) {
    pendingFresh.set(factId, kind);
    unannounced.add(factId);
    clearTimeout(freshTimers.get(factId));
    freshTimers.set(
      factId,
      setTimeout(() => {
        freshTimers.delete(factId);
        pendingFresh.delete(factId);
        const fresh = new Map(store.state.fresh);
        fresh.delete(factId);
        store.update({ fresh });
      }, FRESH_MS),
    );
  }

  function announceFresh() {
    const { fresh, data } = store.state;
    const ids = [...unannounced].filter((id) => data.byId.has(id) && fresh.has(id));
    unannounced.clear();
    const lines = ids.map(
      (id) => `${fresh.get(id) === 'added' ? 'New' : 'Updated'}: ${truncate(data.byId.get(id).summary, 100)}`,
    );
    if (lines.length > 0) announce(lines.join('. '));
  }

  /**
   * Applies a change of the route: the address follows, then a reload (or only a redraw when
   * nothing is fetched). `debounce` waits for a pause (dragging the slider).
   */
  function setRoute(change, { refit = false, replace = false, debounce = 0, reload = true } = {}) {
    store.update((state) => ({ route: { ...state.route, ...change } }), { history: replace ? 'replace' : 'push' });
    clearTimeout(debounceTimer);
    if (!reload) {
      if (refit) store.update((state) => ({ refit: state.refit + 1 }));
      return;
    }
    if (debounce > 0) debounceTimer = setTimeout(() => void load({ refit }), debounce);
    else void load({ refit });
  }

  /** The server no longer knows the feed's position: follow again from a fresh read. */
  function reset() {
    followed = null;
    void load();
  }

  return { load, setRoute, onFeedEvent, reset, noteHead };
}
