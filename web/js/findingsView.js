import { h, replaceChildren, truncate } from './dom.js';
import { SEVERITY_LABEL, SEVERITY_ORDER, SEVERITY_PLURAL } from './labels.js';

/**
 * The findings of the facts in view, errors first, each once (a finding is attached to every fact
 * it names). Taken from the entries, so the filters and "as known on" apply to them too.
 */
export function findingsOf(entries) {
  const seen = new Map();
  entries.forEach((entry, index) => {
    for (const finding of entry.findings) {
      const key = `${finding.code}|${finding.facts.join(',')}|${finding.message}`;
      if (!seen.has(key)) seen.set(key, { ...finding, index });
    }
  });
  return [...seen.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.index - b.index,
  );
}

/** Counts by severity. */
export function countsOf(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/**
 * The editor's view: one list per severity; each finding's facts are buttons that show them on
 * the timeline. `summaries` maps fact ids to their summaries for the button text.
 */
export function renderFindings(container, findings, { summaries, onJump }) {
  const counts = countsOf(findings);
  const summary = h(
    'p',
    { class: 'findings-summary' },
    findings.length === 0
      ? 'No date findings for these facts.'
      : `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info.`,
  );
  const sections = ['error', 'warning', 'info']
    .filter((s) => counts[s] > 0)
    .map((severity) =>
      h(
        'section',
        { class: `findings-group sev-${severity}`, 'aria-labelledby': `findings-${severity}` },
        h('h2', { id: `findings-${severity}` }, `${SEVERITY_PLURAL[severity]} (${counts[severity]})`),
        h(
          'ul',
          { class: 'finding-list' },
          findings
            .filter((f) => f.severity === severity)
            .map((finding) =>
              h(
                'li',
                { class: `finding sev-${severity}` },
                h(
                  'p',
                  { class: 'finding-head' },
                  h('span', { class: `sev-badge sev-${severity}` }, SEVERITY_LABEL[severity]),
                  ' ',
                  h('code', {}, finding.code),
                ),
                h('p', { class: 'finding-message' }, finding.message),
                h(
                  'div',
                  { class: 'finding-facts' },
                  h('span', { class: 'finding-facts-label' }, finding.facts.length === 1 ? 'Fact: ' : 'Facts: '),
                  finding.facts.map((factId) =>
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'link',
                        onclick: () => onJump(finding.facts, factId),
                        title: summaries.get(factId) ?? factId,
                      },
                      summaries.has(factId) ? truncate(summaries.get(factId), 60) : factId,
                    ),
                  ),
                ),
              ),
            ),
        ),
      ),
    );
  replaceChildren(container, summary, sections);
}
