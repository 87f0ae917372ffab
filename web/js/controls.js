import { h, replaceChildren } from './dom.js';

/**
 * A checkbox list with a search box: the actor and topic pickers. Picked items come first;
 * typing in the search box hides the others.
 */
export class Picker {
  /**
   * @param {{ name: string, list: HTMLElement, search: HTMLInputElement, count: HTMLElement, onChange(ids: string[]): void }} parts
   */
  constructor({ name, list, search, count, onChange }) {
    Object.assign(this, { name, list, search, count, onChange });
    this.items = [];
    this.checked = [];
    search.addEventListener('input', () => this.applySearch());
    list.addEventListener('change', (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement)) return;
      this.checked = box.checked ? [...this.checked, box.value] : this.checked.filter((id) => id !== box.value);
      this.showCount();
      this.onChange([...this.checked]);
    });
  }

  /** @param {{ id: string, label: string, hint?: string }[]} items */
  setItems(items) {
    this.items = [...items].sort((a, b) => a.label.localeCompare(b.label));
    this.draw();
  }

  setChecked(ids) {
    this.checked = [...ids];
    this.draw();
  }

  draw() {
    const checked = new Set(this.checked);
    const known = new Set(this.items.map((i) => i.id));
    // An id from a shared URL that is not (or no longer) registered still shows, so it can be unticked.
    const items = [
      ...this.items,
      ...this.checked.filter((id) => !known.has(id)).map((id) => ({ id, label: id, hint: 'unknown' })),
    ];
    items.sort((a, b) => Number(checked.has(b.id)) - Number(checked.has(a.id)));
    replaceChildren(
      this.list,
      items.map((item) => {
        const id = `${this.name}-${item.id}`;
        return h(
          'li',
          { dataset: { search: `${item.label} ${item.hint ?? ''} ${item.id}`.toLowerCase() } },
          h('input', { type: 'checkbox', id, value: item.id, checked: checked.has(item.id) }),
          h('label', { for: id }, item.label, item.hint && h('span', { class: 'hint' }, ` ${item.hint}`)),
        );
      }),
    );
    this.applySearch();
    this.showCount();
  }

  applySearch() {
    const needle = this.search.value.trim().toLowerCase();
    for (const li of this.list.children) li.hidden = needle !== '' && !li.dataset.search.includes(needle);
  }

  showCount() {
    this.count.textContent = this.checked.length > 0 ? `(${this.checked.length} picked)` : '';
  }
}

/**
 * "As known on": a slider over the log (each step one recorded event; the right end is now), a
 * date field (the end of that day, UTC) and a Now button. Both drive the timelines' `asOf`.
 */
export class AsOfControl {
  /**
   * @param {{ slider: HTMLInputElement, date: HTMLInputElement, now: HTMLButtonElement, label: HTMLElement,
   *           onChange(asOf: string, options: { commit: boolean }): void }} parts
   */
  constructor({ slider, date, now, label, onChange }) {
    Object.assign(this, { slider, date, now, label, onChange });
    this.head = null;
    this.asOf = '';
    this.position = null;
    this.pending = 0;
    slider.addEventListener('input', () => this.onChange(this.sliderAsOf(), { commit: false }));
    slider.addEventListener('change', () => this.onChange(this.sliderAsOf(), { commit: true }));
    date.addEventListener('change', () => this.onChange(date.value, { commit: true }));
    now.addEventListener('click', () => this.onChange('', { commit: true }));
  }

  sliderAsOf() {
    return this.slider.value === this.slider.max ? '' : this.slider.value;
  }

  /**
   * Draws the state: `asOf` as asked, `position` the log point the server resolved it to, `head`
   * the newest position the page knows of (the slider's right end), `pending` the changes
   * recorded since a past view was drawn.
   */
  render({ asOf, position, head, pending }) {
    Object.assign(this, { asOf, position, head, pending });
    this.draw();
  }

  draw() {
    const head = this.head === null ? 0 : Number(this.head);
    const usable = Number.isSafeInteger(head) && head > 0;
    this.slider.disabled = !usable;
    this.slider.min = '1';
    this.slider.max = String(Math.max(head, 1));
    const at = this.asOf ? (this.position === null ? 1 : Number(this.position)) : head;
    // Do not move the thumb under the user's finger: only when it is not being dragged.
    if (document.activeElement !== this.slider || !this.asOf) this.slider.value = String(at || 1);
    this.date.value = /^\d{4}-\d{2}-\d{2}$/.test(this.asOf) ? this.asOf : '';
    this.now.disabled = !this.asOf;
    const text = this.describe(head);
    this.label.textContent = text;
    this.slider.setAttribute('aria-valuetext', text);
    document.body.classList.toggle('is-past', Boolean(this.asOf));
  }

  describe(head) {
    if (!this.asOf) return head > 0 ? `Now: everything recorded (${head} events).` : 'Now.';
    const point = this.position === null ? 'before anything was recorded' : `after event ${this.position} of ${head}`;
    const when = /^\d+$/.test(this.asOf)
      ? ''
      : /^\d{4}-\d{2}-\d{2}$/.test(this.asOf)
        ? `At the end of ${this.asOf} (UTC): `
        : `At ${this.asOf}: `;
    const later =
      this.pending > 0
        ? ` ${this.pending} change${this.pending === 1 ? '' : 's'} recorded since; press Now to see them.`
        : '';
    return `${when}${when ? 'the timeline' : 'The timeline'} as known ${point}.${later}`;
  }
}
