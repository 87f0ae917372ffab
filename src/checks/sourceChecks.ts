import { optionalDayBoundsOf, type DayBounds } from './dayBounds.ts';
import { dayText, listText, monthNameOf, rangeText, yearOfDay, yearText } from './dayText.ts';
import { finding } from './findings.ts';
import { monthDaySpan, parseStatedDate, statedDays, yearFor, type StatedDate } from './statedDates.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';

interface Span {
  readonly earliest: number;
  readonly latest: number;
}

interface Statement {
  readonly source: string;
  readonly stated: StatedDate;
  /** The days it covers once its year is known; `null` when the year cannot be told. */
  readonly days: Span | null;
  /** The year was taken from the fact's date. */
  readonly inferred: boolean;
  /** No year puts it inside the fact's bounds. */
  readonly outside: boolean;
}

/**
 * `sources-disagree`, at most once per fact: first the stated dates that fall outside the fact's
 * own bounds; else, when they all fit the fact, stated dates that exclude each other.
 */
export function checkStatedDates(fact: CheckFact, bounds: DayBounds): Finding[] {
  const statements = statementsOf(fact, bounds);
  const mention = (s: Statement) => {
    const resolved = s.inferred && s.days ? ` (${rangeOrDay(s.days, s.stated)})` : '';
    const outside = s.outside ? ', which falls outside it in every year' : '';
    return `${s.source} states "${s.stated.text}"${resolved}${outside}`;
  };
  const off = statements.filter((s) => s.outside || (s.days !== null && !overlaps(s.days, bounds)));
  if (off.length > 0) {
    const message = `${fact.factId} is dated ${bounds.date.label}, but ${listText(off.map(mention))}.`;
    return [finding('sources-disagree', [fact.factId], message)];
  }
  const clashing = statements.filter((s) => statements.some((other) => other !== s && !agree(s, other)));
  if (clashing.length === 0) return [];
  const message =
    `The sources disagree on the date of ${fact.factId} (${bounds.date.label}): ` +
    `${listText(clashing.map(mention))}.`;
  return [finding('sources-disagree', [fact.factId], message)];
}

/**
 * `after-publication` for each source that cites the fact but was published, at the latest,
 * before the fact's earliest possible day: a source cannot report as past what had not happened.
 */
export function checkPublication(
  fact: CheckFact,
  bounds: DayBounds,
  sources: ReadonlyMap<string, CheckSource>,
): Finding[] {
  const findings: Finding[] = [];
  if (bounds.earliestDay === null) return findings;
  for (const sourceId of new Set(fact.citations.map((c) => c.source))) {
    const published = optionalDayBoundsOf(sources.get(sourceId)?.publishedOn ?? null);
    if (published?.latestDay == null || bounds.earliestDay <= published.latestDay) continue;
    const message =
      `${fact.factId} (${bounds.date.edtf}) is reported by ${sourceId}, published ${published.date.label} ` +
      `(by ${dayText(published.latestDay)} at the latest), but its earliest possible date is ` +
      `${dayText(bounds.earliestDay)}.`;
    const uncertain = {
      facts: bounds.date.uncertain ? [fact.factId] : [],
      sources: published.date.uncertain ? [sourceId] : [],
    };
    findings.push(finding('after-publication', [fact.factId], message, uncertain));
  }
  return findings;
}

function statementsOf(fact: CheckFact, bounds: DayBounds): Statement[] {
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const citation of fact.citations) {
    const stated = citation.statedDate === null ? null : parseStatedDate(citation.statedDate);
    const key = JSON.stringify([citation.source, citation.statedDate]);
    if (stated === null || seen.has(key)) continue;
    seen.add(key);
    const year = yearFor(stated, bounds);
    const days = typeof year === 'number' ? statedDays(stated, year) : null;
    // February 29 in a common year: the source's day does not exist; nothing to compare.
    if (typeof year === 'number' && days === null) continue;
    statements.push({
      source: citation.source,
      stated,
      days,
      inferred: stated.year === null,
      outside: year === 'outside',
    });
  }
  return statements;
}

function overlaps(days: Span, bounds: DayBounds): boolean {
  return (
    (bounds.latestDay === null || days.earliest <= bounds.latestDay) &&
    (bounds.earliestDay === null || days.latest >= bounds.earliestDay)
  );
}

function agree(a: Statement, b: Statement): boolean {
  const [x, y] = a.days && b.days ? [a.days, b.days] : [monthDaySpan(a.stated), monthDaySpan(b.stated)];
  return x.earliest <= y.latest && y.earliest <= x.latest;
}

/** `21 April 2022`, `April 2022`. */
function rangeOrDay(days: Span, stated: StatedDate): string {
  const year = yearText(yearOfDay(days.earliest));
  if (stated.month === null) return year;
  return stated.day === null ? `${monthNameOf(stated.month)} ${year}` : rangeText(days.earliest, days.latest);
}
