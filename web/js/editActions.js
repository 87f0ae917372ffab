import { ApiError, readDate, readFact, readHistory, send } from './api.js';
import { announce } from './dom.js';
import { changesOf, draftOf, emptyDraft, recordBody, requestsFor } from './factDraft.js';

const etagOf = (fact) => `"${fact.revision}"`;
let requestSeq = 0;
/** A request id of this page's own: the server records it as the events' correlationId. */
const requestId = () => `page-${Date.now().toString(36)}-${(++requestSeq).toString(36)}`;

/**
 * The edit form's actions. `editor` in the state is null when no form is open, else
 * `{ mode: 'edit'|'new', factId, base, draft, etag, saving, error, conflict, preview, mine }`:
 * `base` the draft of the fact as it was when editing began (what "my changes" are measured
 * from), `etag` the revision the next write expects, `conflict` what someone else changed when a
 * write got 412, `mine` the request ids of this form's writes (so its own events are not counted
 * as someone else's).
 */
export function createEditActions(store, { showFact }) {
  let previewTimer = null;
  let previewing = null;
  const edit = (patch) => store.update((s) => ({ editor: s.editor && { ...s.editor, ...patch } }));

  async function startEdit() {
    const { panel } = store.state;
    if (!panel?.factId) return;
    const fact = panel.fact ?? (await readFact(panel.factId));
    const base = draftOf(fact);
    store.update({ editor: blank('edit', panel.factId, base, etagOf(fact)) });
  }

  function startNew(opener) {
    store.update(
      (s) => ({
        route: { ...s.route, fact: '' },
        panel: {
          factId: null,
          fact: null,
          history: null,
          error: null,
          focus: (s.panel?.focus ?? 0) + 1,
          opener,
          changedBy: null,
        },
        editor: blank('new', null, emptyDraft(), null),
      }),
      { history: 'replace' },
    );
  }

  function blank(mode, factId, base, etag) {
    return {
      mode,
      factId,
      base,
      draft: base,
      etag,
      saving: false,
      error: null,
      conflict: null,
      preview: null,
      mine: [],
    };
  }

  /** Changes fields of the draft; a new date is read by the server as it is typed. */
  function change(patch) {
    edit({ draft: { ...store.state.editor.draft, ...patch }, error: null });
    if ('when' in patch) schedulePreview(patch.when);
  }

  function schedulePreview(edtf) {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void preview(edtf), 250);
  }

  async function preview(edtf) {
    previewing?.abort();
    const text = edtf.trim();
    if (!text) {
      edit({ preview: null });
      return;
    }
    const controller = new AbortController();
    previewing = controller;
    const { editor } = store.state;
    try {
      const reading = await readDate(text, editor?.mode === 'edit' ? editor.factId : null, {
        signal: controller.signal,
      });
      if (previewing === controller) edit({ preview: { edtf: text, date: reading, problem: null } });
    } catch (error) {
      if (controller.signal.aborted || previewing !== controller) return;
      const problem = error instanceof ApiError ? error.describe().replace(/^edtf: /, '') : error.message;
      edit({ preview: { edtf: text, date: null, problem } });
    }
  }

  /** Saves the form: a new fact in one request; an edit as the requests its changes need, in order. */
  async function save() {
    const { editor } = store.state;
    if (!editor || editor.saving) return;
    if (editor.mode === 'new') return saveNew(editor);
    const intents = changesOf(editor.base, editor.draft);
    if (intents.length === 0) {
      edit({ error: { message: 'Nothing changed: there is nothing to save.' } });
      return;
    }
    if (intents.some((c) => c.kind === 'date') && !editor.draft.reason.trim()) {
      edit({ error: { message: 'Give a reason for the new date: it is kept in the history.', field: 'reason' } });
      return;
    }
    await run(intents, editor.base, editor.etag);
  }

  async function saveNew(editor) {
    edit({ saving: true, error: null });
    try {
      const { body } = await send('POST', '/api/facts', recordBody(editor.draft));
      store.update({ editor: null });
      announce(`Recorded: ${body.summary}`);
      await showFact(body.factId, { focus: true });
    } catch (error) {
      edit({ saving: false, error });
    }
  }

  /** Sends the requests `intents` need against `current` (a draft), each expecting the revision the last one made. */
  async function run(intents, current, etag) {
    const { editor } = store.state;
    const requests = requestsFor(editor.factId, intents, current, editor.draft.reason);
    edit({ saving: true, error: null, conflict: null });
    let tag = etag;
    let fact = null;
    for (const request of requests) {
      const id = requestId();
      edit({ mine: [...store.state.editor.mine, id] });
      try {
        ({ body: fact, etag: tag } = await send(request.method, request.path, request.body, {
          etag: tag,
          requestId: id,
        }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 412) return conflictAfter(intents);
        edit({ saving: false, error, ...(fact ? { base: draftOf(fact), etag: tag } : {}) });
        return;
      }
    }
    const factId = editor.factId;
    store.update((s) => ({
      editor: null,
      panel: s.panel && { ...s.panel, fact: fact ?? s.panel.fact, changedBy: null },
    }));
    announce(requests.length === 0 ? 'Nothing left to save: the fact already says this.' : 'Saved.');
    await showFact(factId, { focus: true, push: false });
  }

  /** A write found the fact changed since the form read it: show what the others changed, keep the edit. */
  async function conflictAfter(intents) {
    const { editor } = store.state;
    const [fact, history] = await Promise.all([readFact(editor.factId), readHistory(editor.factId)]);
    const since = Number(editor.etag.replaceAll('"', ''));
    const events = history.events.filter((e) => e.revision > since && !editor.mine.includes(e.correlationId));
    edit({ saving: false, conflict: { fact, events, intents } });
    announce('Someone else changed this fact while you edited it. Their changes are shown; your edit is kept.');
  }

  /** After a conflict: the same changes again, on top of the fact as it is now. */
  async function applyAgain() {
    const { editor } = store.state;
    if (!editor?.conflict) return;
    const { fact, intents } = editor.conflict;
    edit({ etag: etagOf(fact) });
    await run(intents, draftOf(fact), etagOf(fact));
  }

  /** Closes the form; an edit's panel shows the fact again (as it is now). */
  function cancel() {
    const { editor, panel } = store.state;
    store.update({ editor: null });
    if (editor?.mode === 'new' || !panel?.factId) return 'closed';
    void showFact(panel.factId, { push: false });
    return 'edit';
  }

  /** Retracts or reinstates the fact, with the form's reason (required). */
  async function setRetracted(retracted) {
    const { editor } = store.state;
    if (!editor || editor.saving) return;
    if (!editor.draft.reason.trim()) {
      edit({
        error: { message: `Give a reason to ${retracted ? 'retract' : 'reinstate'} the fact.`, field: 'reason' },
      });
      return;
    }
    await run([{ kind: retracted ? 'retract' : 'reinstate' }], editor.base, editor.etag);
  }

  return { startEdit, startNew, change, save, applyAgain, cancel, setRetracted, preview };
}
