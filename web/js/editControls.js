import { h } from './dom.js';
import { canEdit, watch } from './store.js';

const $ = (id) => document.getElementById(id);

/**
 * The edit controls around the panel: the New fact button in the header, the Edit button and
 * the "changed by someone else" notice in the fact panel, and the edit form itself, whose code
 * (Preact and the form) is loaded only when it is first wanted, after the page has drawn.
 * People who may not edit (a reader, once the server says so) see none of these.
 */
export function createEditControls(store, { edit, closePanel }) {
  let editorModule = null;
  let loading = null;
  const root = h('div', { class: 'editor-root' });

  const loadEditor = () =>
    (loading ??= import('./factEditor.js').then((module) => {
      editorModule = module;
      // Draw the form that was waiting for its code.
      store.update((s) => ({ editor: s.editor && { ...s.editor } }));
      return module;
    }));

  const formActions = {
    change: edit.change,
    save: edit.save,
    applyAgain: edit.applyAgain,
    setRetracted: edit.setRetracted,
    close: closePanel,
    cancel: () => {
      const after = edit.cancel();
      if (after === 'closed') closePanel();
      else requestAnimationFrame(() => $('edit-fact')?.focus());
    },
  };

  /** Draws the form into the panel (the slot panelView calls while `state.editor` is set). */
  function drawEditor(panel, state) {
    if (root.parentNode !== panel) panel.replaceChildren(root);
    if (!editorModule) {
      void loadEditor();
      root.replaceChildren(h('p', { class: 'muted' }, 'Loading the editor…'));
      root.dataset.placeholder = 'yes';
      return;
    }
    if (root.dataset.placeholder) {
      root.replaceChildren();
      delete root.dataset.placeholder;
    }
    const wasOpen = root.dataset.open === state.editor.mode + (state.editor.factId ?? '');
    editorModule.renderEditor(root, state, formActions);
    if (!wasOpen) {
      root.dataset.open = state.editor.mode + (state.editor.factId ?? '');
      $('fact-title')?.focus();
    }
  }

  /** Leaves the form: its tree is cleared so that the next one starts afresh. */
  function leaveEditor() {
    if (editorModule && root.dataset.open) editorModule.unmountEditor(root);
    delete root.dataset.open;
  }

  /** What the read view of the panel shows under the title for an editor. */
  function panelExtras(state) {
    const { panel } = state;
    const parts = [];
    if (panel.changedBy)
      parts.push(
        h(
          'p',
          { class: 'banner banner-changed', role: 'status' },
          `Changed just now${panel.changedBy.who ? ` by ${panel.changedBy.who}` : ' by someone else'}${panel.changedBy.what ? `: ${panel.changedBy.what}` : ''}.`,
        ),
      );
    if (canEdit(state) && panel.factId && !state.route.asOf)
      parts.push(
        h(
          'div',
          { class: 'panel-actions' },
          h('button', { type: 'button', id: 'edit-fact', onclick: () => void edit.startEdit() }, 'Edit'),
        ),
      );
    return parts;
  }

  /** The New fact button: shown to editors, opens the empty form. */
  function mountNewFact() {
    const button = $('new-fact');
    button.addEventListener('click', () => edit.startNew(button));
    watch(
      store,
      (s) => [s.session],
      (state) => {
        // Shown until the role is known (no shift of the header for the editors it is for).
        button.hidden = state.session.role !== null && !canEdit(state);
      },
    );
    watch(
      store,
      (s) => [Boolean(s.editor)],
      (state) => {
        if (!state.editor) leaveEditor();
      },
    );
    // The form's code is fetched once the page is idle, so the first Edit opens it at once.
    const idle = window.requestIdleCallback ?? ((fn) => setTimeout(fn, 1500));
    idle(() => {
      if (canEdit(store.state)) void loadEditor();
    });
  }

  return { drawEditor, panelExtras, mountNewFact };
}
