import { watch } from './store.js';

const $ = (id) => document.getElementById(id);

/**
 * The sign-in form, shown in place of the timeline while the server needs a sign-in the page does
 * not have, and who is signed in (with Sign out) in the header.
 */
export function mountSessionView(store, { signIn, signOut }) {
  const token = $('sign-in-token');
  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    void signIn(token.value);
  });
  $('sign-out').addEventListener('click', () => void signOut());

  watch(
    store,
    (s) => [s.session],
    ({ session }) => {
      const signedOut = session.required === true && !session.role;
      const view = $('sign-in-view');
      const opening = signedOut && view.hidden;
      document.body.dataset.auth = signedOut ? 'signed-out' : session.role ? 'signed-in' : 'unknown';
      view.hidden = !signedOut;
      $('sign-in-problem').textContent = session.problem ?? '';
      token.setAttribute('aria-invalid', String(Boolean(session.problem)));
      $('sign-in-submit').disabled = Boolean(session.busy);
      if (!signedOut) token.value = '';
      if (opening) token.focus();
      $('account').hidden = !(session.required && session.role);
      $('account-name').textContent = session.role ? `Signed in as ${session.name} (${session.role})` : '';
    },
  );
}
