import type { Clock } from '../../../src/core/clock.ts';
import type { CallerMetadata } from '../../../src/events/catalog.ts';
import type { Dossier } from '../../../src/commands/dossier/schema.ts';
import { generateDossier } from '../generators/generateDossier.ts';
import { generateWhen } from '../generators/generateWhen.ts';
import { Prng } from '../generators/prng.ts';

/**
 * The import's clock: one fixed instant, in the children and in the clean reference import alike,
 * so a re-run writes exactly the events (metadata included) a clean import writes and the two logs
 * can be compared event for event. (Event ids never depend on it: they derive from the content.)
 */
export const importClock: Clock = () => new Date('2022-11-01T09:00:00.000Z');

export const IMPORT_METADATA: CallerMetadata = { recordedBy: 'crash-test', reason: 'bulk import' };

/** The imports' `newId`: never called, since an import's event ids derive from the content (else re-runs could duplicate). */
export const contentIdsOnly = (): string => {
  throw new Error('an import must use content-derived event ids only');
};

type Fact = Dossier['facts'][number];
type Actor = Dossier['actors'][number];

/** The dossiers the crash test imports: `first` into an empty store, then `second` (its revision) on top. */
export interface CrashWorkload {
  readonly first: Dossier;
  readonly second: Dossier;
}

/**
 * About 150 facts with actors, topics, sources, citations and relations (the generator the
 * benchmarks use too, plus a relation on one fact in eight), three actor merges and a retracted
 * fact; then a revision of it that re-dates, edits, relinks, re-tags, re-cites, re-relates, retracts and
 * reinstates facts, renames and merges actors, re-grades and re-dates sources, relabels topics and
 * adds new items of every kind — so the import appends both creations and revision events, and the
 * projections close timeline rows, move relations and re-check findings.
 */
export function crashWorkload(seed: number, targetEvents = 800): CrashWorkload {
  const first = generateDossier({ targetEvents, seed }).dossier;
  const rng = new Prng(seed ^ 0x5bd1e995);
  const actors = first.actors;
  // Merged into actors that are not merged themselves and come earlier in the dossier.
  for (let i = 0; i < 3; i++) actors[actors.length - 1 - i]!.mergedInto = actors[1 + i]!.id;
  // More relations than the generator's 5%, so the date checks' components span several facts.
  first.facts.forEach((fact, i) => {
    if (i > 0 && i % 8 === 0 && (fact.relations ?? []).length === 0) {
      const target = first.facts[i - 1 - rng.int(Math.min(i, 10))]!.id;
      fact.relations = [
        {
          type: rng.pick(['after', 'before', 'same-day'] as const),
          fact: target,
          offset: rng.chance(0.5) ? `P${1 + rng.int(30)}D` : null,
        },
      ];
    }
  });
  const retractedAtFirst = rng.int(first.facts.length);
  first.facts[retractedAtFirst]!.retracted = true;

  const second = structuredClone(first);
  const facts = second.facts;
  const sources = second.sources;
  facts[retractedAtFirst]!.retracted = false;
  facts.forEach((fact, i) => {
    const r = rng.next();
    const f = fact as Required<Fact>;
    if (r < 0.08) {
      const when = generateWhen(rng);
      if (when !== f.when) f.when = when;
    } else if (r < 0.13) {
      f.summary = `${f.summary} (corrected)`;
      f.notes = 'Corrected after a second reading.';
    } else if (r < 0.18) {
      const other = actors[1 + rng.int(actors.length - 1)]!;
      if (f.actors.length > 1) f.actors = f.actors.slice(0, -1);
      else if (!f.actors.some((a) => a.id === other.id)) f.actors = [...f.actors, { id: other.id, role: 'subject' }];
    } else if (r < 0.22) {
      const [a, ...rest] = f.actors;
      if (a) f.actors = [{ id: a.id, role: a.role === 'witness' ? 'subject' : 'witness' }, ...rest];
    } else if (r < 0.26) {
      const topic = second.topics[rng.int(second.topics.length)]!.id;
      if (!f.topics.includes(topic)) f.topics = [topic];
    } else if (r < 0.3) {
      if (f.citations.length > 0) f.citations = [];
      else
        f.citations = [
          {
            source: rng.pick(sources).id,
            quote: null,
            locator: `p. ${1 + rng.int(40)}`,
            statedDate: null,
            statedWeekday: null,
            credibility: 3,
          },
        ];
    } else if (r < 0.33) {
      if (f.relations.length > 0) f.relations = [];
      else if (i > 0)
        f.relations = [
          { type: 'after', fact: facts[rng.int(i)]!.id, offset: rng.chance(0.5) ? `P${1 + rng.int(20)}D` : null },
        ];
    } else if (r < 0.35 && i !== retractedAtFirst) {
      f.retracted = true;
    }
  });

  for (const source of sources.slice(0, 3)) source.reliability = source.reliability === 'A' ? 'B' : 'A';
  for (const source of sources.slice(3, 5)) source.publishedOn = '2016';
  for (const actor of actors.slice(4, 6)) actor.name = `${actor.name} (renamed)`;
  for (const actor of actors.slice(6, 8)) actor.aliases = [...(actor.aliases ?? []), `${actor.name} alias`];
  actors[8]!.mergedInto = actors[1]!.id;
  for (const topic of second.topics.slice(0, 2)) topic.label = `${topic.label} (relabelled)`;

  const newSources = [0, 1].map((n) => ({
    id: `added-source-${n}`,
    title: `Added source ${n}`,
    publisher: 'Crash Test Gazette',
    url: null,
    publishedOn: '2024-03',
    reliability: 'B' as const,
  }));
  const newActors: Actor[] = [0, 1, 2].map((n) => ({
    id: `added-actor-${n}`,
    name: `Added Actor ${n}`,
    kind: 'organization',
    aliases: [],
  }));
  const newTopics = [0, 1].map((n) => ({
    id: `added-topic-${n}`,
    label: `Added topic ${n}`,
    parent: n === 1 ? second.topics[0]!.id : null,
  }));
  sources.push(...newSources);
  actors.push(...newActors);
  second.topics.push(...newTopics);
  const existing = facts.length;
  for (let n = 0; n < 15; n++) {
    facts.push({
      id: `added-fact-${n}`,
      summary: `${newActors[n % 3]!.name} meets ${actors[1 + rng.int(20)]!.name} about item ${n}`,
      when: generateWhen(rng),
      actors: [
        { id: newActors[n % 3]!.id, role: 'author' },
        { id: actors[1 + (n % 20)]!.id, role: null },
      ],
      topics: [newTopics[n % 2]!.id],
      place: null,
      notes: null,
      citations: [
        {
          source: newSources[n % 2]!.id,
          quote: null,
          locator: null,
          statedDate: null,
          statedWeekday: null,
          credibility: 2,
        },
      ],
      relations: n % 4 === 0 ? [{ type: 'before', fact: facts[rng.int(existing)]!.id, offset: null }] : [],
    });
  }
  return { first, second };
}
