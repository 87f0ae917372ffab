/**
 * The edit form's model, pure: a draft is the fact as plain form values; the changes between two
 * drafts are what the editor meant; the requests are those changes made against the fact as it is
 * now, so an edit applied again after someone else's change keeps theirs (a three-way merge by
 * field and by list item) and skips what already holds.
 */

/** The form values of a fact (a timeline entry or the fact document). */
export function draftOf(fact) {
  return {
    id: fact.factId,
    summary: fact.summary,
    notes: fact.notes ?? '',
    when: fact.when.edtf,
    place: fact.place ?? '',
    actors: fact.actors.map((a) => ({ id: a.id, role: a.role ?? '' })),
    topics: fact.topics.map((t) => t.id),
    citations: fact.citations.map((c) => ({
      citationId: c.citationId,
      source: c.source.id,
      quote: c.quote ?? '',
      locator: c.locator ?? '',
      statedDate: c.statedDate ?? '',
      statedWeekday: c.statedWeekday ?? '',
      credibility: c.credibility === null ? '' : String(c.credibility),
    })),
    relations: fact.relations.map((r) => ({ type: r.kind, fact: r.fact, offset: r.offset ?? '' })),
    status: fact.status,
    reason: '',
  };
}

/** An empty form: the New fact button. */
export function emptyDraft() {
  return {
    id: '',
    summary: '',
    notes: '',
    when: '',
    place: '',
    actors: [],
    topics: [],
    citations: [],
    relations: [],
    status: 'active',
    reason: '',
  };
}

const orNull = (text) => (text.trim() === '' ? null : text.trim());
const citationKey = (c) =>
  JSON.stringify([c.source, c.quote.trim(), c.locator.trim(), c.statedDate.trim(), c.statedWeekday, c.credibility]);
const relationKey = (r) => `${r.type}|${r.fact}`;

/** A citation as the API takes it. */
export function citationBody(c) {
  return {
    source: c.source,
    quote: orNull(c.quote),
    locator: orNull(c.locator),
    statedDate: orNull(c.statedDate),
    statedWeekday: c.statedWeekday || null,
    credibility: c.credibility === '' ? null : Number(c.credibility),
  };
}

/** The body of `POST /api/facts` for a new fact's draft. */
export function recordBody(draft) {
  return {
    id: draft.id.trim(),
    summary: draft.summary.trim(),
    when: draft.when.trim(),
    place: orNull(draft.place),
    notes: orNull(draft.notes),
    actors: draft.actors.map((a) => ({ id: a.id, role: orNull(a.role) })),
    topics: draft.topics,
    citations: draft.citations.map(citationBody),
    relations: draft.relations.map((r) => ({ type: r.type, fact: r.fact, offset: orNull(r.offset) })),
    ...(draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
  };
}

/** What the editor changed from `base` to `draft`, as a list of intents. */
export function changesOf(base, draft) {
  const changes = [];
  if (draft.summary.trim() !== base.summary.trim() || draft.notes.trim() !== base.notes.trim())
    changes.push({ kind: 'summary', summary: draft.summary.trim(), notes: orNull(draft.notes) });
  if (draft.when.trim() !== base.when) changes.push({ kind: 'date', when: draft.when.trim() });
  if (draft.place.trim() !== base.place.trim()) changes.push({ kind: 'place', place: orNull(draft.place) });
  const baseActors = new Map(base.actors.map((a) => [a.id, a.role.trim()]));
  const draftActors = new Map(draft.actors.map((a) => [a.id, a.role.trim()]));
  for (const [id] of baseActors) if (!draftActors.has(id)) changes.push({ kind: 'unlink', id });
  for (const [id, role] of draftActors)
    if (baseActors.get(id) !== role) changes.push({ kind: 'link', id, role: role || null });
  for (const id of base.topics) if (!draft.topics.includes(id)) changes.push({ kind: 'untag', id });
  for (const id of draft.topics) if (!base.topics.includes(id)) changes.push({ kind: 'tag', id });
  const draftCitations = new Set(draft.citations.map(citationKey));
  const baseCitations = new Set(base.citations.map(citationKey));
  for (const c of base.citations)
    if (!draftCitations.has(citationKey(c)))
      changes.push({ kind: 'withdraw', citationId: c.citationId, key: citationKey(c) });
  for (const c of draft.citations)
    if (!baseCitations.has(citationKey(c)))
      changes.push({ kind: 'cite', citation: citationBody(c), key: citationKey(c) });
  const draftRelations = new Map(draft.relations.map((r) => [relationKey(r), r]));
  const baseRelations = new Map(base.relations.map((r) => [relationKey(r), r]));
  for (const [key, r] of baseRelations)
    if (!draftRelations.has(key)) changes.push({ kind: 'unrelate', type: r.type, fact: r.fact });
  for (const [key, r] of draftRelations)
    if (baseRelations.get(key)?.offset.trim() !== r.offset.trim())
      changes.push({ kind: 'relate', type: r.type, fact: r.fact, offset: orNull(r.offset) });
  return changes;
}

/**
 * The requests that make `changes` on the fact as it is now (`current`, a draft of it), leaving
 * out those that already hold. `reason` goes with each; the date's is required.
 */
export function requestsFor(factId, changes, current, reason) {
  const base = `/api/facts/${encodeURIComponent(factId)}`;
  const why = reason.trim() ? { reason: reason.trim() } : {};
  const query = reason.trim() ? `?reason=${encodeURIComponent(reason.trim())}` : '';
  const actors = new Map(current.actors.map((a) => [a.id, a.role.trim() || null]));
  const citations = new Map(current.citations.map((c) => [citationKey(c), c.citationId]));
  const relations = new Map(current.relations.map((r) => [relationKey(r), r.offset.trim() || null]));
  const requests = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'summary':
        if (change.summary !== current.summary.trim() || change.notes !== orNull(current.notes))
          requests.push({
            method: 'POST',
            path: `${base}/summary`,
            body: { summary: change.summary, notes: change.notes, ...why },
          });
        break;
      case 'date':
        if (change.when !== current.when)
          requests.push({ method: 'POST', path: `${base}/date`, body: { when: change.when, reason: reason.trim() } });
        break;
      case 'place':
        if (change.place !== orNull(current.place))
          requests.push({ method: 'POST', path: `${base}/place`, body: { place: change.place, ...why } });
        break;
      case 'unlink':
        if (actors.has(change.id)) requests.push({ method: 'DELETE', path: `${base}/actors/${change.id}${query}` });
        break;
      case 'link':
        if (actors.get(change.id) !== change.role || !actors.has(change.id))
          requests.push({ method: 'POST', path: `${base}/actors`, body: { id: change.id, role: change.role, ...why } });
        break;
      case 'untag':
        if (current.topics.includes(change.id))
          requests.push({ method: 'DELETE', path: `${base}/topics/${change.id}${query}` });
        break;
      case 'tag':
        if (!current.topics.includes(change.id))
          requests.push({ method: 'POST', path: `${base}/topics`, body: { id: change.id, ...why } });
        break;
      case 'withdraw':
        if (citations.has(change.key))
          requests.push({
            method: 'DELETE',
            path: `${base}/citations/${encodeURIComponent(citations.get(change.key))}${query}`,
          });
        break;
      case 'cite':
        if (!citations.has(change.key))
          requests.push({ method: 'POST', path: `${base}/citations`, body: { ...change.citation, ...why } });
        break;
      case 'unrelate':
        if (relations.has(relationKey(change)))
          requests.push({ method: 'DELETE', path: `${base}/relations/${change.type}/${change.fact}${query}` });
        break;
      case 'retract':
      case 'reinstate':
        if (current.status !== (change.kind === 'retract' ? 'retracted' : 'active'))
          requests.push({
            method: 'POST',
            path: `${base}/${change.kind === 'retract' ? 'retraction' : 'reinstatement'}`,
            body: { reason: reason.trim() },
          });
        break;
      case 'relate':
        if (!relations.has(relationKey(change)) || relations.get(relationKey(change)) !== change.offset)
          requests.push({
            method: 'POST',
            path: `${base}/relations`,
            body: { type: change.type, fact: change.fact, offset: change.offset, ...why },
          });
        break;
    }
  }
  return requests;
}

/** One change in words, for the conflict view ("Your changes: …"). */
export function describeChange(change, names) {
  switch (change.kind) {
    case 'summary':
      return 'Summary or notes edited';
    case 'date':
      return `Date set to ${change.when}`;
    case 'place':
      return change.place ? `Place set to ${change.place}` : 'Place removed';
    case 'link':
      return `Actor linked: ${names.actor(change.id)}${change.role ? ` (${change.role})` : ''}`;
    case 'unlink':
      return `Actor unlinked: ${names.actor(change.id)}`;
    case 'tag':
      return `Topic tagged: ${names.topic(change.id)}`;
    case 'untag':
      return `Topic untagged: ${names.topic(change.id)}`;
    case 'cite':
      return `Source cited: ${names.source(change.citation.source)}`;
    case 'withdraw':
      return 'Citation withdrawn';
    case 'relate':
      return `Relation asserted: ${change.type}${change.offset ? ` ${change.offset}` : ''} ${names.fact(change.fact)}`;
    case 'retract':
      return 'Retract the fact';
    case 'reinstate':
      return 'Reinstate the fact';
    case 'unrelate':
      return `Relation withdrawn: ${change.type} ${names.fact(change.fact)}`;
    default:
      return change.kind;
  }
}
