import { truncate } from './dom.js';

/** Names for ids, from the registries and the entries on screen (for pickers, titles and the history). */
export function namesOf(state) {
  const { actors, topics, sources } = state.registries;
  const byId = state.data.byId;
  return {
    actors,
    topics,
    sources,
    actor: (id) => actors.get(id)?.name ?? id,
    topic: (id) => topics.get(id)?.label ?? id,
    source: (id) => sources.get(id)?.title ?? id,
    fact: (id) => (byId.get(id) ? truncate(byId.get(id).summary, 80) : id),
    sourceUrl: (id) => {
      const url = sources.get(id)?.url;
      return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
    },
  };
}

/** The page's title for the filters in `route`. */
export function titleOf(route, names) {
  const actors = route.actors.map((id) => names.actor(id));
  const topics = route.topics.map((id) => names.topic(id));
  const parts = [];
  if (actors.length === 1) parts.push(actors[0]);
  else if (actors.length > 1) parts.push(`${actors.length} actors`);
  if (topics.length === 1) parts.push(topics[0]);
  else if (topics.length > 1) parts.push(`${topics.length} topics`);
  return parts.length > 0 ? parts.join(' · ') : 'All facts';
}
