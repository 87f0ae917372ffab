import type { EdtfParsedCollection, EdtfParsedSingle, EdtfUntypedDate } from 'edtf';
import { monthName } from './calendar.ts';
import type { DatePart, PlainFields } from './DatePart.ts';
import { dayNumber, dayOfDate } from './dayNumber.ts';
import { UnsupportedEdtfError } from './finishPart.ts';
import { dayLabel, monthLabel, yearLabel } from './formatDateLabel.ts';
import type { FuzzyDate } from './FuzzyDate.ts';
import { dateOfDay } from './isoDateOfDay.ts';
import { coarserPrecision } from './precisionRank.ts';
import { readEdtfPart } from './readEdtfPart.ts';

/** Ranges of at most this many years, months or days are written out: `March, April or May 2019`. */
const SPELLED_OUT = 5;

/** A date with unspecified digits comes without its type inside a set. */
type SetDate = EdtfParsedSingle | EdtfUntypedDate;
type SetValue = SetDate | [SetDate, SetDate];

/** One member of a set: a date, or a range of dates (`2019-03..2019-05`). */
interface Item {
  readonly parts: readonly DatePart[];
  /** How the item reads in the label. */
  readonly labels: readonly string[];
  /** Its dates one by one, when they are unqualified and few enough to write out; else `null`. */
  readonly fields: readonly PlainFields[] | null;
}

/**
 * "One of a set" (`[2019,2021]`, `[2019-03..2019-05]`, `[..1760-12-03, 1762]`): the fact fell on
 * one of the dates, so its bounds are those of the whole set, and its label names the choice:
 * `2019 or 2021`, `March, April or May 2019`, `one of the years 1990 to 2020`,
 * `3 December 1760 or earlier, or 1762`. `text` is the set as written, brackets included.
 */
export function readSet(parsed: EdtfParsedCollection, text: string): Omit<FuzzyDate, 'edtf'> {
  const texts = text.trim().slice(1, -1).split(',');
  const items = (parsed.values as SetValue[]).map((value, index) => {
    const written = (texts[index] ?? '').trim().replace(/^\.\./, '').replace(/\.\.$/, '');
    return Array.isArray(value) ? readRange(value, written) : readOne(value, written);
  });
  const parts = items.flatMap((item) => item.parts);
  const open = parsed.earlier === true || parsed.later === true;
  let label: string;
  if (!open && items.every((item) => item.fields !== null)) {
    label = spelledOut(items.flatMap((item) => item.fields ?? []));
  } else {
    const labels = items.map((item) => orList(item.labels));
    if (parsed.earlier) labels[0] = `${labels[0]} or earlier`;
    if (parsed.later) labels[labels.length - 1] = `${labels.at(-1)} or later`;
    label = labels.length > 1 && open ? `${labels.slice(0, -1).join(', ')}, or ${labels.at(-1)}` : orList(labels);
  }
  return {
    earliest: parsed.earlier
      ? null
      : extreme(
          parts.map((p) => p.bounds.earliest),
          -1,
        ),
    latest: parsed.later
      ? null
      : extreme(
          parts.map((p) => p.bounds.latest),
          1,
        ),
    precision: parts.map((p) => p.precision).reduce(coarserPrecision),
    approximate: parts.some((p) => p.approximate),
    uncertain: parts.some((p) => p.uncertain),
    label,
  };
}

function readPart(value: SetDate, written: string): DatePart {
  return readEdtfPart(value.type === undefined ? { ...value, type: 'Date', level: 2 } : value, written);
}

function readOne(value: SetDate, written: string): Item {
  const part = readPart(value, written);
  return { parts: [part], labels: [part.label], fields: part.plain ? [part.plain] : null };
}

function readRange([from, to]: [SetDate, SetDate], written: string): Item {
  const [startText = '', endText = ''] = written.split('..');
  const start = readPart(from, startText);
  const end = readPart(to, endText);
  if (dayNumber(start.exact.earliest) > dayNumber(end.exact.latest)) {
    throw new UnsupportedEdtfError(`the range ${written} in a set ends before it starts`);
  }
  const fields = start.plain && end.plain ? spell(start.plain, end.plain) : null;
  const unit = start.precision === 'day' ? 'days' : start.precision === 'month' ? 'months' : 'years';
  const labels = fields === null ? [`one of the ${unit} ${start.label} to ${end.label}`] : fields.map(labelOf);
  return { parts: [start, end], labels, fields };
}

/** Every year, month or day from `a` to `b` (both of one precision), or `null` past {@link SPELLED_OUT}. */
function spell(a: PlainFields, b: PlainFields): PlainFields[] | null {
  const out: PlainFields[] = [];
  if (a.day !== undefined && b.day !== undefined && a.month !== undefined && b.month !== undefined) {
    const [first, last] = [dayOfDate(a as Required<PlainFields>), dayOfDate(b as Required<PlainFields>)];
    if (last - first >= SPELLED_OUT) return null;
    for (let day = first; day <= last; day++) out.push(dateOfDay(day));
    return out;
  }
  if (a.day !== undefined || b.day !== undefined) return null;
  if (a.month !== undefined && b.month !== undefined) {
    const [first, last] = [a.year * 12 + a.month - 1, b.year * 12 + b.month - 1];
    if (last - first >= SPELLED_OUT) return null;
    for (let index = first; index <= last; index++) {
      out.push({ year: Math.floor(index / 12), month: (index % 12) + 1 });
    }
    return out;
  }
  if (a.month !== undefined || b.month !== undefined || b.year - a.year >= SPELLED_OUT) return null;
  for (let year = a.year; year <= b.year; year++) out.push({ year });
  return out;
}

/** The dates written out, sharing their month and year: `1, 2 or 3 March 2019`, `March or May 2019`. */
function spelledOut(fields: readonly PlainFields[]): string {
  const [first] = fields;
  const sameYear = first !== undefined && fields.every((f) => f.year === first.year);
  const days = fields.every((f) => f.day !== undefined);
  const months = fields.every((f) => f.month !== undefined && f.day === undefined);
  if (first !== undefined && sameYear && days && fields.every((f) => f.month === first.month)) {
    return `${orList(fields.map((f) => String(f.day)))} ${monthLabel(first.year, first.month as number)}`;
  }
  if (first !== undefined && sameYear && days) {
    return `${orList(fields.map((f) => `${f.day} ${monthName(f.month as number)}`))} ${yearLabel(first.year)}`;
  }
  if (first !== undefined && sameYear && months) {
    return `${orList(fields.map((f) => monthName(f.month as number)))} ${yearLabel(first.year)}`;
  }
  return orList(fields.map(labelOf));
}

function labelOf(f: PlainFields): string {
  if (f.month === undefined) return yearLabel(f.year);
  return f.day === undefined ? monthLabel(f.year, f.month) : dayLabel(f.year, f.month, f.day);
}

/** `a`, `a or b`, `a, b or c`. */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The first (`-1`) or last (`1`) of some `YYYY-MM-DD` days. */
function extreme(days: readonly string[], direction: -1 | 1): string | null {
  let best: string | null = null;
  for (const day of days) {
    if (best === null || direction * (dayNumber(day) - dayNumber(best)) > 0) best = day;
  }
  return best;
}
