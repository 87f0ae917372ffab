/**
 * The page's one state store. Everything the views draw is in `state`; actions change it with
 * `update`, and views subscribe to the parts they draw. Nothing else holds page state: timers,
 * pending requests and DOM nodes stay with the code that owns them.
 *
 * The state (see `initialState`):
 * - `route`     what the address holds: lanes, filters, as-of, the view tab, the open fact;
 * - `data`      the entries on screen after every filter, and the log position they were read at;
 * - `fresh`     factId → 'added' | 'changed', while an entry is highlighted after a live change;
 * - `registries` actors, topics and sources by id (names, aliases, publication dates);
 * - `panel`     the open fact: its document, history, error, whether someone else changed it;
 * - `editor`    the edit form when one is open (see editActions.js);
 * - `live`, `head`, `pending`, `error`, `session` the live feed's state, the newest log position
 *   known, changes counted while looking at the past, the last loading error, and who is using
 *   the page (its role decides whether edit controls show).
 */
export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get state() {
      return state;
    },
    /**
     * Merges `change` into the state (a function gets the state and returns the change). `meta`
     * travels to the listeners: `{ history: 'push' | 'replace' }` says how the address follows.
     */
    update(change, meta = {}) {
      const patch = typeof change === 'function' ? change(state) : change;
      if (!patch) return;
      const previous = state;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state, previous, meta);
    },
    /** Calls `listener(state, previous, meta)` after every update; returns the unsubscribe. */
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Runs `draw(state, previous, meta)` whenever one of the values `select` picks changes (compared
 * with `===`, element by element), and once at once.
 */
export function watch(store, select, draw) {
  let last = select(store.state);
  draw(store.state, null, {});
  return store.subscribe((state, previous, meta) => {
    const next = select(state);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    draw(state, previous, meta);
  });
}

/** The state of a page opened at `route` (from the address). */
export function initialState(route) {
  return {
    route,
    data: { entries: [], byId: new Map(), position: null, truncated: false, name: '' },
    fresh: new Map(),
    /** Retracted facts seen on the live feed while the page is open (merged in until the next load). */
    retractedSeen: new Map(),
    registries: { actors: new Map(), topics: new Map(), sources: new Map() },
    panel: null,
    editor: null,
    live: { state: 'connecting', text: 'Connecting…' },
    head: null,
    pending: 0,
    error: null,
    /** Bumped when the chart should fit everything in view again. */
    refit: 0,
    /**
     * Who uses the page (sessionActions.js): `role` is null until known or while signed out;
     * 'editor' and 'admin' see the edit controls. `required`: whether the server needs a sign-in
     * (null until asked); `problem` and `busy`: the sign-in form's.
     */
    session: { role: null, name: null, required: null, expiresAt: null, problem: null, busy: false },
  };
}

/** Whether the person using the page may edit. */
export const canEdit = (state) => state.session.role === 'editor' || state.session.role === 'admin';
