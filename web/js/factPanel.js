import { h, replaceChildren, section } from './dom.js';
import { boundsText, narrowedText } from './dates.js';
import { historySection } from './factHistory.js';
import { CREDIBILITY, INVERSE, RELIABILITY, SEVERITY_LABEL, SEVERITY_ORDER, relationText } from './labels.js';

/**
 * The fact panel: everything about one fact, and its history of revisions (who, when, why).
 * @param {HTMLElement} panel
 * @param {{ entry: any, fact: any|null, history: any[]|null, asOfPosition: string|null, asOf: string,
 *           inView: boolean, entries: Map<string, any>, names: any,
 *           onOpen(id: string): void, onPickActor(id: string): void, onPickTopic(id: string): void, onClose(): void,
 *           extra?: Node|Node[] }} model  `extra`: what goes under the title (the edit controls, a notice)
 */
export function renderFactPanel(panel, model) {
  const { entry, fact } = model;
  const { when } = entry;
  replaceChildren(
    panel,
    h(
      'div',
      { class: 'panel-head' },
      h('p', { class: 'kicker' }, 'Fact ', h('code', {}, entry.factId)),
      h(
        'button',
        { type: 'button', class: 'close', 'aria-label': 'Close the fact panel', onclick: model.onClose },
        '×',
      ),
    ),
    h('h2', { id: 'fact-title', tabindex: '-1' }, entry.summary),
    model.extra,
    entry.status === 'retracted' &&
      h(
        'p',
        { class: 'banner banner-retracted' },
        'Retracted: this fact is no longer in any timeline. Its history is kept.',
      ),
    model.asOf &&
      (model.inView
        ? h('p', { class: 'banner banner-asof' }, `As known on ${model.asOf}. Later changes are marked in the history.`)
        : h(
            'p',
            { class: 'banner banner-asof' },
            `Not in the timeline as known on ${model.asOf}: shown as it is now.`,
          )),
    section(
      'When',
      'when',
      h('p', { class: 'when-label' }, when.label, ' ', h('code', { class: 'edtf', title: 'EDTF' }, when.edtf)),
      h(
        'p',
        { class: 'when-detail' },
        [
          `Falls ${boundsText(when)}`,
          when.effective && `falls ${narrowedText(when)}`,
          `${when.precision} precision`,
          when.approximate && 'approximate: the bounds are widened',
          when.uncertain && 'uncertain: the claim itself is in doubt',
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      entry.place && h('p', { class: 'when-detail' }, `Place: ${entry.place}`),
    ),
    relationsSection(entry, model),
    findingsSection(entry),
    sourcesSection(entry.citations, model.names),
    section(
      `Actors (${entry.actors.length})`,
      'actors',
      entry.actors.length === 0
        ? h('p', { class: 'muted' }, 'No actor linked.')
        : h(
            'ul',
            { class: 'chips' },
            entry.actors.map((a) =>
              h(
                'li',
                {},
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'chip actor-chip',
                    onclick: () => model.onPickActor(a.id),
                    title: `Show only ${a.name}`,
                    // Read as "Show only Guacamaya, perpetrator", not as the run-together chip text.
                    'aria-label': `Show only ${a.name}${a.role ? `, ${a.role}` : ''}`,
                  },
                  a.name,
                  a.role && h('span', { class: 'role' }, a.role),
                ),
              ),
            ),
          ),
    ),
    entry.topics.length > 0 &&
      section(
        'Topics',
        'topics',
        h(
          'ul',
          { class: 'chips' },
          entry.topics.map((t) =>
            h(
              'li',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'chip topic-chip',
                  onclick: () => model.onPickTopic(t.id),
                  title: `Show only ${t.label}`,
                },
                h('span', { class: 'visually-hidden' }, 'Show only '),
                t.label,
              ),
            ),
          ),
        ),
      ),
    entry.notes && h('details', { class: 'notes' }, h('summary', {}, 'Editorial notes'), h('p', {}, entry.notes)),
    historySection(model, fact),
  );
}

function sourcesSection(citations, names) {
  if (citations.length === 0) return section('Sources', 'sources', h('p', { class: 'muted' }, 'No source cited.'));
  const groups = sourcesOf(citations);
  const title = `Sources (${groups.length}) · ${citations.length} citation${citations.length === 1 ? '' : 's'}`;
  return section(
    title,
    'sources',
    h(
      'ul',
      { class: 'sources' },
      groups.map((group) => source(group, names)),
    ),
  );
}

/** Citations grouped by their source, in the order first cited. */
function sourcesOf(citations) {
  const groups = new Map();
  for (const c of citations) groups.set(c.source.id, [...(groups.get(c.source.id) ?? []), c]);
  return [...groups.values()];
}

function source(citations, names) {
  const s = citations[0].source;
  const url = names.sourceUrl(s.id);
  return h(
    'li',
    { class: 'source' },
    h('p', { class: 'source-title' }, s.title ?? s.id),
    h(
      'p',
      { class: 'source-meta' },
      s.reliability &&
        h(
          'span',
          { class: `grade grade-rel grade-${s.reliability}`, title: 'Source reliability (Admiralty grading)' },
          h('b', {}, s.reliability),
          ` source ${RELIABILITY[s.reliability] ?? ''}`,
        ),
      ' ',
      [s.publisher, s.publishedOn && `published ${s.publishedOn}`].filter(Boolean).join(' · '),
      url && [' · ', h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank' }, 'link')],
    ),
    h(
      'ul',
      { class: 'citations' },
      citations.map((c) =>
        h(
          'li',
          { class: 'citation' },
          c.quote ? h('blockquote', { class: 'quote' }, `“${c.quote}”`) : h('p', { class: 'muted' }, 'No quote.'),
          h(
            'p',
            { class: 'locator' },
            c.credibility &&
              h(
                'span',
                {
                  class: `grade grade-cred grade-${c.credibility}`,
                  title: 'Information credibility (Admiralty grading)',
                },
                h('b', {}, String(c.credibility)),
                ` information ${CREDIBILITY[c.credibility] ?? ''}`,
              ),
            ' ',
            [
              c.locator,
              c.statedDate && `states the date as “${c.statedDate}”`,
              c.statedWeekday && `states the weekday ${c.statedWeekday}`,
            ]
              .filter(Boolean)
              .join(' · '),
          ),
        ),
      ),
    ),
  );
}

function relationsSection(entry, model) {
  const outgoing = entry.relations.map((r) => ({
    text: `${relationText(r.kind, r.offset)}`,
    target: r.fact,
    offset: r.offset,
    kind: r.kind,
  }));
  const incoming = [];
  for (const other of model.entries.values()) {
    for (const r of other.relations) {
      if (r.fact === entry.factId && other.factId !== entry.factId)
        incoming.push({ kind: INVERSE[r.kind], offset: r.offset, target: other.factId });
    }
  }
  if (outgoing.length + incoming.length === 0) return null;
  const item = (r, direction) => {
    const target = model.entries.get(r.target);
    const label = target ? `${target.when.label}: ${target.summary}` : r.target;
    return h(
      'li',
      { class: 'relation' },
      h('span', { class: 'relation-kind' }, `This is ${relationText(r.kind, r.offset)}`),
      r.offset && h('code', { class: 'offset' }, r.offset),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'link relation-target',
          onclick: () => model.onOpen(r.target),
          dataset: { factId: r.target },
        },
        label.length > 110 ? `${label.slice(0, 109)}…` : label,
      ),
      direction === 'in' && h('span', { class: 'muted' }, ' (asserted there)'),
    );
  };
  return section(
    'Relations',
    'relations',
    h(
      'ul',
      { class: 'relations' },
      outgoing.map((r) => item(r, 'out')),
      incoming.map((r) => item(r, 'in')),
    ),
  );
}

function findingsSection(entry) {
  if (entry.findings.length === 0) return section('Date findings', 'findings', h('p', { class: 'muted' }, 'None.'));
  const sorted = [...entry.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return section(
    `Date findings (${sorted.length})`,
    'findings',
    h(
      'ul',
      { class: 'panel-findings' },
      sorted.map((f) =>
        h(
          'li',
          { class: `finding sev-${f.severity}` },
          h('span', { class: `sev-badge sev-${f.severity}` }, SEVERITY_LABEL[f.severity]),
          ' ',
          h('code', {}, f.code),
          h('p', { class: 'finding-message' }, f.message),
        ),
      ),
    ),
  );
}
