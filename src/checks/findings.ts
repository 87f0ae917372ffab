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
};

/**
 * A finding with the severity of its code. `uncertain` names the uncertain dates the finding
 * rests on (`the date of salazar-letter`): an error then becomes a warning and says so.
 *
 * @example
 * finding('relation-violated', ['a', 'b'], 'a is … : they are 11 days apart.', ['the date of a'])
 * //=> { severity: 'warning', message: 'a is … : they are 11 days apart; the date of a is uncertain.' }
 */
export function finding(
  code: FindingCode,
  facts: readonly string[],
  message: string,
  uncertain: readonly string[] = [],
): Finding {
  const severity = SEVERITY[code];
  if (severity !== 'error' || uncertain.length === 0) return { code, severity, facts: [...facts], message };
  const verb = uncertain.length === 1 ? 'is' : 'are';
  const note = `${listText(uncertain)} ${verb} uncertain`;
  return { code, severity: 'warning', facts: [...facts], message: `${message.replace(/\.$/, '')}; ${note}.` };
}

/** `the date of a`, for each uncertain fact among `ids` (duplicates once). */
export function uncertainDates(ids: readonly string[], isUncertain: (id: string) => boolean): string[] {
  return [...new Set(ids)].filter(isUncertain).map((id) => `the date of ${id}`);
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
