/**
 * The capture desk's pure part: a capture draft (a dossier plus its `capture` section, see
 * docs/design.md, "Capture drafts") as review cards, the text cut into highlighted pieces, and
 * the requests that record accepted cards through the API. Nothing here reads the DOM or the network.
 */

/** The desk before anything is read: the input form, empty. */
export function emptyCapture() {
  return {
    input: { text: '', file: null, sourceId: '', title: '', publishedOn: '', lang: 'auto' },
    /** Whether the text is being read (capture) or loaded (a source's text), and the last such problem. */
    busy: null,
    error: null,
    note: '',
    draft: null,
    cards: [],
    threshold: 0.8,
    /** Which card holds the focus after a change (its id), bumped with `focusSeq`. */
    focus: null,
    focusSeq: 0,
  };
}

/** What `POST /api/capture` is sent for the desk's input: one of text, html or pdf, and the optional fields given. */
export function captureRequest(input) {
  const body = input.file ? { [input.file.kind]: input.file.data } : { text: input.text };
  if (input.sourceId) body.sourceId = input.sourceId;
  for (const key of ['title', 'publishedOn']) if (input[key].trim()) body[key] = input[key].trim();
  if (input.lang && input.lang !== 'auto') body.lang = input.lang;
  return body;
}

/** How a picked file is sent: .txt and .md as text (shown in the text box), .html as html, .pdf as base64. */
export function fileKind(name) {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'pdf') return 'pdf';
  return null;
}

/** One card per draft fact, in the draft's (the text's) order, each with its span and confidence. */
export function cardsOf(draft) {
  const spans = new Map(draft.capture.spans.map((s) => [s.fact, s]));
  return draft.facts.map((fact) => ({
    id: fact.id,
    fact,
    span: spans.get(fact.id) ?? null,
    confidence: spans.get(fact.id)?.confidence ?? 0,
    status: 'proposed',
    editing: false,
    saving: false,
    error: null,
    preview: null,
    /** Relations held back until the fact they point at is accepted. */
    waiting: [],
  }));
}

/**
 * The text cut at the date phrases: `[{ text, start, kind: 'plain'|'event'|'skipped', fact?, reason? }]`.
 * A phrase overlapping one already placed is left as plain text.
 */
export function textPieces(text, spans, skipped) {
  const marks = [
    ...spans.map((s) => ({ start: s.start, end: s.end, kind: 'event', fact: s.fact })),
    ...skipped.map((s) => ({ start: s.start, end: s.end, kind: 'skipped', reason: s.reason })),
  ]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || (a.kind === 'event' ? -1 : 1));
  const pieces = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) pieces.push({ text: text.slice(at, mark.start), start: at, kind: 'plain' });
    pieces.push({ ...mark, text: text.slice(mark.start, mark.end) });
    at = mark.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, kind: 'plain' });
  return pieces;
}

/** The reason every write of an accepted card carries. */
export const reasonFor = (sourceId) => `captured from ${sourceId}`;

/** The source as `POST /api/sources` registers it: the draft's, without its text and empty fields. */
export function sourceBody(source) {
  const body = { id: source.id, title: source.title };
  for (const key of ['publisher', 'url', 'publishedOn', 'reliability', 'notes'])
    if (source[key] !== null && source[key] !== undefined) body[key] = source[key];
  return body;
}

/** The draft actors a card links that the registry does not hold yet, as `POST /api/actors` takes them. */
export function actorsToRegister(card, draftActors, registered) {
  const proposed = new Map(draftActors.map((a) => [a.id, a]));
  return card.fact.actors
    .filter((a) => !registered.has(a.id) && proposed.has(a.id))
    .map((a) => {
      const { id, name, kind, aliases } = proposed.get(a.id);
      return { id, name, kind, aliases };
    });
}

/**
 * The `POST /api/facts` body of an accepted card, with `reason`. A relation to a draft fact not
 * accepted yet is held back (`waiting`): it is asserted once that fact is recorded.
 */
export function factBody(card, { reason, recorded, draftIds }) {
  const ready = (r) => !draftIds.has(r.fact) || recorded.has(r.fact);
  const { id, summary, when, actors, citations, relations } = card.fact;
  return {
    body: {
      id,
      summary: summary.trim(),
      when: when.trim(),
      actors: actors.map((a) => ({ id: a.id, role: a.role || null })),
      citations,
      relations: relations.filter(ready),
      reason,
    },
    waiting: relations.filter((r) => !ready(r)),
  };
}

/** The cards in an order where a fact comes after the draft facts it relates to (the text's order otherwise). */
export function acceptOrder(cards) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const out = [];
  const seen = new Set();
  const visit = (card) => {
    if (seen.has(card.id)) return;
    seen.add(card.id);
    for (const r of card.fact.relations) if (byId.has(r.fact)) visit(byId.get(r.fact));
    out.push(card);
  };
  for (const card of cards) visit(card);
  return out;
}

/** The proposed cards at or above `threshold` confidence. */
export const cardsAbove = (cards, threshold) =>
  cards.filter((c) => c.status === 'proposed' && c.confidence >= threshold);

/** Counts for the desk's summary line. */
export function tally(cards) {
  const count = { proposed: 0, accepted: 0, dropped: 0 };
  for (const c of cards) count[c.status] += 1;
  return count;
}
