import { optionalDayBoundsOf, type DayBounds } from './dayBounds.ts';
import { dayText, listText, monthNameOf, rangeText, yearOfDay, yearText } from './dayText.ts';
import { finding } from './findings.ts';
import { datesInQuote } from './quoteDates.ts';
import { monthDaySpan, readStatedDate, statedDays, yearFor, type StatedDate } from './statedDates.ts';
import type { CheckFact, CheckSource, Finding } from './types.ts';

interface Span {
  readonly earliest: number;
  readonly latest: number;
}

interface Statement {
  readonly source: string;
  /** Read from the citation's quote rather than its stated date. */
  readonly quoted: boolean;
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
 * own bounds; else, when they all fit the fact, stated dates that exclude each other. A date a
 * quote states (`on Wednesday, March 13`) counts as a stated date.
 */
export function checkStatedDates(
  fact: CheckFact,
  bounds: DayBounds,
  sources: ReadonlyMap<string, CheckSource> = new Map(),
): Finding[] {
  const statements = statementsOf(fact, bounds, sources);
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

/**
 * `stated-date-unread` for each stated date the checks cannot read, or read more than one way
 * (`3/4/2019` from a source whose locale is not known), quoting it: the editor sees that it went
 * unchecked, and why.
 */
export function checkStatedDateReadings(fact: CheckFact, sources: ReadonlyMap<string, CheckSource>): Finding[] {
  const findings: Finding[] = [];
  for (const citation of fact.citations) {
    if (citation.statedDate === null || citation.statedDate.trim() === '') continue;
    const locale = sources.get(citation.source)?.locale ?? null;
    const reading = readStatedDate(citation.statedDate, locale);
    if (reading.kind === 'date') continue;
    const why =
      reading.kind === 'unread'
        ? reading.why
        : `could be ${listText(reading.dates.map(statedText), 'or')} (the locale of ${citation.source}, ` +
          `such as en-US or es-MX, would tell)`;
    const message = `${fact.factId} cites ${citation.source} with the stated date "${reading.text}", which ${why}.`;
    findings.push(finding('stated-date-unread', [fact.factId], message));
  }
  return findings;
}

/**
 * How a `sources-disagree` message names a statement. Functions of this module, not closures per
 * fact: the build names every closure as it is made (`keepNames`), at a cost per fact.
 */
function mention(s: Statement): string {
  const resolved = s.inferred && s.days ? ` (${rangeOrDay(s.days, s.stated)})` : '';
  const outside = s.outside ? ', which falls outside it in every year' : '';
  return `${s.source} ${s.quoted ? 'quotes' : 'states'} "${s.stated.text}"${resolved}${outside}`;
}

/** `3 April 2019`, `4 March`. */
function statedText(date: StatedDate): string {
  const day = date.day === null ? '' : `${date.day} `;
  const month = date.month === null ? '' : monthNameOf(date.month);
  return `${day}${month}${date.year === null ? '' : ` ${yearText(date.year)}`}`.trim();
}

function statementsOf(fact: CheckFact, bounds: DayBounds, sources: ReadonlyMap<string, CheckSource>): Statement[] {
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const citation of fact.citations) {
    const locale = sources.get(citation.source)?.locale ?? null;
    const reading = citation.statedDate === null ? null : readStatedDate(citation.statedDate, locale);
    if (reading?.kind === 'date') addStatement(statements, seen, bounds, citation.source, reading.date, false);
  }
  for (const citation of fact.citations) {
    const locale = sources.get(citation.source)?.locale ?? null;
    for (const date of datesInQuote(citation.quote ?? '', locale))
      addStatement(statements, seen, bounds, citation.source, date, true);
  }
  return statements;
}

/** Adds what `source` states (or quotes) to a fact's `statements`, unless it says nothing new. */
function addStatement(
  statements: Statement[],
  seen: Set<string>,
  bounds: DayBounds,
  source: string,
  stated: StatedDate,
  quoted: boolean,
): void {
  const year = yearFor(stated, bounds);
  const days = typeof year === 'number' ? statedDays(stated, year) : null;
  // February 29 in a common year: the source's day does not exist; nothing to compare.
  if (typeof year === 'number' && days === null) return;
  // The same date from the same source, stated and quoted or cited twice, is one statement.
  const key = JSON.stringify([source, stated.year, stated.month, stated.day]);
  if (seen.has(key)) return;
  seen.add(key);
  statements.push({ source, quoted, stated, days, inferred: stated.year === null, outside: year === 'outside' });
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
