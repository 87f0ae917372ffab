/**
 * DOM building. Every piece of text from the API goes in through `textContent` (or a text node),
 * never through `innerHTML`: a summary that contains markup is shown as the characters it is.
 */

/**
 * Creates an element. `attrs`: `class`, `text`, `dataset`, `on<event>` listeners, booleans (set
 * when true), anything else as an attribute. Children: nodes, strings (as text), arrays, or
 * nothing (null, undefined, false are skipped).
 * @example h('button', { class: 'link', onclick: open }, 'Read more')
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

/** Appends children as `h` takes them. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of `el`. */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** The first `max` characters of `text`, with an ellipsis when cut (on a word boundary when one is near). */
export function truncate(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Says `message` to screen readers through the page's polite live region. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A fresh text node makes screen readers read the message even when it repeats.
  requestAnimationFrame(() => {
    region.textContent = message;
  });
}

/** A titled section of the fact panel (`sec-KEY`, headed `h3#sec-KEY`). */
export function section(title, key, ...children) {
  return h(
    'section',
    { class: `panel-section sec-${key}`, 'aria-labelledby': `sec-${key}` },
    h('h3', { id: `sec-${key}` }, title),
    children,
  );
}
