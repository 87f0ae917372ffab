import { h, section } from './dom.js';
import { CREDIBILITY, RELIABILITY } from './labels.js';

/**
 * The fact panel's sources: each source cited, with its citations. A quote located in the
 * source's text held is shown in its paragraph, highlighted; one the text does not contain says so.
 * @param {any[]} citations  timeline-entry citations (`location` as `docs/design.md` gives it)
 * @param {any} names
 */
export function sourcesSection(citations, names) {
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
    h('ul', { class: 'citations' }, citations.map(citation)),
  );
}

function citation(c) {
  return h(
    'li',
    { class: 'citation' },
    quoteView(c),
    h(
      'p',
      { class: 'locator' },
      c.credibility &&
        h(
          'span',
          { class: `grade grade-cred grade-${c.credibility}`, title: 'Information credibility (Admiralty grading)' },
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
  );
}

/**
 * The quote: in its paragraph of the source's text, marked, when the text is held and has it; as
 * written, with a notice, when the text is held and does not have it; as written otherwise.
 */
function quoteView(c) {
  if (!c.quote) return h('p', { class: 'muted' }, 'No quote.');
  const location = c.location ?? null;
  if (location?.found) {
    const { text, start, end } = location.excerpt;
    const repeated = location.occurrences > 1 ? ` · found ${location.occurrences} times, the first shown` : '';
    return h(
      'figure',
      { class: 'quote-in-text' },
      h(
        'blockquote',
        { class: 'quote quote-context' },
        text.slice(0, start),
        h('mark', { class: 'quote-mark' }, text.slice(start, end)),
        text.slice(end),
      ),
      h(
        'figcaption',
        { class: 'quote-place' },
        `Paragraph ${location.paragraph} of the source’s text (characters ${location.start}–${location.end})${repeated}`,
      ),
    );
  }
  const quote = h('blockquote', { class: 'quote' }, `“${c.quote}”`);
  if (location?.found === false)
    return [quote, h('p', { class: 'quote-missing' }, 'Not in the source’s text held: check the quote.')];
  return quote;
}
