import { h, replaceChildren, truncate } from './dom.js';
import { boundsText, narrowedText } from './dates.js';
import { worstSeverity } from './chartItems.js';

/**
 * The same timeline as an ordered list: what a screen reader (or a keyboard) reads instead of the
 * chart. Each fact is a button that opens its panel; its date is given in words with its bounds
 * (and the days its relations narrow it to, which is the order the list follows).
 */
export function renderList(list, entries, { fresh, selected, onOpen }) {
  const rows = entries.map((entry) => {
    const { when } = entry;
    const worst = worstSeverity(entry.findings);
    const marks = [
      when.approximate && 'approximate',
      when.uncertain && 'uncertain',
      !when.earliest && 'open start',
      !when.latest && 'open end',
    ].filter(Boolean);
    const classes = [
      'entry',
      entry.status === 'retracted' && 'is-retracted',
      fresh.has(entry.factId) && 'is-fresh',
      selected === entry.factId && 'is-selected',
    ];
    return h(
      'li',
      { class: classes.filter(Boolean).join(' '), dataset: { factId: entry.factId } },
      h(
        'div',
        { class: 'entry-when' },
        h('span', { class: 'entry-label' }, when.label),
        ' ',
        h('code', { class: 'entry-edtf' }, when.edtf),
        marks.length > 0 && h('span', { class: 'entry-marks' }, ` (${marks.join(', ')})`),
        h('span', { class: 'entry-bounds' }, boundsText(when)),
        when.effective && h('span', { class: 'entry-narrowed' }, narrowedText(when)),
      ),
      h(
        'button',
        { type: 'button', class: 'entry-open', onclick: () => onOpen(entry.factId) },
        fresh.has(entry.factId) &&
          h('span', { class: 'tag tag-fresh' }, fresh.get(entry.factId) === 'added' ? 'new ' : 'updated '),
        entry.status === 'retracted' && h('span', { class: 'tag tag-retracted' }, 'retracted '),
        truncate(entry.summary, 220),
      ),
      h(
        'p',
        { class: 'entry-meta' },
        entry.actors.length > 0 && h('span', {}, `Actors: ${entry.actors.map((a) => a.name).join(', ')}. `),
        entry.topics.length > 0 && h('span', {}, `Topics: ${entry.topics.map((t) => t.label).join(', ')}. `),
        h('span', {}, `${entry.citations.length} citation${entry.citations.length === 1 ? '' : 's'}. `),
        worst &&
          worst !== 'info' &&
          h(
            'span',
            { class: `sev sev-${worst}` },
            `${entry.findings.filter((f) => f.severity !== 'info').length} date ${worst === 'error' ? 'error' : 'warning'}(s).`,
          ),
      ),
    );
  });
  replaceChildren(list, rows);
}
