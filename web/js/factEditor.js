import { html, render } from '../vendor/htm-preact.js';
import { ApiError } from './api.js';
import { CitationsField, RelationsField } from './editorLinks.js';
import { ActorsField, TopicsField } from './editorLists.js';
import { ChangedElsewhere, Conflict, DatePreview } from './editorNotes.js';
import { namesOf } from './names.js';

/**
 * The edit form (New fact, Edit), drawn with Preact from `state.editor`. Preact keeps what the
 * editor is typing, the caret and the focus while the store redraws the form (a live change, a
 * date preview arriving); plain DOM rebuilding would lose them. Every field has a visible label;
 * problems are said in words next to the fields they concern and in an alert.
 */
export function renderEditor(root, state, actions) {
  render(html`<${FactEditor} state=${state} actions=${actions} />`, root);
}

/** Clears the form's tree (its hooks included) from `root`. */
export function unmountEditor(root) {
  render(null, root);
}

/** Field → message, from a problem's issues (the paths of the request body) or a form check. */
function issuesOf(error) {
  const out = new Map();
  if (!error) return out;
  if (error.field) out.set(error.field, error.message);
  const issues = error instanceof ApiError ? (error.problem?.issues ?? []) : [];
  for (const issue of issues) {
    const top = issue.path.split(/[.[]/)[0] || 'form';
    const field = top === 'fact' || top === 'type' || top === 'offset' ? 'relations' : top;
    out.set(field, out.has(field) ? `${out.get(field)}; ${issue.message}` : issue.message);
  }
  return out;
}

function Field({ id, label, value, onInput, hint, error, textarea = false, required = false, extra = '', ...rest }) {
  hint = required ? `Required.${hint ? ` ${hint}` : ''}` : hint;
  const described = [hint && `${id}-hint`, error && `${id}-error`, extra].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    value,
    onInput: (e) => onInput(e.currentTarget.value),
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': described,
    'aria-required': required ? 'true' : undefined,
    ...rest,
  };
  return html`<div class="field ed-field">
    <label for=${id}>${label}</label>
    ${textarea ? html`<textarea rows="3" ...${props}></textarea>` : html`<input type="text" autocomplete="off" ...${props} />`}
    ${hint && html`<p class="hint" id=${`${id}-hint`}>${hint}</p>`}
    ${error && html`<p class="field-error" id=${`${id}-error`}><span class="error-icon" aria-hidden="true">!</span> ${error}</p>`}
  </div>`;
}

function FactEditor({ state, actions }) {
  const { editor, panel } = state;
  const names = namesOf(state);
  const draft = editor.draft;
  const set = (key) => (value) => actions.change({ [key]: value });
  const issues = issuesOf(editor.error);
  const isNew = editor.mode === 'new';
  const current = isNew ? null : (panel.fact ?? state.data.byId.get(editor.factId));
  const retracted = editor.base.status === 'retracted';
  const formError =
    editor.error &&
    (editor.error instanceof ApiError
      ? editor.error.problem?.detail && !(editor.error.problem?.issues?.length > 0)
        ? editor.error.problem.detail
        : `The server refused the change: ${editor.error.describe()}`
      : editor.error.message);
  return html`<form
    class="editor"
    novalidate
    aria-labelledby="fact-title"
    aria-busy=${editor.saving ? 'true' : 'false'}
    onSubmit=${(e) => {
      e.preventDefault();
      void actions.save();
    }}
  >
    <div class="panel-head">
      <p class="kicker">${isNew ? 'Record a fact' : html`Editing fact <code>${editor.factId}</code>`}</p>
      <button type="button" class="close" aria-label="Close the fact panel" onClick=${actions.close}>×</button>
    </div>
    <h2 id="fact-title" tabindex="-1">${isNew ? 'New fact' : 'Edit fact'}</h2>
    ${!isNew && current && html`<p class="muted ed-current">${current.summary}</p>`}
    ${!isNew && panel.changedBy && html`<${ChangedElsewhere} changedBy=${panel.changedBy} />`}
    ${editor.conflict && html`<${Conflict} conflict=${editor.conflict} names=${names} actions=${actions} />`}
    ${
      isNew &&
      html`<${Field}
        id="ed-id"
        label="Id"
        required
        value=${draft.id}
        onInput=${set('id')}
        hint="Lower-case letters, digits and hyphens, e.g. customs-audit-june. It cannot be changed later."
        error=${issues.get('id')}
      />`
    }
    <${Field}
      id="ed-summary"
      label="Summary"
      required
      textarea
      value=${draft.summary}
      onInput=${set('summary')}
      error=${issues.get('summary')}
    />
    <${Field}
      id="ed-notes"
      label="Notes"
      textarea
      value=${draft.notes}
      onInput=${set('notes')}
      hint="Editorial reasoning, kept with the fact."
      error=${issues.get('notes')}
    />
    <${Field}
      id="ed-when"
      label="Date"
      required
      value=${draft.when}
      onInput=${set('when')}
      hint="EDTF: 2022-04-22, 2022-04, 2022-04-22~ (about), ?2022-04-22 (uncertain), 2022-21 (spring), ../2022-10 (by October)."
      extra="ed-when-preview"
      error=${issues.get('when')}
    />
    <${DatePreview} preview=${editor.preview} current=${current} names=${names} />
    <${Field} id="ed-place" label="Place" value=${draft.place} onInput=${set('place')} error=${issues.get('place')} />
    <${ActorsField} draft=${draft} names=${names} change=${actions.change} error=${issues.get('actors')} />
    <${TopicsField} draft=${draft} names=${names} change=${actions.change} error=${issues.get('topics')} />
    <${CitationsField}
      draft=${draft}
      names=${names}
      change=${actions.change}
      error=${issues.get('citations') ?? issues.get('source')}
    />
    <${RelationsField}
      draft=${draft}
      names=${names}
      entries=${state.data.entries}
      change=${actions.change}
      error=${issues.get('relations')}
    />
    <${Field}
      id="ed-reason"
      label="Reason"
      value=${draft.reason}
      onInput=${set('reason')}
      hint="Why: kept in the history with every change. Needed for a new date, to retract and to reinstate."
      error=${issues.get('reason')}
    />
    <div class="ed-status" role="alert">
      ${formError && html`<p class="error-box"><span class="error-icon" aria-hidden="true">!</span> ${formError}</p>`}
    </div>
    <p class="ed-saving" role="status">${editor.saving ? 'Saving…' : ''}</p>
    <div class="editor-actions">
      <button type="submit" disabled=${editor.saving}>Save</button>
      <button type="button" class="secondary" onClick=${actions.cancel}>Cancel</button>
      ${
        !isNew &&
        html`<button
          type="button"
          class="secondary danger"
          disabled=${editor.saving}
          onClick=${() => void actions.setRetracted(!retracted)}
        >
          ${retracted ? 'Reinstate' : 'Retract'}
        </button>`
      }
    </div>
  </form>`;
}
