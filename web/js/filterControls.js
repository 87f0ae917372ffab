import { readState } from './urlState.js';

const $ = (id) => document.getElementById(id);
const FILTER_KEYS = ['actors', 'topics', 'from', 'to', 'q', 'asOf', 'retracted'];

/**
 * The filter form, the zoom buttons, Esc on the panel and the browser's back and forward: each
 * turns into an action on the store. `fromState()` puts the route's values into the controls.
 */
export function mountFilterControls(store, { actions, pickers, timeline }) {
  const form = $('filters');
  const [actorPicker, topicPicker] = pickers;
  const fields = { q: $('q'), from: $('from'), to: $('to'), retracted: $('retracted') };

  function fromState() {
    const { route } = store.state;
    for (const radio of form.elements.namedItem('lanes')) radio.checked = radio.value === route.lanes;
    fields.q.value = route.q;
    fields.from.value = route.from;
    fields.to.value = route.to;
    fields.retracted.checked = route.retracted;
    actorPicker.setChecked(route.actors);
    topicPicker.setChecked(route.topics);
  }

  let typing = null;
  const window_ = () => ({ from: fields.from.value.trim(), to: fields.to.value.trim() });
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target.name === 'lanes') actions.setRoute({ lanes: target.value }, { reload: false });
    else if (target === fields.retracted) actions.setRoute({ retracted: target.checked });
    else if (target === fields.from || target === fields.to) actions.setRoute(window_(), { refit: true });
  });
  fields.q.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => actions.setRoute({ q: fields.q.value.trim() }, { replace: true }), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    actions.setRoute({ q: fields.q.value.trim(), ...window_() }, { refit: true });
  });
  $('clear-filters').addEventListener('click', () => {
    actorPicker.setChecked([]);
    topicPicker.setChecked([]);
    fields.q.value = '';
    fields.from.value = '';
    fields.to.value = '';
    actions.setRoute({ actors: [], topics: [], q: '', from: '', to: '' }, { refit: true });
  });

  // On a narrow screen the filters fold behind a button, so the chart gets the width.
  const toggle = $('filters-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('filters-open', open);
  });

  $('zoom-in').addEventListener('click', () => actions.zoom(0.6));
  $('zoom-out').addEventListener('click', () => actions.zoom(1.6));
  $('zoom-fit').addEventListener('click', () => actions.fit());
  $('fact-panel').addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.defaultPrevented) actions.closePanel();
  });

  window.addEventListener('popstate', () => {
    const before = store.state.route;
    const route = readState();
    store.update({ route, ...(route.fact ? {} : { panel: null, editor: null }) });
    fromState();
    const same = FILTER_KEYS.every((k) => JSON.stringify(before[k]) === JSON.stringify(route[k]));
    if (!same) void timeline.load({ refit: true });
    else if (route.fact) void actions.showFact(route.fact, { push: false });
  });

  return { fromState };
}
