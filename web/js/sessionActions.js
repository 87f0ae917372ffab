import { getJson, send } from './api.js';

/**
 * Signing in and out (docs/design.md § Access). The server keeps the session; the page only learns
 * who it is signed in as (`GET /api/session`) into `state.session`, and never sees the cookie
 * (HttpOnly) or keeps the token it was given. `onEnded` runs when the session ends (here or
 * elsewhere) and `onResumed` when the page signs in again after that: the live feed, refused
 * without a session, stops and starts with it rather than on its own back-off.
 */
export function createSessionActions(store, { onEnded = () => {}, onResumed = () => {} } = {}) {
  const waiting = [];
  let ended = false;

  function apply(body) {
    store.update({
      session: {
        role: body.role,
        name: body.name,
        required: body.required,
        expiresAt: body.expiresAt,
        problem: null,
        busy: false,
      },
    });
    if (!body.role) return;
    for (const resolve of waiting.splice(0)) resolve();
    if (ended) {
      ended = false;
      onResumed();
    }
  }

  /** The session is gone: the feed stops and the form asks to sign in again. */
  function end() {
    ended = true;
    onEnded();
    store.update((s) => ({
      session: {
        ...s.session,
        required: true,
        role: null,
        name: null,
        problem: 'Your session has ended: sign in again.',
      },
    }));
  }

  const setProblem = (problem) => store.update((s) => ({ session: { ...s.session, problem, busy: false } }));

  return {
    /** Asks the server who the page is signed in as (no tokens configured: everyone may do everything). */
    async check() {
      apply(await getJson('/api/session'));
    },

    /** Resolves once the page is signed in (at once when it is, or when the server needs no sign-in). */
    signedIn() {
      return store.state.session.role ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },

    /** Exchanges `token` for a session; a refusal is shown in the form, in words. */
    async signIn(token) {
      const value = token.trim();
      if (value === '') {
        setProblem('Paste your token first.');
        return;
      }
      store.update((s) => ({ session: { ...s.session, busy: true } }));
      try {
        apply((await send('POST', '/api/session', { token: value })).body);
      } catch (error) {
        setProblem(
          error.status === 401
            ? 'This token is not one the server knows. Check that it was pasted whole.'
            : `Could not sign in: ${error.describe?.() ?? error.message}`,
        );
      }
    },

    /** Ends the session on the server, then starts the page afresh, holding nothing of it. */
    async signOut() {
      try {
        await send('DELETE', '/api/session');
      } catch (error) {
        store.update({ error });
        return;
      }
      onEnded();
      location.reload();
    },

    /** The server refused the session (it expired or was ended elsewhere): ask to sign in again. */
    ended() {
      const { session } = store.state;
      if (!session.required || !session.role) return;
      end();
    },

    /**
     * Asks the server whether the page is still signed in, after a refusal that did not say why (the
     * live feed's); when it is not, asks to sign in again, as `ended` does.
     */
    async verify() {
      let body;
      try {
        body = await getJson('/api/session');
      } catch {
        return; // the server is unreachable: the feed's own back-off goes on
      }
      const { session } = store.state;
      if (!body.required || body.role || (session.required && !session.role)) return;
      end();
    },
  };
}
