/**
 * The view's state lives in the URL, so a view can be shared by its address:
 * `?lanes=topic&actor=sedena&actor=mexico&topic=procurement&from=2022-04&to=2022-10&q=letter
 *  &asOf=2022-11-01&retracted=1&view=list&fact=salazar-letter-to-ebrard` (`view`: list, findings, capture).
 */

export const VIEWS = ['chart', 'list', 'findings', 'capture'];

/** @returns {{ lanes: 'actor'|'topic', actors: string[], topics: string[], from: string, to: string, q: string, asOf: string, retracted: boolean, view: string, fact: string }} */
export function readState(search = window.location.search) {
  const p = new URLSearchParams(search);
  const ids = (key) => [
    ...new Set(
      p
        .getAll(key)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const view = p.get('view') ?? 'chart';
  return {
    lanes: p.get('lanes') === 'topic' ? 'topic' : 'actor',
    actors: ids('actor'),
    topics: ids('topic'),
    from: p.get('from') ?? '',
    to: p.get('to') ?? '',
    q: p.get('q') ?? '',
    asOf: p.get('asOf') ?? '',
    retracted: p.get('retracted') === '1',
    view: VIEWS.includes(view) ? view : 'chart',
    fact: p.get('fact') ?? '',
  };
}

/** The query string of `state`, defaults left out. */
export function searchOf(state) {
  const p = new URLSearchParams();
  if (state.lanes !== 'actor') p.set('lanes', state.lanes);
  for (const a of state.actors) p.append('actor', a);
  for (const t of state.topics) p.append('topic', t);
  for (const key of ['from', 'to', 'q', 'asOf']) if (state[key]) p.set(key, state[key]);
  if (state.retracted) p.set('retracted', '1');
  if (state.view !== 'chart') p.set('view', state.view);
  if (state.fact) p.set('fact', state.fact);
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** Puts `state` in the address bar: a new history entry, or in place (`replace`) for typing and dragging. */
export function writeState(state, { replace = false } = {}) {
  const url = `${window.location.pathname}${searchOf(state)}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}
