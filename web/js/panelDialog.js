import { watch } from './store.js';

/** Where the fact panel overlays the timeline instead of standing beside it (css/responsive.css). */
const OVERLAY = '(max-width: 1100px)';
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Where the panel overlays the page it is a modal dialog: `role="dialog"`, `aria-modal`, the
 * rest of the page inert (no Tab, no click reaches it), Tab wrapping inside, the focus moved into
 * it when it opens. Beside the timeline it is a complementary region. Esc closes it either way.
 */
export function mountPanelDialog(store, { panel, behind }) {
  const overlay = window.matchMedia(OVERLAY);
  const apply = () => {
    const open = Boolean(store.state.panel);
    const modal = open && overlay.matches;
    panel.setAttribute('role', modal ? 'dialog' : 'complementary');
    if (modal) panel.setAttribute('aria-modal', 'true');
    else panel.removeAttribute('aria-modal');
    for (const el of behind) el.inert = modal;
    if (modal && !panel.contains(document.activeElement))
      (panel.querySelector('#fact-title') ?? panel).focus({ preventScroll: true });
  };
  watch(store, (s) => [Boolean(s.panel), s.panel?.fact, s.editor], apply);
  overlay.addEventListener('change', apply);

  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || panel.getAttribute('role') !== 'dialog') return;
    const stops = [...panel.querySelectorAll(TABBABLE)].filter((el) => el.getClientRects().length > 0);
    if (stops.length === 0) return;
    const [first, last] = [stops[0], stops.at(-1)];
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
}
