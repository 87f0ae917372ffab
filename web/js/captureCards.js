import { html, useLayoutEffect, useState } from '../vendor/htm-preact.js';
import { ApiError } from './api.js';
import { boundsText } from './dates.js';
import { actorFor } from './editorLists.js';
import { relationText } from './labels.js';

/**
 * One card per proposed fact: its summary, date (label and bounds as the server reads it, live
 * while it is edited), quote, actors, relation and confidence, with Accept, Edit and Drop.
 */

const percent = (n) => `${Math.round(n * 100)}%`;
const errorText = (error) => (error instanceof ApiError ? error.describe() : error?.message);

function DateLine({ card, idp }) {
  const { preview } = card;
  let body = html`<span class="muted">reading the date…</span>`;
  if (preview?.problem)
    body = html`<span class="preview-problem"
      ><span class="error-icon" aria-hidden="true">!</span> Not accepted: ${preview.problem}</span
    >`;
  else if (preview?.date)
    body = html`<strong>${preview.date.label}</strong> <span class="muted"> · falls ${boundsText(preview.date)}</span>`;
  return html`<p class="cap-when" id=${`${idp}-date`} aria-live=${card.editing ? 'polite' : undefined}>
    <span class="cap-key">Date</span> ${body} <code>${card.fact.when}</code>
  </p>`;
}

function ActorChips({ card, idp, names, actions }) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const { actors } = card.fact;
  const add = () => {
    const actor = actorFor(typed, names.all);
    if (!actor) return setProblem(`No actor is called “${typed.trim()}”: pick one of the suggestions.`);
    if (actors.some((a) => a.id === actor.actorId)) return setProblem(`${actor.name} is already linked.`);
    actions.change(card.id, { actors: [...actors, { id: actor.actorId, role: null }] });
    setTyped('');
    setProblem('');
  };
  return html`<div class="cap-actors">
    <span class="cap-key" id=${`${idp}-actors`}>Actors</span>
    <ul class="chips" aria-labelledby=${`${idp}-actors`}>
      ${actors.length === 0 && html`<li class="muted">none</li>`}
      ${actors.map(
        (a) =>
          html`<li class="chip" key=${a.id}>
            ${names.actor(a.id)}${a.role ? html` <span class="muted">(${a.role})</span>` : ''}
            ${!names.registered(a.id) && html` <span class="tag tag-new">new</span>`}
            ${
              card.editing &&
              html`<button
                type="button"
                class="chip-remove"
                aria-label=${`Remove ${names.actor(a.id)}`}
                onClick=${() => actions.change(card.id, { actors: actors.filter((x) => x.id !== a.id) })}
              >
                ×
              </button>`
            }
          </li>`,
      )}
    </ul>
    ${
      card.editing &&
      html`<div class="cap-add">
        <label for=${`${idp}-actor`}>Actor to add</label>
        <input
          id=${`${idp}-actor`}
          type="text"
          list="cap-actor-options"
          autocomplete="off"
          value=${typed}
          aria-describedby=${`${idp}-actor-problem`}
          onInput=${(e) => setTyped(e.currentTarget.value)}
          onKeyDown=${(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" class="secondary small" onClick=${add}>Add actor</button>
        <p class="field-error" id=${`${idp}-actor-problem`} role="status">${problem}</p>
      </div>`
    }
  </div>`;
}

function Relation({ card, names }) {
  const relations = card.fact.relations;
  if (relations.length === 0) return null;
  const waiting = new Set(card.waiting.map((r) => r.fact));
  return html`<ul class="cap-relations">
    ${relations.map((r) => {
      // Day and week offsets are said in words by relationText; the others are shown as written.
      const offset = r.offset && !/^P\d+[DW]$/.test(r.offset) ? ` (${r.offset})` : '';
      return html`<li key=${r.type + r.fact}>
        <span class="cap-key">Relation</span>
        ${`${relationText(r.type, r.offset)}${offset} “${names.fact(r.fact)}”`}
        ${waiting.has(r.fact) && html`<span class="muted"> — recorded once that fact is accepted</span>`}
      </li>`;
    })}
  </ul>`;
}

function EditFields({ card, idp, actions }) {
  const field = (key, label, textarea) => {
    const props = {
      id: `${idp}-${key}`,
      value: card.fact[key],
      onInput: (e) => actions.change(card.id, { [key]: e.currentTarget.value }),
    };
    return html`<div class="field">
      <label for=${props.id}>${label}</label>
      ${textarea ? html`<textarea rows="3" ...${props}></textarea>` : html`<input type="text" autocomplete="off" ...${props} aria-describedby=${`${idp}-date`} />`}
    </div>`;
  };
  const quote = card.fact.citations[0];
  return html`<div class="cap-fields">
    ${field('summary', 'Summary', true)} ${field('when', 'Date (EDTF)', false)}
    ${
      quote &&
      html`<div class="field">
        <label for=${`${idp}-quote`}>Quote</label>
        <textarea
          id=${`${idp}-quote`}
          rows="3"
          value=${quote.quote}
          onInput=${(e) =>
            actions.change(card.id, {
              citations: [{ ...quote, quote: e.currentTarget.value }, ...card.fact.citations.slice(1)],
            })}
        ></textarea>
      </div>`
    }
  </div>`;
}

export function Card({ card, names, actions, onShowPhrase }) {
  const idp = `cap-${card.id}`;
  const quote = card.fact.citations[0];
  const { status } = card;
  // In the commit that opens the fields, so that a field chosen right after Edit keeps the focus.
  useLayoutEffect(() => {
    if (card.editing) document.getElementById(`${idp}-summary`)?.focus();
  }, [card.editing]);
  return html`<li class="cap-card-item">
    <article
      class=${`cap-card is-${status}${card.editing ? ' is-editing' : ''}`}
      id=${`cap-card-${card.id}`}
      tabindex="-1"
      aria-labelledby=${`${idp}-title`}
      aria-busy=${card.saving ? 'true' : 'false'}
    >
      <h3 id=${`${idp}-title`} class="cap-summary">${card.fact.summary}</h3>
      ${card.editing && html`<${EditFields} card=${card} idp=${idp} actions=${actions} />`}
      <${DateLine} card=${card} idp=${idp} />
      ${!card.editing && quote && html`<blockquote class="cap-quote">${quote.quote}</blockquote>`}
      <${ActorChips} card=${card} idp=${idp} names=${names} actions=${actions} />
      <${Relation} card=${card} names=${names} />
      <p class="cap-confidence">
        <span class="cap-key">Confidence</span> <strong>${percent(card.confidence)}</strong>
        ${card.span && html`<span class="muted"> · ${card.span.rule}</span>`}
      </p>
      ${
        card.error &&
        html`<p class="error-box" role="alert">
          <span class="error-icon" aria-hidden="true">!</span> Not recorded: ${errorText(card.error)}
        </p>`
      }
      <div class="cap-actions">
        ${
          status === 'proposed' &&
          html`<button
              type="button"
              disabled=${card.saving}
              aria-describedby=${`${idp}-title`}
              onClick=${() => void actions.accept(card.id)}
            >
              ${card.saving ? 'Recording…' : 'Accept'}
            </button>
            <button
              type="button"
              class="secondary"
              disabled=${card.saving}
              aria-describedby=${`${idp}-title`}
              aria-expanded=${card.editing ? 'true' : 'false'}
              onClick=${() => actions.edit(card.id, !card.editing)}
            >
              ${card.editing ? 'Done' : 'Edit'}
            </button>
            <button
              type="button"
              class="secondary danger"
              disabled=${card.saving}
              aria-describedby=${`${idp}-title`}
              onClick=${() => actions.drop(card.id)}
            >
              Drop
            </button>`
        }
        ${status === 'accepted' && html`<p class="cap-status cap-accepted">Recorded as <code>${card.id}</code>.</p>`}
        ${
          status === 'dropped' &&
          html`<p class="cap-status">Dropped: nothing recorded.</p>
            <button
              type="button"
              class="secondary small"
              aria-describedby=${`${idp}-title`}
              onClick=${() => actions.restore(card.id)}
            >
              Restore
            </button>`
        }
        ${
          card.span &&
          html`<button
            type="button"
            class="link small"
            aria-describedby=${`${idp}-title`}
            onClick=${() => onShowPhrase(card.id)}
          >
            Show in the text
          </button>`
        }
      </div>
    </article>
  </li>`;
}
