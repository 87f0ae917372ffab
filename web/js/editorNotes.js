import { html } from '../vendor/htm-preact.js';
import { boundsText, formatInstant } from './dates.js';
import { describeChange } from './factDraft.js';
import { SEVERITY_LABEL, describeEvent } from './labels.js';

/**
 * What the form tells the editor besides its fields: how a typed date would be recorded (and the
 * findings it would give the fact), what someone else changed meanwhile, and a 412's choice.
 */

const findingKey = (f) => `${f.code}|${f.message}`;

export function DatePreview({ preview, current }) {
  let body = html`<span class="muted">The date as it will be recorded shows here as you type.</span>`;
  if (preview?.problem)
    body = html`<span class="preview-problem"
      ><span class="error-icon" aria-hidden="true">!</span> Not accepted: ${preview.problem}</span
    >`;
  else if (preview?.date) {
    const d = preview.date;
    const marks = [`${d.precision} precision`, d.approximate && 'approximate', d.uncertain && 'uncertain']
      .filter(Boolean)
      .join(', ');
    const before = new Set((current?.findings ?? []).map(findingKey));
    const findings = (d.findings ?? []).filter((f) => f.severity !== 'info');
    body = html`<span>Recorded as <strong>${d.label}</strong>: falls ${boundsText(d)} (${marks}).</span> ${
        d.findings &&
        (findings.length === 0
          ? html`<span class="preview-ok"> With this date the checks find no error or warning.</span>`
          : html`<span> With this date:</span>
              <ul class="preview-findings">
                ${findings.map(
                  (f) =>
                    html`<li class=${`finding sev-${f.severity}`}>
                      <span class=${`sev-badge sev-${f.severity}`}>${SEVERITY_LABEL[f.severity]}</span>
                      ${before.has(findingKey(f)) ? '' : html`<span class="tag tag-new">new</span>`} ${f.message}
                    </li>`,
                )}
              </ul>`)
      }`;
  }
  return html`<div class="date-preview" id="ed-when-preview" aria-live="polite">${body}</div>`;
}

export function ChangedElsewhere({ changedBy }) {
  return html`<p class="banner banner-changed" role="status">
    ${changedBy.who ? `${changedBy.who} changed this fact` : 'Someone else changed this fact'} while you were
    editing${changedBy.what ? ` (${changedBy.what})` : ''}. Saving will show you their change first, and keep yours.
  </p>`;
}

export function Conflict({ conflict, names, actions }) {
  return html`<section class="conflict" role="alert" aria-labelledby="conflict-title">
    <h3 id="conflict-title">Someone else changed this fact</h3>
    <p>Nothing was saved over their change, and your edit is kept. Since you began editing:</p>
    <ul class="conflict-events">
      ${conflict.events.map(
        (e) =>
          html`<li key=${e.eventId}>
            <strong>${e.recordedBy}</strong>
            ${`, ${formatInstant(e.recordedAt)}: ${describeEvent(e, names)}${e.reason ? ` (why: ${e.reason})` : ''}`}
          </li>`,
      )}
    </ul>
    <p>Your changes:</p>
    <ul class="conflict-mine">
      ${conflict.intents.map((c) => html`<li>${describeChange(c, names)}</li>`)}
    </ul>
    <div class="editor-actions">
      <button type="button" onClick=${() => void actions.applyAgain()}>Apply my edit again</button>
      <button type="button" class="secondary" onClick=${actions.cancel}>Drop my edit</button>
    </div>
  </section>`;
}
