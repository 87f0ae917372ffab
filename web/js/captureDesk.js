import { html, render, useLayoutEffect } from '../vendor/htm-preact.js';
import { Card } from './captureCards.js';
import { cardsAbove, tally, textPieces } from './captureDraft.js';
import { CaptureInput } from './captureInput.js';
import { truncate } from './dom.js';

/**
 * The capture desk (the Capture view), drawn with Preact from `state.capture`: the input form
 * until a text is read; then the text with its date phrases highlighted beside one card per
 * proposed fact, and Accept-all for the cards at or above a chosen confidence.
 */
export function renderDesk(root, state, actions) {
  render(html`<${Desk} state=${state} actions=${actions} />`, root);
}

/** Names for the cards: the registry's actors and the draft's proposed ones; the draft's and the timeline's facts. */
function namesFor(state) {
  const { registries, capture, data } = state;
  const proposed = new Map(capture.draft.actors.map((a) => [a.id, a]));
  const drafted = new Map(capture.cards.map((c) => [c.id, c.fact.summary]));
  const all = new Map([
    ...[...proposed.values()].map((a) => [a.id, { actorId: a.id, name: a.name, aliases: a.aliases }]),
    ...registries.actors,
  ]);
  return {
    all,
    actor: (id) => registries.actors.get(id)?.name ?? proposed.get(id)?.name ?? id,
    registered: (id) => registries.actors.has(id),
    fact: (id) => truncate(drafted.get(id) ?? data.byId.get(id)?.summary ?? id, 90),
  };
}

const THRESHOLDS = [0.9, 0.8, 0.7, 0.6, 0.5, 0];

function focusCard(id) {
  const card = document.getElementById(`cap-card-${id}`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.focus();
}

function focusPhrase(id) {
  const phrase = document.querySelector(`.cap-phrase[data-fact="${CSS.escape(id)}"] button`);
  phrase?.scrollIntoView({ block: 'center' });
  phrase?.focus();
}

function TextView({ capture }) {
  const source = capture.draft.sources[0];
  const byId = new Map(capture.cards.map((c) => [c.id, c]));
  const pieces = textPieces(source.text, capture.draft.capture.spans, capture.draft.capture.skipped);
  return html`<section class="cap-text" aria-labelledby="cap-text-title">
    <h3 id="cap-text-title">The text</h3>
    <p class="hint">
      <mark class="cap-legend cap-phrase">Highlighted</mark>: a date phrase read as an event (Tab to it, Enter goes to
      its card). <mark class="cap-legend cap-skipped">Dotted</mark>: a date that is not an event.
    </p>
    <div class="cap-body">
      ${pieces.map((p) => {
        if (p.kind === 'plain') return p.text;
        if (p.kind === 'skipped')
          return html`<mark class="cap-skipped" key=${p.start}
            >${p.text}<span class="visually-hidden"> (not an event: ${p.reason})</span></mark
          >`;
        const status = byId.get(p.fact)?.status ?? 'proposed';
        return html`<mark class=${`cap-phrase is-${status}`} data-fact=${p.fact} key=${p.start}
          ><button type="button" onClick=${() => focusCard(p.fact)}>
            ${p.text}<span class="visually-hidden"> (${status}: go to its card)</span>
          </button></mark
        >`;
      })}
    </div>
  </section>`;
}

function Toolbar({ capture, actions }) {
  const count = tally(capture.cards);
  const above = cardsAbove(capture.cards, capture.threshold).length;
  const source = capture.draft.sources[0];
  return html`<div class="cap-toolbar">
    <p class="cap-tally" id="cap-tally" role="status">
      ${capture.cards.length} proposed from <strong>${source.title}</strong>:
      ${`${count.proposed} to review, ${count.accepted} accepted, ${count.dropped} dropped.`}
    </p>
    <div class="cap-bulk">
      <label for="cap-threshold">Accept all at or above</label>
      <select
        id="cap-threshold"
        value=${String(capture.threshold)}
        onChange=${(e) => actions.setThreshold(Number(e.currentTarget.value))}
      >
        ${THRESHOLDS.map((t) => html`<option value=${String(t)}>${t === 0 ? 'any confidence' : `${t * 100}% confidence`}</option>`)}
      </select>
      <button type="button" disabled=${above === 0} onClick=${() => void actions.acceptAbove()}>
        Accept ${above} card${above === 1 ? '' : 's'}
      </button>
      <button type="button" class="secondary" onClick=${actions.restart}>Read another text</button>
    </div>
  </div>`;
}

function Desk({ state, actions }) {
  const { capture } = state;
  // Moved in the commit that rendered the change, before the browser handles the next key or click:
  // an effect run after paint could take the focus from where the analyst has already gone.
  useLayoutEffect(() => {
    if (capture.focus) focusCard(capture.focus);
    else if (capture.focusSeq > 0) document.getElementById('cap-title')?.focus();
  }, [capture.focusSeq]);
  if (!capture.draft) return html`<${CaptureInput} state=${state} actions=${actions} />`;
  const names = namesFor(state);
  return html`<div class="cap-desk">
    <h2 class="cap-title" id="cap-title" tabindex="-1">Review the proposed facts</h2>
    <${Toolbar} capture=${capture} actions=${actions} />
    <div class="cap-columns">
      <${TextView} capture=${capture} />
      <section class="cap-cards" aria-labelledby="cap-cards-title">
        <h3 id="cap-cards-title">Proposed facts</h3>
        ${
          capture.cards.length === 0 &&
          html`<p class="empty">
            No dated event was found in this text. Read another text, or record facts with New fact.
          </p>`
        }
        <ol class="cap-card-list">
          ${capture.cards.map(
            (card) =>
              html`<${Card}
                key=${card.id}
                card=${card}
                names=${names}
                actions=${actions}
                onShowPhrase=${focusPhrase}
              />`,
          )}
        </ol>
      </section>
    </div>
    <datalist id="cap-actor-options">
      ${[...names.all.values()]
        .filter((a) => !a.mergedInto)
        .map((a) => html`<option value=${a.name}>${[...a.aliases, a.actorId].join(' · ')}</option>`)}
    </datalist>
  </div>`;
}
