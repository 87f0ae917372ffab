import { h, section } from './dom.js';
import { formatInstant } from './dates.js';
import { describeEvent } from './labels.js';
import { comparePositions } from './api.js';

/** Events of one append (same moment, author, reason and correlation) shown together. */
function groupsOf(events) {
  const groups = [];
  for (const event of events) {
    const last = groups.at(-1);
    const key = `${event.recordedAt}|${event.recordedBy}|${event.reason ?? ''}|${event.correlationId ?? ''}`;
    if (last && last.key === key) last.events.push(event);
    else groups.push({ key, events: [event], first: event });
  }
  return groups;
}

export function historySection(model, fact) {
  const { history } = model;
  if (!history) return section('History', 'history', h('p', { class: 'muted' }, 'Loading the history…'));
  const groups = groupsOf(history).reverse();
  return section(
    `History (${history.length} event${history.length === 1 ? '' : 's'})`,
    'history',
    fact &&
      h(
        'p',
        { class: 'muted' },
        `Recorded by ${fact.createdBy}, ${formatInstant(fact.createdAt)}; last changed by ${fact.updatedBy}, ${formatInstant(fact.updatedAt)}.`,
      ),
    h(
      'ol',
      { class: 'history', reversed: true },
      groups.map((g) => {
        const later =
          Boolean(model.asOf) &&
          (model.asOfPosition === null || comparePositions(g.first.position, model.asOfPosition) > 0);
        return h(
          'li',
          { class: `revision${later ? ' is-later' : ''}` },
          h(
            'p',
            { class: 'revision-head' },
            h('time', { datetime: g.first.recordedAt }, formatInstant(g.first.recordedAt)),
            ' · ',
            h('span', { class: 'who' }, g.first.recordedBy),
            later && h('span', { class: 'tag tag-later' }, 'not yet known then'),
          ),
          h('p', { class: 'why' }, g.first.reason ? `Why: ${g.first.reason}` : 'No reason given.'),
          changesList(g.events, model.names),
        );
      }),
    ),
  );
}

/** The changes of one append; a long one (an import) shows its first few and folds the rest. */
function changesList(events, names) {
  const item = (e) => h('li', {}, describeEvent(e, names), h('span', { class: 'pos' }, ` #${e.position}`));
  if (events.length <= 5) return h('ul', { class: 'changes' }, events.map(item));
  return [
    h('ul', { class: 'changes' }, events.slice(0, 3).map(item)),
    h(
      'details',
      { class: 'more-changes' },
      h('summary', {}, `${events.length - 3} more changes in this revision`),
      h('ul', { class: 'changes' }, events.slice(3).map(item)),
    ),
  ];
}
