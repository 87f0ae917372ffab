import { h } from './dom.js';
import { canEdit, watch } from './store.js';

const $ = (id) => document.getElementById(id);

/**
 * The Capture tab and its view: shown to editors only; the desk's code (Preact and the desk) is
 * loaded when the view is first opened, and the desk is drawn from `state.capture` while it is open.
 */
export function mountCaptureControls(store, { capture }) {
  let desk = null;
  let loading = null;
  const root = $('capture-root');

  const load = () =>
    (loading ??= import('./captureDesk.js').then((module) => {
      desk = module;
      draw(store.state);
    }));

  function draw(state) {
    if (state.route.view !== 'capture') return;
    if (!canEdit(state)) {
      root.replaceChildren(h('p', { class: 'empty' }, 'Capturing facts needs the editor role.'));
      return;
    }
    if (!desk) {
      void load();
      if (!root.firstChild) root.replaceChildren(h('p', { class: 'muted' }, 'Loading the capture desk…'));
      return;
    }
    if (root.dataset.drawn !== 'yes') {
      root.replaceChildren();
      root.dataset.drawn = 'yes';
    }
    desk.renderDesk(root, state, capture);
  }

  watch(store, (s) => [s.route.view, s.capture, s.session, s.registries, s.data], draw);
  watch(
    store,
    (s) => [s.session],
    (state) => {
      // Shown until the role is known, like New fact: the editors it is for see no shift.
      $('tab-capture').hidden = state.session.role !== null && !canEdit(state);
    },
  );
}
