import { h, replaceChildren } from './dom.js';
import { renderFactPanel } from './factPanel.js';
import { namesOf } from './names.js';
import { watch } from './store.js';
import { describeError } from './pageViews.js';

const FOCUSABLE = 'button, a[href], summary, input, select, textarea, [tabindex]';

/**
 * The fact panel, drawn from `state.panel`. A redraw of the same fact (after a live change)
 * keeps the reader's place: the scroll, the open notes and the focused control. `slots.editor`
 * draws the edit form instead of the fact while one is open, `slots.actions` the edit buttons.
 */
export function mountPanelView(store, { panel, actions, slots = {} }) {
  let shown = null;
  let focused = 0;
  watch(
    store,
    (s) => [s.panel, s.data, s.route.asOf, s.registries, s.editor, s.session],
    (state) => {
      const open = state.panel;
      panel.hidden = !open;
      document.body.classList.toggle('has-panel', Boolean(open));
      if (!open) {
        shown = null;
        return;
      }
      if (state.editor && slots.editor) {
        slots.editor(panel, state);
        shown = null;
        return;
      }
      const same = shown === open.factId;
      const focusables = () => [...panel.querySelectorAll(FOCUSABLE)];
      const keep = same ? focusables().indexOf(document.activeElement) : -1;
      const notesOpen = panel.querySelector('details.notes')?.open ?? false;
      const scroll = panel.scrollTop;
      if (!draw(panel, state, actions, slots)) return;
      shown = open.factId;
      if (same) {
        panel.scrollTop = scroll;
        const notes = panel.querySelector('details.notes');
        if (notes) notes.open = notesOpen;
      }
      if (open.focus > focused) {
        focused = open.focus;
        document.getElementById('fact-title')?.focus();
      } else if (keep >= 0) focusables()[keep]?.focus({ preventScroll: true });
    },
  );
}

/** Draws the panel; false when there is nothing to show yet (a fact out of view, still being read). */
function draw(panel, state, actions, slots) {
  const open = state.panel;
  if (open.error) {
    replaceChildren(
      panel,
      head(open.factId, actions),
      h('h2', { id: 'fact-title', tabindex: '-1' }, 'This fact could not be read'),
      h('p', { class: 'error-box', role: 'alert' }, describeError(open.error)),
    );
    return true;
  }
  const inView = state.data.byId.get(open.factId);
  const entry = inView ?? open.fact;
  if (!entry) return false;
  renderFactPanel(panel, {
    entry,
    fact: open.fact,
    history: open.history,
    asOf: state.route.asOf,
    asOfPosition: state.data.position,
    inView: Boolean(inView),
    entries: state.data.byId,
    names: namesOf(state),
    onOpen: (id) => void actions.showFact(id, { focus: true }),
    onPickActor: (id) => actions.pickOnly({ actors: [id], topics: [] }),
    onPickTopic: (id) => actions.pickOnly({ topics: [id], actors: [] }),
    onClose: actions.closePanel,
    extra: slots.actions?.(state),
  });
  return true;
}

function head(factId, actions) {
  return h(
    'div',
    { class: 'panel-head' },
    h('p', { class: 'kicker' }, 'Fact ', h('code', {}, factId)),
    h(
      'button',
      { type: 'button', class: 'close', 'aria-label': 'Close the fact panel', onclick: actions.closePanel },
      '×',
    ),
  );
}
