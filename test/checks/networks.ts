/**
 * Generators and reference solvers for the date-check properties: networks built from actual
 * days, a brute-force search and Floyd–Warshall to compare the checks against.
 */
import fc from 'fast-check';
import type { CheckFact, CheckRelation, Finding } from '../../src/checks/index.ts';
import { dayNumber, isoDateOfDay, parseFuzzyDate, weekdayOf } from '../../src/dates/index.ts';
import { cite } from './support.ts';

/** 1 February 2024: generated days run across the leap day. */
const BASE = dayNumber('2024-02-01');
const iso = (day: number) => isoDateOfDay(day);
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** EDTF forms that contain a given day. */
export type Form = 'day' | 'span' | 'month' | 'year' | 'open-start' | 'open-end' | 'approximate' | 'uncertain';
export const ALL_FORMS: Form[] = ['day', 'span', 'month', 'year', 'open-start', 'open-end', 'approximate', 'uncertain'];
export const BOUNDED_FORMS: Form[] = ['day', 'span', 'approximate', 'uncertain'];

function edtfAround(day: number, form: Form, slack: [number, number]): string {
  const [left, right] = slack;
  switch (form) {
    case 'day':
      return iso(day);
    case 'span':
      return left + right === 0 ? iso(day) : `${iso(day - left)}/${iso(day + right)}`;
    case 'month':
      return iso(day).slice(0, 7);
    case 'year':
      return iso(day).slice(0, 4);
    case 'open-start':
      return `../${iso(day + right)}`;
    case 'open-end':
      return `${iso(day - left)}/..`;
    case 'approximate':
      return `${iso(day + (right % 7) - 3)}~`; // ±3 days around a day at most 3 away
    case 'uncertain':
      return `${iso(day)}?`;
  }
}

/** A relation that is true for the two days. */
function trueRelation(subjectDay: number, targetDay: number, target: string, exact: boolean, weeks: boolean) {
  const d = subjectDay - targetDay;
  if (d === 0 && !exact) return { kind: 'same-day' as const, target, offset: null };
  const kind = d >= 0 ? ('after' as const) : ('before' as const);
  if (!exact) return { kind, target, offset: null };
  const n = Math.abs(d);
  return { kind, target, offset: weeks && n % 7 === 0 && n > 0 ? `P${n / 7}W` : `P${n}D` };
}

export const id = (i: number) => `f${i}`;

/** Facts with actual days, bounds that contain them, relations true for them, consistent citations. */
export const consistentNetwork = (forms: Form[], maxFacts: number, spread: number) =>
  fc
    .record({
      days: fc.array(fc.integer({ min: 0, max: spread }), { minLength: 1, maxLength: maxFacts }),
      seed: fc.array(
        fc.record({
          form: fc.constantFrom(...forms),
          slack: fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
          cited: fc.boolean(),
        }),
        { minLength: maxFacts, maxLength: maxFacts },
      ),
      links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), exact: fc.boolean(), weeks: fc.boolean() }), {
        maxLength: maxFacts * 2,
      }),
    })
    .map(({ days, seed, links }) => {
      const actual = days.map((d) => BASE + d);
      const facts: CheckFact[] = actual.map((day, i) => {
        const { form, slack, cited } = seed[i] as (typeof seed)[number];
        const [, month, dayOfMonth] = iso(day).split('-').map(Number);
        return {
          factId: id(i),
          when: edtfAround(day, form, slack),
          retracted: false,
          relations: [],
          citations: cited
            ? [
                cite('paper', { statedDate: iso(day), statedWeekday: weekdayOf(iso(day)) }),
                cite('wire', {
                  quote: `it happened on ${weekdayOf(iso(day))}, ${MONTH_NAMES[(month as number) - 1]} ${dayOfMonth}`,
                }),
              ]
            : [],
        };
      });
      for (const { from, to, exact, weeks } of links) {
        const [s, t] = [from % facts.length, to % facts.length];
        if (s === t) continue;
        facts[s]?.relations.push(trueRelation(actual[s] as number, actual[t] as number, id(t), exact, weeks));
      }
      return { facts, actual };
    });

/** The bounds a fact ends up with: the implied ones when narrowed, else the recorded ones. */
export function tightened(findings: readonly Finding[], fact: CheckFact): [number, number] {
  const narrowed = findings.find((f) => f.code === 'date-narrowed' && f.facts[0] === fact.factId)?.implied;
  const recorded = parseFuzzyDate(fact.when);
  const earliest = narrowed ? narrowed.earliest : recorded.earliest;
  const latest = narrowed ? narrowed.latest : recorded.latest;
  return [earliest === null ? -Infinity : dayNumber(earliest), latest === null ? Infinity : dayNumber(latest)];
}

/**
 * A consistent network plus up to `count` random relations (offsets up to `maxOffset` days), so
 * that both consistent and contradictory networks come out.
 */
export const mixedNetwork = (forms: Form[], maxFacts: number, spread: number, count: number, maxOffset: number) =>
  fc
    .record({
      base: consistentNetwork(forms, maxFacts, spread),
      extra: fc.array(
        fc.record({
          from: fc.nat(),
          to: fc.nat(),
          kind: fc.constantFrom('after' as const, 'before' as const, 'same-day' as const),
          offset: fc.option(fc.integer({ min: 0, max: maxOffset }), { nil: null }),
        }),
        { maxLength: count },
      ),
    })
    .map(({ base, extra }) => {
      for (const { from, to, kind, offset } of extra) {
        const [s, t] = [from % base.facts.length, to % base.facts.length];
        if (s !== t)
          base.facts[s]?.relations.push({ kind, target: id(t), offset: offset === null ? null : `P${offset}D` });
      }
      return base.facts;
    });

/** The days of `P10D` / `P2W`, read independently of the code under test. */
function offsetOf(offset: string | null): number | null {
  return offset === null ? null : Number(offset.slice(1, -1)) * (offset.endsWith('W') ? 7 : 1);
}

/** What a relation allows for `subject − target`. */
function allowed(r: CheckRelation): [number, number] {
  const n = offsetOf(r.offset);
  if (r.kind === 'same-day') return [0, 0];
  if (r.kind === 'after') return n === null ? [0, Infinity] : [n, n];
  return n === null ? [-Infinity, 0] : [-n, -n];
}

/** Every assignment of days, within the recorded bounds, under which all relations hold. */
export function solutions(facts: readonly CheckFact[]): number[][] {
  const ranges = facts.map((f) => {
    const date = parseFuzzyDate(f.when);
    return [dayNumber(date.earliest as string), dayNumber(date.latest as string)] as const;
  });
  const index = new Map(facts.map((f, i) => [f.factId, i]));
  const holds = (days: number[]) =>
    facts.every((f, s) =>
      f.relations.every((r) => {
        const d = (days[s] as number) - (days[index.get(r.target) as number] as number);
        const n = offsetOf(r.offset);
        if (r.kind === 'same-day') return d === 0;
        if (r.kind === 'after') return n === null ? d >= 0 : d === n;
        return n === null ? d <= 0 : d === -n;
      }),
    );
  const found: number[][] = [];
  const walk = (days: number[]) => {
    if (days.length === facts.length) {
      if (holds(days)) found.push([...days]);
      return;
    }
    const [low, high] = ranges[days.length] as readonly [number, number];
    for (let day = low; day <= high; day++) walk([...days, day]);
  };
  walk([]);
  return found;
}

/** The all-pairs distance matrix of a component's network; node 0 is the zero day. */
export function floydWarshall(facts: readonly CheckFact[]): number[][] {
  const size = facts.length + 1;
  const d = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => (i === j ? 0 : Infinity)));
  const tighten = (from: number, to: number, weight: number) => {
    const row = d[from] as number[];
    row[to] = Math.min(row[to] as number, weight);
  };
  const index = new Map(facts.map((f, i) => [f.factId, i + 1]));
  facts.forEach((fact, i) => {
    const date = parseFuzzyDate(fact.when);
    if (date.latest !== null) tighten(0, i + 1, dayNumber(date.latest));
    if (date.earliest !== null) tighten(i + 1, 0, -dayNumber(date.earliest));
    for (const r of fact.relations) {
      const t = index.get(r.target) as number;
      const [min, max] = allowed(r);
      tighten(t, i + 1, max); // subject − target ≤ max
      tighten(i + 1, t, -min); // target − subject ≤ −min
    }
  });
  for (let k = 0; k < size; k++) {
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        const through = (d[i]?.[k] as number) + (d[k]?.[j] as number);
        if (through < (d[i]?.[j] as number)) (d[i] as number[])[j] = through;
      }
    }
  }
  return d;
}
