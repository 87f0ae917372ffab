import { ApiError, getJson, readDate, send } from './api.js';
import {
  acceptOrder,
  actorsToRegister,
  captureRequest,
  cardsAbove,
  cardsOf,
  factBody,
  reasonFor,
  sourceBody,
} from './captureDraft.js';
import { announce } from './dom.js';

const describe = (error) =>
  error instanceof ApiError ? error.describe() : `Could not reach the server: ${error.message}`;

/**
 * The capture desk's actions. `state.capture` (see `emptyCapture`) holds the input, the draft the
 * server returned and one card per proposed fact; accepting records the source, the actors and
 * the facts through the API, each write with the reason "captured from SOURCE".
 */
export function createCaptureActions(store) {
  const previewTimers = new Map();
  const set = (patch) =>
    store.update((s) => ({ capture: { ...s.capture, ...(typeof patch === 'function' ? patch(s.capture) : patch) } }));
  const setCard = (id, patch) =>
    set((c) => ({
      cards: c.cards.map((k) => (k.id === id ? { ...k, ...(typeof patch === 'function' ? patch(k) : patch) } : k)),
    }));
  const cardOf = (id) => store.state.capture.cards.find((c) => c.id === id);

  function setInput(patch) {
    set((c) => ({ input: { ...c.input, ...patch }, error: null }));
  }

  /**
   * A picked source: the draft will cite it; the text it holds, if any, is loaded into the text box,
   * unless a text was typed or a file read while it loaded (the analyst's latest word stays). A
   * source picked since then takes over: this one's answer is let go.
   */
  async function pickSource(sourceId) {
    const source = store.state.registries.sources.get(sourceId);
    setInput({ sourceId, title: source?.title ?? '', publishedOn: source?.publishedOn ?? '' });
    if (!source) {
      // A source's text that was still loading is let go with it.
      if (store.state.capture.busy === 'loading') set({ busy: null, note: '' });
      return;
    }
    const given = store.state.capture.input;
    set({ busy: 'loading', note: '' });
    const current = () => store.state.capture.input.sourceId === sourceId;
    const untouched = () =>
      store.state.capture.input.text === given.text && store.state.capture.input.file === given.file;
    try {
      const held = await getJson(`/api/sources/${encodeURIComponent(sourceId)}/text`);
      if (!current()) return;
      if (!untouched()) return set({ busy: null, note: `Kept the text you gave, not the one ${source.title} holds.` });
      setInput({ text: held.text, file: null });
      set({ busy: null, note: `Loaded the text ${source.title} holds.` });
    } catch (error) {
      if (!current()) return;
      const none = error instanceof ApiError && error.status === 404;
      set({ busy: null, note: none ? `${source.title} holds no text yet: paste it or read a file.` : describe(error) });
    }
  }

  /** Sends the input to `POST /api/capture` and turns the draft into cards. */
  async function read() {
    const { input } = store.state.capture;
    if (!input.file && !input.text.trim()) {
      set({
        error: { message: 'Paste the article’s text, read a file or pick a source that holds one.', field: 'text' },
      });
      return;
    }
    set({ busy: 'reading', error: null, note: '' });
    try {
      const { body: draft } = await send('POST', '/api/capture', captureRequest(input));
      const cards = cardsOf(draft);
      set((c) => ({ busy: null, draft, cards, focus: null, focusSeq: c.focusSeq + 1 }));
      announce(`${cards.length} dated fact${cards.length === 1 ? '' : 's'} proposed.`);
      for (const card of cards) void preview(card.id, card.fact.when);
    } catch (error) {
      set({ busy: null, error });
    }
  }

  /** Back to the input form; the draft (and what is not accepted of it) is let go. */
  function restart() {
    set((c) => ({ draft: null, cards: [], note: '', error: null, focus: null, focusSeq: c.focusSeq + 1 }));
  }

  async function preview(id, edtf) {
    const text = edtf.trim();
    if (!text) return setCard(id, { preview: null });
    try {
      const date = await readDate(text, null);
      if (cardOf(id)?.fact.when.trim() === text) setCard(id, { preview: { date, problem: null } });
    } catch (error) {
      const problem = error instanceof ApiError ? error.describe().replace(/^edtf: /, '') : error.message;
      if (cardOf(id)?.fact.when.trim() === text) setCard(id, { preview: { date: null, problem } });
    }
  }

  /** Changes fields of a card's fact; a new date is read by the server as it is typed. */
  function change(id, patch) {
    setCard(id, (k) => ({ fact: { ...k.fact, ...patch }, error: null }));
    if ('when' in patch) {
      clearTimeout(previewTimers.get(id));
      previewTimers.set(
        id,
        setTimeout(() => void preview(id, patch.when), 250),
      );
    }
  }

  const edit = (id, editing) => setCard(id, { editing, error: null });

  /** Drops a card (nothing is written); its relations waiting on others, and others' on it, go too. */
  function drop(id) {
    set((c) => ({
      cards: c.cards.map((k) =>
        k.id === id
          ? { ...k, status: 'dropped', editing: false, error: null }
          : { ...k, waiting: k.waiting.filter((r) => r.fact !== id) },
      ),
      focus: nextCard(c.cards, id),
      focusSeq: c.focusSeq + 1,
    }));
    announce('Dropped.');
  }

  const restore = (id) => setCard(id, { status: 'proposed' });

  /** Registers the draft's source, unless the registry holds it. */
  async function ensureSource() {
    const source = store.state.capture.draft.sources[0];
    if (store.state.registries.sources.has(source.id)) return source.id;
    const { body } = await send('POST', '/api/sources', sourceBody(source));
    register('sources', body.sourceId, body);
    return source.id;
  }

  function register(kind, id, doc) {
    store.update((s) => ({
      registries: { ...s.registries, [kind]: new Map([...s.registries[kind], [id, doc]]) },
    }));
  }

  /** Records one card: its new actors, then the fact; then relations that waited for it. */
  async function record(card, sourceId) {
    const reason = reasonFor(sourceId);
    for (const actor of actorsToRegister(card, store.state.capture.draft.actors, store.state.registries.actors)) {
      const { body } = await send('POST', '/api/actors', actor);
      register('actors', body.actorId, body);
    }
    const { cards } = store.state.capture;
    const recorded = new Set(cards.filter((c) => c.status === 'accepted').map((c) => c.id));
    const { body, waiting } = factBody(card, { reason, recorded, draftIds: new Set(cards.map((c) => c.id)) });
    await send('POST', '/api/facts', body);
    setCard(card.id, { status: 'accepted', editing: false, saving: false, error: null, waiting });
    for (const other of store.state.capture.cards.filter((c) => c.waiting.some((r) => r.fact === card.id))) {
      for (const r of other.waiting.filter((w) => w.fact === card.id))
        await send('POST', `/api/facts/${encodeURIComponent(other.id)}/relations`, { ...r, reason });
      setCard(other.id, (k) => ({ waiting: k.waiting.filter((r) => r.fact !== card.id) }));
    }
  }

  /** Accepts the cards `ids`, anchors before the facts related to them; stops at the first refusal. */
  async function acceptMany(ids) {
    const chosen = store.state.capture.cards.filter((c) => ids.includes(c.id) && c.status === 'proposed');
    if (chosen.length === 0) return 0;
    for (const c of chosen) setCard(c.id, { saving: true, error: null });
    let done = 0;
    try {
      const sourceId = await ensureSource();
      for (const card of acceptOrder(chosen)) {
        try {
          await record(cardOf(card.id), sourceId);
          done += 1;
        } catch (error) {
          setCard(card.id, { saving: false, error });
          throw error;
        }
      }
    } catch (error) {
      set((c) => ({ cards: c.cards.map((k) => (k.saving ? { ...k, saving: false } : k)) }));
      announce(`Not recorded: ${describe(error)}`);
      return done;
    }
    const last = chosen[chosen.length - 1].id;
    set((c) => ({ focus: nextCard(c.cards, last), focusSeq: c.focusSeq + 1 }));
    announce(done === 1 ? 'Accepted: the fact is recorded.' : `Accepted ${done} facts: they are recorded.`);
    return done;
  }

  const accept = (id) => acceptMany([id]);

  /** Accepts every proposed card at or above the chosen confidence. */
  const acceptAbove = () => {
    const { cards, threshold } = store.state.capture;
    return acceptMany(cardsAbove(cards, threshold).map((c) => c.id));
  };

  const setThreshold = (threshold) => set({ threshold });
  const fail = (error) => set({ error });

  return { setInput, fail, pickSource, read, restart, change, edit, drop, restore, accept, acceptAbove, setThreshold };
}

/** The id of the next proposed card after `id` (else the last proposed one before it), or null. */
function nextCard(cards, id) {
  const at = cards.findIndex((c) => c.id === id);
  const open = (c) => c.status === 'proposed' && c.id !== id;
  return cards.slice(at + 1).find(open)?.id ?? cards.slice(0, at).reverse().find(open)?.id ?? null;
}
