import {
  checkAll,
  type CheckCitation,
  type CheckFact,
  type CheckRelation,
  type CheckSource,
  type Finding,
  type FindingCode,
} from '../../src/checks/index.ts';

/** A fact dated `when`, with no relations and no citations unless given. */
export function fact(factId: string, when: string, extra: Partial<Omit<CheckFact, 'factId' | 'when'>> = {}): CheckFact {
  return { factId, when, retracted: false, relations: [], citations: [], ...extra };
}

export function after(target: string, offset: string | null = null): CheckRelation {
  return { kind: 'after', target, offset };
}

export function before(target: string, offset: string | null = null): CheckRelation {
  return { kind: 'before', target, offset };
}

export function sameDay(target: string): CheckRelation {
  return { kind: 'same-day', target, offset: null };
}

export function cite(source: string, extra: Partial<Omit<CheckCitation, 'source'>> = {}): CheckCitation {
  return { source, quote: null, statedDate: null, statedWeekday: null, ...extra };
}

export function factMap(facts: readonly CheckFact[]): Map<string, CheckFact> {
  return new Map(facts.map((f) => [f.factId, f]));
}

export function sourceMap(sources: Readonly<Record<string, string | null>>): Map<string, CheckSource> {
  return new Map(Object.entries(sources).map(([sourceId, publishedOn]) => [sourceId, { sourceId, publishedOn }]));
}

/** All findings for these facts and sources. */
export function check(facts: readonly CheckFact[], sources: Readonly<Record<string, string | null>> = {}): Finding[] {
  return checkAll(factMap(facts), sourceMap(sources));
}

/** The findings with one of these codes. */
export function only(findings: readonly Finding[], ...codes: FindingCode[]): Finding[] {
  return findings.filter((f) => codes.includes(f.code));
}

/** Findings that are not information: errors and warnings. */
export function problems(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}
