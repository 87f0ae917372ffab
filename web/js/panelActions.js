import { readFact, readHistory } from './api.js';
import { describeEvent } from './labels.js';
import { namesOf } from './names.js';

/**
 * The fact panel's actions. `panel` in the state is null when closed, else
 * `{ factId, fact, history, error, focus, opener }`: the fact document and its history once read
 * (null before), the reading error, a counter bumped when the panel's title should take the focus,
 * and the element to give the focus back to on close.
 */
export function createPanelActions(store, { setRoute }) {
  let request = 0;

  /** Opens the panel of `factId`: at once with what the timeline has, then with its document and history. */
  async function showFact(factId, { focus = false, push = true, opener = null } = {}) {
    const mine = ++request;
    const { route, panel } = store.state;
    const same = panel?.factId === factId;
    store.update(
      {
        route: { ...route, fact: factId },
        panel: {
          factId,
          fact: same ? panel.fact : null,
          history: same ? panel.history : null,
          error: null,
          focus: (panel?.focus ?? 0) + (focus ? 1 : 0),
          opener: opener ?? panel?.opener ?? null,
          changedBy: same ? panel.changedBy : null,
        },
      },
      { history: push && route.fact !== factId ? 'push' : 'replace' },
    );
    try {
      const [fact, history] = await Promise.all([readFact(factId), readHistory(factId)]);
      if (mine !== request || store.state.panel?.factId !== factId) return;
      store.update({ panel: { ...store.state.panel, fact, history: history.events, error: null } });
    } catch (error) {
      if (mine !== request || store.state.panel?.factId !== factId) return;
      store.update({ panel: { ...store.state.panel, error } });
    }
  }

  /** Reads the open fact again (after a load or a live change), keeping the reader's place. */
  function refresh() {
    const { panel, route } = store.state;
    if (route.fact && (!panel || panel.factId !== route.fact)) void showFact(route.fact, { push: false });
    else if (panel?.factId) void showFact(panel.factId, { push: false });
  }

  /** Closes the panel; the focus goes back to where the panel was opened from. */
  function closeFact() {
    request += 1;
    const { panel } = store.state;
    store.update({ panel: null, editor: null });
    setRoute({ fact: '' }, { reload: false });
    return panel?.opener ?? null;
  }

  /**
   * A change the live feed brought: when it is to the open fact and newer than what the panel
   * holds (not this page's own save), the panel says who changed what, at once.
   */
  function noteChange(message) {
    const { panel, editor } = store.state;
    const revision = message.entry?.revision;
    if (!panel?.factId || panel.factId !== message.factId || revision === undefined) return;
    if (editor?.saving || revision <= (panel.fact?.revision ?? Infinity)) return;
    const factId = panel.factId;
    const mark = (changedBy) => {
      const now = store.state.panel;
      if (now?.factId === factId) store.update({ panel: { ...now, changedBy } });
    };
    mark({ revision, who: null, what: null });
    readHistory(factId)
      .then(({ events }) => {
        const last = events.at(-1);
        if (last) mark({ revision, who: last.recordedBy, what: describeEvent(last, namesOf(store.state)) });
      })
      .catch(() => {});
  }

  return { showFact, refresh, closeFact, noteChange };
}
