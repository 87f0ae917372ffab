import type { Dossier } from '../../src/commands/dossier/schema.ts';
import { generateWhen, statedDateOf } from '../../test/support/generators/generateWhen.ts';
import { Prng } from '../../test/support/generators/prng.ts';
import * as W from '../../test/support/generators/words.ts';

/**
 * A dossier for the date checks: `facts` facts and exactly `relations` relations. The related facts
 * form connected components of 2–10 facts (skewed towards small ones; 30% chains, the rest trees,
 * one in ten of three or more closed into a cycle by a consistent relation), dated so that the
 * relations hold, except for about 3% broken on purpose. Every other fact stands alone with a date
 * from the usual fuzzy mix (`generateWhen`). 40% of the facts cite one of the sources, some with
 * the date as the source states it or a dated weekday in the quote. No actors or topics: the date
 * checks read neither.
 */
export interface ChecksDatasetStats {
  readonly facts: number;
  readonly relations: number;
  readonly components: number;
  readonly componentFacts: number;
  readonly largestComponent: number;
  readonly medianComponent: number;
  readonly chains: number;
  readonly cycles: number;
  readonly brokenOnPurpose: number;
  readonly singletons: number;
  readonly citations: number;
  readonly sources: number;
}

export interface ChecksDataset {
  readonly dossier: Dossier;
  readonly stats: ChecksDatasetStats;
  /** The fact ids of each generated component. */
  readonly components: readonly (readonly string[])[];
  /** Facts in no relation at all. */
  readonly singletons: readonly string[];
}

type Fact = Dossier['facts'][number];
type Relation = NonNullable<Fact['relations']>[number];

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1) / DAY_MS;
const DAYS = 10 * 365 - 120;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** How an analyst records a known day: mostly exactly, sometimes approximately, as a month or a short span. */
function fuzzyDay(rng: Prng, day: number): string {
  const iso = isoDay(day);
  const r = rng.int(100);
  if (r < 80) return iso;
  if (r < 87) return `${iso}~`;
  if (r < 91) return `${iso}?`;
  if (r < 96) return iso.slice(0, 7);
  return `${isoDay(day - 1)}/${isoDay(day + 2)}`;
}

export function generateChecksDataset(options: { facts: number; relations: number; seed: number }): ChecksDataset {
  const rng = new Prng(options.seed);
  const sources = Array.from({ length: Math.max(20, Math.round(options.facts / 300)) }, (_, i) => {
    const publisher = rng.pick(W.PUBLISHERS);
    // Most sources were published after the facts they cite (2025); some at a random earlier date.
    const publishedOn = rng.chance(0.85)
      ? isoDay(Date.UTC(2025, 0, 1) / DAY_MS + rng.int(300))
      : generateWhen(rng)
          .replace(/[~?]/g, '')
          .replace(/^\.\.\//, '')
          .split('/')[0]!;
    return {
      id: `src-${i.toString(36)}`,
      title: `${publisher}: ${rng.pick(W.OBJECTS)}`,
      publisher,
      publishedOn,
      reliability: rng.pick(['A', 'B', 'C', 'D'] as const),
    };
  });

  const facts: Fact[] = [];
  const components: string[][] = [];
  const newFact = (when: string, relations: Relation[]): Fact => {
    const n = facts.length;
    const fact: Fact = {
      id: `f-${n.toString(36)}`,
      summary: `${rng.pick(W.ORG_HEADS)} ${rng.pick(W.ORG_SUBJECTS)} ${rng.pick(W.VERBS)} ${rng.pick(W.LAST_NAMES)} ${rng.pick(W.COMPANY_WORDS)}`,
      when,
      relations,
      citations: [],
    };
    facts.push(fact);
    return fact;
  };

  let relations = 0;
  let chains = 0;
  let cycles = 0;
  let broken = 0;
  while (relations < options.relations) {
    const size = Math.min(2 + rng.skewed(9), options.relations - relations + 1);
    const chain = rng.chance(0.3);
    if (chain) chains += 1;
    const days = [FIRST_DAY + rng.int(DAYS)];
    const members = [newFact(fuzzyDay(rng, days[0]!), [])];
    for (let i = 1; i < size; i++) {
      const parent = chain ? i - 1 : rng.int(i);
      const r = rng.int(10);
      const kind = r < 6 ? 'after' : r < 9 ? 'before' : 'same-day';
      const offset = kind !== 'same-day' && rng.chance(0.5) ? rng.between(1, 30) : null;
      const gap = offset ?? rng.between(0, 45);
      let day = days[parent]! + (kind === 'after' ? gap : kind === 'before' ? -gap : 0);
      if (rng.chance(0.03)) {
        // Broken on purpose: the wrong side of the parent (or off the exact distance).
        broken += 1;
        day = kind === 'before' ? days[parent]! + rng.between(1, 5) : days[parent]! - rng.between(1, 5);
      }
      days.push(day);
      members.push(
        newFact(fuzzyDay(rng, day), [
          { type: kind, fact: members[parent]!.id, offset: offset === null ? null : `P${offset}D` },
        ]),
      );
      relations += 1;
    }
    const last = members.at(-1)!;
    if (
      size >= 3 &&
      relations < options.relations &&
      !last.relations!.some((r) => r.fact === members[0]!.id) &&
      rng.chance(0.1)
    ) {
      // Close a cycle with a relation that holds: the last member on or after/before the first.
      last.relations!.push({ type: days.at(-1)! >= days[0]! ? 'after' : 'before', fact: members[0]!.id, offset: null });
      relations += 1;
      cycles += 1;
    }
    components.push(members.map((m) => m.id));
  }
  const componentFacts = facts.length;
  const singletons: string[] = [];
  while (facts.length < options.facts) singletons.push(newFact(generateWhen(rng), []).id);

  let citations = 0;
  for (const fact of facts) {
    if (!rng.chance(0.4)) continue;
    citations += 1;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(fact.when) ? new Date(`${fact.when}T00:00:00Z`) : null;
    // One in ten day-precision citations quotes the date with its weekday ("on Friday, April 22"), as sources do.
    const quote =
      day && rng.chance(0.1)
        ? `"The meeting took place on ${WEEKDAYS[day.getUTCDay()]}, ${W.MONTH_NAMES[day.getUTCMonth()]} ${day.getUTCDate()}," the report says.`
        : rng.chance(0.6)
          ? `"${rng.pick(W.OBJECTS)} ${rng.pick(W.QUALIFIERS)}," the document says.`
          : null;
    fact.citations!.push({
      source: rng.pick(sources).id,
      quote,
      statedDate: statedDateOf(rng, fact.when, W.MONTH_NAMES),
    });
  }

  const sizes = components.map((c) => c.length).sort((a, b) => a - b);
  return {
    dossier: { title: `Date-check benchmark dossier (seed ${options.seed})`, sources, actors: [], topics: [], facts },
    stats: {
      facts: facts.length,
      relations,
      components: components.length,
      componentFacts,
      largestComponent: sizes.at(-1) ?? 0,
      medianComponent: sizes[Math.floor(sizes.length / 2)] ?? 0,
      chains,
      cycles,
      brokenOnPurpose: broken,
      singletons: singletons.length,
      citations,
      sources: sources.length,
    },
    components,
    singletons,
  };
}
