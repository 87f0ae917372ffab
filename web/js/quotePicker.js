import { html, useRef, useState } from '../vendor/htm-preact.js';
import { ApiError, getJson } from './api.js';

/**
 * Picking a citation's quote by selecting it in the source's text, when the source holds one
 * (`GET /api/sources/:id/text`). The text is shown in a read-only text area, so the selection is
 * made with the mouse or the keyboard (Shift and the arrows) and its offsets are the text's own.
 * @param {{ sourceId: string, names: any, onPick(pick: { quote: string, paragraph: number }): void }} props
 */
export function QuotePicker({ sourceId, names, onPick }) {
  const [text, setText] = useState(/** @type {string|null} */ (null));
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const area = useRef(/** @type {HTMLTextAreaElement|null} */ (null));
  if (!sourceId || !names.sources.get(sourceId)?.text) return null;
  const title = names.source(sourceId);

  const load = async () => {
    setProblem('');
    try {
      const held = await getJson(`/api/sources/${encodeURIComponent(sourceId)}/text`);
      setText(held.text);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.describe() : String(error));
    }
  };
  const selected = () => (area.current ? selectionIn(text ?? '', area.current) : null);
  const follow = () => {
    const pick = selected();
    setStatus(pick ? `Selected ${pick.quote.length} characters in paragraph ${pick.paragraph}.` : '');
  };
  // The text is not edited here: typing, pasting and dropping are refused (`beforeinput`), and what
  // gets through regardless (an input method's composition) is undone.
  const keep = (event) => {
    const el = event.currentTarget;
    if (el.value === text) return;
    const at = el.selectionStart;
    el.value = text ?? '';
    el.setSelectionRange(at, at);
  };
  const use = () => {
    const pick = selected();
    if (!pick) {
      setProblem('Select the quote in the text first.');
      return;
    }
    setProblem('');
    setText(null);
    setStatus('');
    onPick(pick);
  };

  if (text === null)
    return html`<div class="ed-quote-pick">
      <button type="button" class="secondary small" onClick=${load}>Pick the quote in the source’s text</button>
      <p class="field-error" role="status">${problem}</p>
    </div>`;
  return html`<div class="ed-quote-pick field">
    <label for="ed-cite-text">Text of ${title}: select the quote</label>
    <textarea
      id="ed-cite-text"
      class="ed-source-text"
      rows="10"
      aria-readonly="true"
      spellcheck="false"
      ref=${area}
      value=${text}
      aria-describedby="ed-cite-text-status"
      onBeforeInput=${(e) => e.preventDefault()}
      onInput=${keep}
      onSelect=${follow}
      onKeyUp=${follow}
      onMouseUp=${follow}
    ></textarea>
    <p class="hint" id="ed-cite-text-status" role="status">${status}</p>
    <div class="field-row">
      <button type="button" class="secondary small" onClick=${use}>Use the selection as the quote</button>
      <button type="button" class="secondary small" onClick=${() => setText(null)}>Close the text</button>
    </div>
    <p class="field-error" role="status">${problem}</p>
  </div>`;
}

/**
 * The selection in the text area as a quote: trimmed, and the paragraph it starts in, counted
 * from 1 as the located quotes count them (paragraphs are separated by one blank line in the
 * text as held). `null` when nothing but blanks is selected.
 * @param {string} text @param {HTMLTextAreaElement} el
 */
function selectionIn(text, el) {
  const raw = text.slice(el.selectionStart, el.selectionEnd);
  const quote = raw.trim();
  if (quote === '') return null;
  const start = el.selectionStart + (raw.length - raw.trimStart().length);
  const paragraph = text.slice(0, start).split('\n\n').length;
  return { quote, paragraph };
}
