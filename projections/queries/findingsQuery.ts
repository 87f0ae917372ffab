import type { Finding } from '../../src/checks/index.ts';
import { FINDING_CODES } from '../../src/checks/index.ts';
import type { ReadModelDb } from '../readModelDb.ts';
import { readTimeline, type TimelineQuery } from './timelineQuery.ts';

export interface ChecksReport {
  readonly scope: { readonly kind: 'actor' | 'topic' | 'all'; readonly id: string | null; readonly name: string };
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number };
  /** Errors first, then warnings, then information; within each, by code and first fact. */
  readonly findings: readonly Finding[];
}

const SEVERITY = { error: 0, warning: 1, info: 2 } as const;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY[a.severity] - SEVERITY[b.severity] ||
    FINDING_CODES.indexOf(a.code) - FINDING_CODES.indexOf(b.code) ||
    (a.facts[0] ?? '').localeCompare(b.facts[0] ?? '') ||
    a.message.localeCompare(b.message)
  );
}

/**
 * The date findings of the whole store, or of the facts of one actor's or topic's timeline (a
 * topic's subtopics included unless `direct`).
 */
export function readFindings(rm: ReadModelDb, scope: Pick<TimelineQuery, 'kind' | 'id' | 'direct'>): ChecksReport {
  let findings: Finding[];
  let header: ChecksReport['scope'];
  if (scope.kind === 'all') {
    findings = rm.findings.all();
    header = { kind: 'all', id: null, name: 'All facts' };
  } else {
    const timeline = readTimeline(rm, {
      kind: scope.kind,
      ...(scope.id !== undefined ? { id: scope.id } : {}),
      ...(scope.direct ? { direct: true } : {}),
    });
    const unique = new Map<string, Finding>();
    for (const e of timeline.entries) for (const f of e.findings) unique.set(JSON.stringify(f), f);
    findings = [...unique.values()];
    header = timeline.timeline;
  }
  findings.sort(compareFindings);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { scope: header, counts, findings };
}
