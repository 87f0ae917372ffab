import { html, useState } from '../vendor/htm-preact.js';

/** The edit form's actors and topics, each with its add row. */

const lower = (text) => text.trim().toLowerCase();

export function ListError({ id, error }) {
  return (
    error && html`<p class="field-error" id=${id}><span class="error-icon" aria-hidden="true">!</span> ${error}</p>`
  );
}

/** The actor an editor typed: an id, a name or an alias (exactly), else the one name that contains it. */
export function actorFor(text, actors) {
  const needle = lower(text);
  if (!needle) return null;
  const all = [...actors.values()].filter((a) => !a.mergedInto);
  const exact = all.find(
    (a) => a.actorId === needle || lower(a.name) === needle || a.aliases.some((x) => lower(x) === needle),
  );
  if (exact) return exact;
  const partial = all.filter((a) => lower(a.name).includes(needle) || a.aliases.some((x) => lower(x).includes(needle)));
  return partial.length === 1 ? partial[0] : null;
}

export function ActorsField({ draft, names, change, error }) {
  const [typed, setTyped] = useState('');
  const [role, setRole] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const actor = actorFor(typed, names.actors);
    if (!actor) {
      setProblem(`No registered actor is called “${typed.trim()}”: pick one of the suggestions.`);
      return;
    }
    if (draft.actors.some((a) => a.id === actor.actorId)) {
      setProblem(`${actor.name} is already linked.`);
      return;
    }
    change({ actors: [...draft.actors, { id: actor.actorId, role }] });
    setTyped('');
    setRole('');
    setProblem('');
  };
  const setActorRole = (i, value) =>
    change({ actors: draft.actors.map((a, j) => (j === i ? { ...a, role: value } : a)) });
  return html`<fieldset class="ed-list" aria-describedby=${error ? 'ed-actors-error' : undefined}>
    <legend>Actors</legend>
    <${ListError} id="ed-actors-error" error=${error} />
    <ul>
      ${draft.actors.map(
        (a, i) =>
          html`<li key=${a.id}>
            <span class="ed-item-name">${names.actor(a.id)}</span>
            <label class="ed-inline"
              >Role of ${names.actor(a.id)}
              <input type="text" value=${a.role} onInput=${(e) => setActorRole(i, e.currentTarget.value)} />
            </label>
            <button
              type="button"
              class="secondary small"
              aria-label=${`Remove ${names.actor(a.id)}`}
              onClick=${() => change({ actors: draft.actors.filter((x) => x.id !== a.id) })}
            >
              Remove
            </button>
          </li>`,
      )}
    </ul>
    <div class="ed-add">
      <div class="field">
        <label for="ed-actor">Actor to link</label>
        <input
          id="ed-actor"
          type="text"
          list="ed-actor-options"
          autocomplete="off"
          value=${typed}
          aria-describedby="ed-actor-hint ed-actor-problem"
          onInput=${(e) => setTyped(e.currentTarget.value)}
        />
        <datalist id="ed-actor-options">
          ${[...names.actors.values()]
            .filter((a) => !a.mergedInto)
            .map((a) => html`<option value=${a.name}>${[...a.aliases, a.actorId].join(' · ')}</option>`)}
        </datalist>
        <p class="hint" id="ed-actor-hint">A name or an alias from the actors registry.</p>
      </div>
      <div class="field">
        <label for="ed-actor-role">Role</label>
        <input
          id="ed-actor-role"
          type="text"
          autocomplete="off"
          value=${role}
          onInput=${(e) => setRole(e.currentTarget.value)}
        />
      </div>
      <button type="button" class="secondary" onClick=${add}>Link actor</button>
      <p class="field-error" id="ed-actor-problem" role="status">${problem}</p>
    </div>
  </fieldset>`;
}

export function TopicsField({ draft, names, change, error }) {
  const [picked, setPicked] = useState('');
  const free = [...names.topics.values()].filter((t) => !draft.topics.includes(t.topicId));
  return html`<fieldset class="ed-list">
    <legend>Topics</legend>
    <${ListError} id="ed-topics-error" error=${error} />
    <ul>
      ${draft.topics.map(
        (id) =>
          html`<li key=${id}>
            <span class="ed-item-name">${names.topic(id)}</span>
            <button
              type="button"
              class="secondary small"
              aria-label=${`Remove the topic ${names.topic(id)}`}
              onClick=${() => change({ topics: draft.topics.filter((x) => x !== id) })}
            >
              Remove
            </button>
          </li>`,
      )}
    </ul>
    <div class="ed-add">
      <div class="field">
        <label for="ed-topic">Topic to tag</label>
        <select id="ed-topic" value=${picked} onChange=${(e) => setPicked(e.currentTarget.value)}>
          <option value="">Choose a topic</option>
          ${free.map((t) => html`<option value=${t.topicId}>${t.label}</option>`)}
        </select>
      </div>
      <button
        type="button"
        class="secondary"
        onClick=${() => {
          if (!picked) return;
          change({ topics: [...draft.topics, picked] });
          setPicked('');
        }}
      >
        Tag topic
      </button>
    </div>
  </fieldset>`;
}
