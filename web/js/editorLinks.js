import { html, useState } from '../vendor/htm-preact.js';
import { CREDIBILITY } from './labels.js';
import { truncate } from './dom.js';
import { ListError } from './editorLists.js';

/** The edit form's citations and relations, each with its add row. */

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const lower = (text) => text.trim().toLowerCase();

const NO_CITATION = { source: '', quote: '', locator: '', statedDate: '', statedWeekday: '', credibility: '' };

export function CitationsField({ draft, names, change, error }) {
  const [c, setC] = useState(NO_CITATION);
  const [problem, setProblem] = useState('');
  const set = (key) => (e) => setC({ ...c, [key]: e.currentTarget.value });
  const add = () => {
    if (!c.source) {
      setProblem('Choose the source first.');
      return;
    }
    change({ citations: [...draft.citations, { citationId: null, ...c }] });
    setC(NO_CITATION);
    setProblem('');
  };
  return html`<fieldset class="ed-list">
    <legend>Citations</legend>
    <${ListError} id="ed-citations-error" error=${error} />
    <ul>
      ${draft.citations.map(
        (x, i) =>
          html`<li key=${x.citationId ?? `new-${i}`} class="ed-citation">
            <span class="ed-item-name">${names.source(x.source)}</span>
            ${x.quote && html`<q>${truncate(x.quote, 120)}</q>`}
            <button
              type="button"
              class="secondary small"
              aria-label=${`Remove the citation of ${names.source(x.source)}${x.quote ? `: ${truncate(x.quote, 40)}` : ''}`}
              onClick=${() => change({ citations: draft.citations.filter((_, j) => j !== i) })}
            >
              Remove
            </button>
          </li>`,
      )}
    </ul>
    <div class="ed-add ed-add-citation">
      <div class="field">
        <label for="ed-cite-source">Source</label>
        <select id="ed-cite-source" value=${c.source} onChange=${set('source')}>
          <option value="">Choose a source</option>
          ${[...names.sources.values()].map((s) => html`<option value=${s.sourceId}>${s.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="ed-cite-quote">Quote</label>
        <textarea id="ed-cite-quote" rows="2" value=${c.quote} onInput=${set('quote')}></textarea>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="ed-cite-locator">Locator</label>
          <input id="ed-cite-locator" type="text" value=${c.locator} onInput=${set('locator')} />
        </div>
        <div class="field">
          <label for="ed-cite-stated">Stated date</label>
          <input id="ed-cite-stated" type="text" value=${c.statedDate} onInput=${set('statedDate')} />
        </div>
      </div>
      <div class="field-row">
        <div class="field">
          <label for="ed-cite-weekday">Stated weekday</label>
          <select id="ed-cite-weekday" value=${c.statedWeekday} onChange=${set('statedWeekday')}>
            <option value="">None</option>
            ${WEEKDAYS.map((d) => html`<option value=${d}>${d}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="ed-cite-credibility">Credibility</label>
          <select id="ed-cite-credibility" value=${c.credibility} onChange=${set('credibility')}>
            <option value="">Not graded</option>
            ${Object.entries(CREDIBILITY).map(([k, v]) => html`<option value=${k}>${k}: ${v}</option>`)}
          </select>
        </div>
      </div>
      <button type="button" class="secondary" onClick=${add}>Add citation</button>
      <p class="field-error" role="status">${problem}</p>
    </div>
  </fieldset>`;
}

export function RelationsField({ draft, names, entries, change, error }) {
  const [r, setR] = useState({ type: 'after', fact: '', offset: '' });
  const [problem, setProblem] = useState('');
  const set = (key) => (e) => setR({ ...r, [key]: e.currentTarget.value });
  const targetOf = (text) => {
    const needle = lower(text);
    const hit = entries.find((e) => e.factId === text.trim() || lower(e.summary) === needle);
    if (hit) return hit.factId;
    const partial = entries.filter((e) => lower(e.summary).includes(needle));
    return partial.length === 1 ? partial[0].factId : /^[a-z0-9][a-z0-9-]*$/.test(text.trim()) ? text.trim() : null;
  };
  const add = () => {
    const fact = targetOf(r.fact);
    if (!fact) {
      setProblem('Pick the other fact from the suggestions (or type its id).');
      return;
    }
    change({ relations: [...draft.relations.filter((x) => !(x.type === r.type && x.fact === fact)), { ...r, fact }] });
    setR({ type: 'after', fact: '', offset: '' });
    setProblem('');
  };
  return html`<fieldset class="ed-list">
    <legend>Relations</legend>
    <${ListError} id="ed-relations-error" error=${error} />
    <ul>
      ${draft.relations.map(
        (x) =>
          html`<li key=${`${x.type}|${x.fact}`}>
            <span class="ed-item-name">${x.type}${x.offset ? ` ${x.offset}` : ''}: ${names.fact(x.fact)}</span>
            <button
              type="button"
              class="secondary small"
              aria-label=${`Remove the relation ${x.type} ${names.fact(x.fact)}`}
              onClick=${() => change({ relations: draft.relations.filter((y) => y !== x) })}
            >
              Remove
            </button>
          </li>`,
      )}
    </ul>
    <div class="ed-add">
      <div class="field-row">
        <div class="field">
          <label for="ed-rel-type">Relation</label>
          <select id="ed-rel-type" value=${r.type} onChange=${set('type')}>
            <option value="after">after</option>
            <option value="before">before</option>
            <option value="same-day">the same day as</option>
          </select>
        </div>
        <div class="field">
          <label for="ed-rel-offset">Offset</label>
          <input
            id="ed-rel-offset"
            type="text"
            value=${r.offset}
            onInput=${set('offset')}
            aria-describedby="ed-rel-offset-hint"
          />
        </div>
      </div>
      <p class="hint" id="ed-rel-offset-hint">
        P10D exactly 10 days, P3Y~ about 3 years, P4M/P5M between, ../P5M at most, P5M/.. at least; empty: only the
        order.
      </p>
      <div class="field">
        <label for="ed-rel-fact">Other fact</label>
        <input
          id="ed-rel-fact"
          type="text"
          list="ed-rel-options"
          autocomplete="off"
          value=${r.fact}
          onInput=${set('fact')}
        />
        <datalist id="ed-rel-options">
          ${entries
            .filter((e) => e.factId !== draft.id)
            .map((e) => html`<option value=${e.factId}>${e.when.label}: ${truncate(e.summary, 80)}</option>`)}
        </datalist>
      </div>
      <button type="button" class="secondary" onClick=${add}>Add relation</button>
      <p class="field-error" role="status">${problem}</p>
    </div>
  </fieldset>`;
}
