import { html } from '../vendor/htm-preact.js';
import { ApiError } from './api.js';
import { fileKind } from './captureDraft.js';

/**
 * The desk's input form: the text pasted, a file read (.txt and .md into the text box; .html and
 * .pdf sent as they are, for the server to take the text from), or a source picked (the draft
 * cites it, and the text it holds is loaded); the title, publication date and language.
 */

/** A file's bytes as base64, in chunks (a large PDF would overflow one call's arguments). */
function base64Of(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function readFile(file, actions) {
  const kind = fileKind(file.name);
  if (!kind) {
    actions.setInput({ file: null });
    actions.fail({ message: `${file.name} is not a .txt, .md, .html or .pdf file.`, field: 'file' });
    return;
  }
  if (kind === 'text') actions.setInput({ text: await file.text(), file: null });
  else
    actions.setInput({
      file: { name: file.name, kind, data: kind === 'pdf' ? base64Of(await file.arrayBuffer()) : await file.text() },
    });
}

/** Field → message, from a refused capture (the request body's paths) or the form's own check. */
function issuesOf(error) {
  const out = new Map();
  if (!error) return out;
  if (error.field) out.set(error.field, error.message);
  for (const issue of error instanceof ApiError ? (error.problem?.issues ?? []) : []) {
    const field = ['html', 'pdf'].includes(issue.path) ? 'file' : issue.path || 'form';
    out.set(field, out.has(field) ? `${out.get(field)}; ${issue.message}` : issue.message);
  }
  return out;
}

const FieldError = ({ id, error }) =>
  error && html`<p class="field-error" id=${id}><span class="error-icon" aria-hidden="true">!</span> ${error}</p>`;

export function CaptureInput({ state, actions }) {
  const { capture, registries } = state;
  const { input } = capture;
  const issues = issuesOf(capture.error);
  const described = (id, hint) => [hint, issues.has(id) && `cap-${id}-error`].filter(Boolean).join(' ') || undefined;
  const invalid = (id) => (issues.has(id) ? 'true' : undefined);
  const formError =
    capture.error &&
    ![...issues.keys()].some((k) => k !== 'form') &&
    (capture.error instanceof ApiError ? capture.error.describe() : capture.error.message);
  const set = (key) => (e) => actions.setInput({ [key]: e.currentTarget.value });
  return html`<form
    class="cap-input"
    novalidate
    aria-labelledby="cap-title"
    aria-busy=${capture.busy ? 'true' : 'false'}
    onSubmit=${(e) => {
      e.preventDefault();
      void actions.read();
    }}
  >
    <h2 id="cap-title" class="cap-title" tabindex="-1">Capture dated facts from a text</h2>
    <p class="hint">
      Chronicle reads the text and proposes one fact per dated event, with its quote, actors and relations. Nothing is
      recorded until you accept it.
    </p>
    <div class="cap-input-grid">
      <div class="field">
        <label for="cap-source">Source</label>
        <select
          id="cap-source"
          value=${input.sourceId}
          onChange=${(e) => void actions.pickSource(e.currentTarget.value)}
        >
          <option value="">A new source, titled from the text</option>
          ${[...registries.sources.values()].map((s) => html`<option value=${s.sourceId}>${s.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="cap-title-input">Title</label>
        <input
          id="cap-title-input"
          type="text"
          autocomplete="off"
          value=${input.title}
          onInput=${set('title')}
          aria-describedby=${described('title', 'cap-title-hint')}
          aria-invalid=${invalid('title')}
        />
        <p class="hint" id="cap-title-hint">Optional: else the text’s first line.</p>
        <${FieldError} id="cap-title-error" error=${issues.get('title')} />
      </div>
      <div class="field">
        <label for="cap-published">Published on</label>
        <input
          id="cap-published"
          type="text"
          autocomplete="off"
          value=${input.publishedOn}
          onInput=${set('publishedOn')}
          aria-describedby=${described('publishedOn', 'cap-published-hint')}
          aria-invalid=${invalid('publishedOn')}
        />
        <p class="hint" id="cap-published-hint">EDTF, e.g. 2022-10-03. Dates without a year are read from it.</p>
        <${FieldError} id="cap-publishedOn-error" error=${issues.get('publishedOn')} />
      </div>
      <div class="field">
        <label for="cap-lang">Language</label>
        <select id="cap-lang" value=${input.lang} onChange=${set('lang')}>
          <option value="auto">Detect it</option>
          <option value="en">English</option>
          <option value="es">Spanish</option>
        </select>
      </div>
    </div>
    <div class="field">
      <label for="cap-text">Article text</label>
      <textarea
        id="cap-text"
        rows="14"
        value=${input.text}
        onInput=${set('text')}
        disabled=${Boolean(input.file)}
        aria-describedby=${described('text', 'cap-text-hint')}
        aria-invalid=${invalid('text')}
      ></textarea>
      <p class="hint" id="cap-text-hint">Paste the article, headline and all; at most 2 MB.</p>
      <${FieldError} id="cap-text-error" error=${issues.get('text')} />
    </div>
    <div class="field">
      <label for="cap-file">Or read a file (.txt, .md, .html, .pdf)</label>
      <input
        id="cap-file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,.pdf"
        aria-describedby=${described('file', 'cap-file-hint')}
        aria-invalid=${invalid('file')}
        onChange=${(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void readFile(file, actions);
        }}
      />
      <p class="hint" id="cap-file-hint">
        ${
          input.file
            ? html`<strong>${input.file.name}</strong> will be read (${input.file.kind.toUpperCase()}).
                <button type="button" class="link small" onClick=${() => actions.setInput({ file: null })}>
                  Use the text box instead
                </button>`
            : 'A .txt or .md file fills the text box; the server takes the text of an .html page or a .pdf.'
        }
      </p>
      <${FieldError} id="cap-file-error" error=${issues.get('file')} />
    </div>
    <p class="cap-note" role="status">${capture.busy === 'loading' ? 'Loading the source’s text…' : capture.note}</p>
    <div class="ed-status" role="alert">
      ${formError && html`<p class="error-box"><span class="error-icon" aria-hidden="true">!</span> ${formError}</p>`}
    </div>
    <div class="editor-actions">
      <button type="submit" disabled=${Boolean(capture.busy)}>
        ${capture.busy === 'reading' ? 'Reading…' : 'Read the text'}
      </button>
    </div>
  </form>`;
}
