import { listText } from './dayText.ts';
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from './types.ts';

const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  'relation-violated': 'error',
  'relations-inconsistent': 'error',
  'weekday-mismatch': 'error',
  'after-publication': 'error',
  'sources-disagree': 'warning',
  'dangling-relation': 'warning',
  'date-narrowed': 'info',
  'imprecise-date': 'info',
  'stated-date-unread': 'info',
};

/** The uncertain dates a finding rests on: of facts, and of sources' publication. */
export interface Uncertain {
  readonly facts?: readonly string[];
  readonly sources?: readonly string[];
}

/**
 * A finding with the severity of its code. When it rests on `uncertain` dates, an error becomes a
 * warning and its sentence says which dates are uncertain.
 *
 * @example
 * finding('relation-violated', ['a', 'b'], 'a is … : they are 11 days apart.', { facts: ['a'] })
 * //=> { severity: 'warning', message: 'a is … : they are 11 days apart; the date of a is uncertain.' }
 */
export function finding(
  code: FindingCode,
  facts: readonly string[],
  message: string,
  uncertain: Uncertain = {},
): Finding {
  const severity = SEVERITY[code];
  const dates = [...new Set(uncertain.facts ?? [])];
  const published = [...new Set(uncertain.sources ?? [])];
  if (severity !== 'error' || dates.length + published.length === 0)
    return { code, severity, facts: [...facts], message };
  const parts = [
    ...(dates.length === 0 ? [] : [`the date${dates.length > 1 ? 's' : ''} of ${listText(dates)}`]),
    ...(published.length === 0
      ? []
      : [`the publication date${published.length > 1 ? 's' : ''} of ${listText(published)}`]),
  ];
  const verb = parts.length === 1 && dates.length + published.length === 1 ? 'is' : 'are';
  return {
    code,
    severity: 'warning',
    facts: [...facts],
    message: `${message.replace(/\.$/, '')}; ${listText(parts)} ${verb} uncertain.`,
  };
}

const RANK = new Map(FINDING_CODES.map((code, index) => [code, index]));

/**
 * Findings in their listed order (first fact id, then code in {@link FINDING_CODES} order, then
 * message), each once: the same input always gives the same list.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique = findings.filter((item) => {
    const key = JSON.stringify([item.code, item.facts, item.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      compare(a.facts[0] ?? '', b.facts[0] ?? '') ||
      (RANK.get(a.code) ?? 0) - (RANK.get(b.code) ?? 0) ||
      compare(a.message, b.message) ||
      compare(a.facts.join('\n'), b.facts.join('\n')),
  );
}

/** Code-unit order, the same in every locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
