import type { Dossier } from '../../../src/commands/dossier/schema.ts';
import { generateWhen, statedDateOf } from './generateWhen.ts';
import { Prng } from './prng.ts';
import * as W from './words.ts';

export interface GenerateOptions {
  /** Events the import should append, approximately (exact within one fact). */
  readonly targetEvents: number;
  readonly seed: number;
  /** Share of facts the hub actor is linked to (0–1); default 5%. The number of events does not depend on it. */
  readonly hubShare?: number;
}

export interface DossierStats {
  readonly sources: number;
  readonly actors: number;
  readonly topics: number;
  readonly facts: number;
  /** Events `importDossier` appends for this dossier into an empty store. */
  readonly expectedEvents: number;
  /** The actor linked to about 5% of the facts (about 10,000 at 1M events). */
  readonly hubActorId: string;
  readonly hubFacts: number;
}

type Fact = Dossier['facts'][number];
type Actor = Dossier['actors'][number];

/** Share of facts the hub actor is linked to. */
const HUB_SHARE = 0.05;

/**
 * A deterministic dossier of about `targetEvents` events: 1–3 actors per fact (skewed, plus one
 * hub actor on 5% of facts), 1–2 topics, a citation on 40%, a relation to an earlier fact on 5%,
 * a place on 30%, notes on 10%. That is about 5 events per fact, so 1M events ≈ 200k facts.
 */
export function generateDossier(options: GenerateOptions): { dossier: Dossier; stats: DossierStats } {
  const rng = new Prng(options.seed);
  const estimatedFacts = Math.max(100, Math.round(options.targetEvents / 5));
  const sourceCount = Math.max(20, Math.round(estimatedFacts / 500));
  const actorCount = Math.max(50, Math.round(estimatedFacts / 100));
  const topicCount = Math.max(20, Math.round(estimatedFacts / 2000));

  const sources = Array.from({ length: sourceCount }, (_, i) => {
    const publisher = rng.pick(W.PUBLISHERS);
    return {
      id: `src-${i.toString(36)}-${slug(publisher)}`,
      title: `${publisher}: ${capitalise(rng.pick(W.OBJECTS))}`,
      publisher,
      url: rng.chance(0.8) ? `https://news.example.org/${slug(publisher)}/${2015 + rng.int(10)}/${i}` : null,
      publishedOn: rng.chance(0.9)
        ? generateWhen(rng)
            .replace(/[~?]/g, '')
            .replace(/^\.\.\//, '')
            .split('/')[0]!
        : null,
      reliability: rng.pick(['A', 'B', 'C', 'C', 'D', 'E', 'F'] as const),
    };
  });
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => actorAt(rng, i));
  const topics = Array.from({ length: topicCount }, (_, i) => {
    const word = W.TOPIC_WORDS[i % W.TOPIC_WORDS.length]!;
    const id = `topic-${i.toString(36)}-${slug(word)}`;
    // Every fifth topic past the first round nests under an earlier one.
    const nested = i >= W.TOPIC_WORDS.length && i % 5 === 0;
    return {
      id,
      label: `${word} ${Math.floor(i / W.TOPIC_WORDS.length) + 1}`,
      parent: nested
        ? `topic-${(i % W.TOPIC_WORDS.length).toString(36)}-${slug(W.TOPIC_WORDS[i % W.TOPIC_WORDS.length]!)}`
        : null,
    };
  });

  const hub = actors[0]!;
  let expectedEvents = sources.length + actors.length + topics.length;
  let hubFacts = 0;
  const facts: Fact[] = [];
  while (expectedEvents < options.targetEvents) {
    const fact = factAt(rng, facts.length, actors, topics, sources, facts, options.hubShare ?? HUB_SHARE);
    if (fact.actors!.some((a) => a.id === hub.id)) hubFacts += 1;
    expectedEvents += 1 + fact.actors!.length + fact.topics!.length + fact.citations!.length + fact.relations!.length;
    facts.push(fact);
  }
  return {
    dossier: { title: `Benchmark dossier (seed ${options.seed})`, sources, actors, topics, facts },
    stats: {
      sources: sources.length,
      actors: actors.length,
      topics: topics.length,
      facts: facts.length,
      expectedEvents,
      hubActorId: hub.id,
      hubFacts,
    },
  };
}

function actorAt(rng: Prng, i: number): Actor {
  const r = rng.int(10);
  if (r < 4) {
    const name = `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.LAST_NAMES)}`;
    return {
      id: `${slug(name)}-${i.toString(36)}`,
      name,
      kind: 'person',
      aliases: rng.chance(0.3) ? [name.split(' ')[1]!] : [],
    };
  }
  if (r < 8) {
    const name = `${rng.pick(W.ORG_HEADS)} ${rng.pick(W.ORG_SUBJECTS)}`;
    return {
      id: `${slug(name)}-${i.toString(36)}`,
      name,
      kind: rng.chance(0.6) ? 'government-body' : 'organization',
      aliases: [],
    };
  }
  const name = `${rng.pick(W.LAST_NAMES)} ${rng.pick(W.COMPANY_WORDS)}`;
  return {
    id: `${slug(name)}-${i.toString(36)}`,
    name,
    kind: 'company',
    aliases: rng.chance(0.5) ? [`${name} Ltd.`] : [],
  };
}

function factAt(
  rng: Prng,
  n: number,
  actors: readonly Actor[],
  topics: readonly { id: string }[],
  sources: readonly { id: string }[],
  earlier: readonly Fact[],
  hubShare: number,
): Fact {
  const when = generateWhen(rng);
  const linked = rng.distinctSkewed(actors.length - 1, rng.between(1, 3)).map((i) => actors[i + 1]!);
  if (rng.chance(hubShare)) linked[0] = actors[0]!;
  const subject = actors[(n * 7919) % actors.length]!;
  const summary =
    `${linked[0]!.name} ${rng.pick(W.VERBS)} ${subject.name} about ${rng.pick(W.OBJECTS)} ${rng.pick(W.QUALIFIERS)}`.trim();
  const citations = rng.chance(0.4)
    ? [
        {
          source: rng.pick(sources).id,
          quote: rng.chance(0.7)
            ? `"${capitalise(rng.pick(W.OBJECTS))} ${rng.pick(W.QUALIFIERS)}," the document says.`
            : null,
          locator: rng.chance(0.4) ? `p. ${rng.between(1, 80)}` : null,
          statedDate: statedDateOf(rng, when, W.MONTH_NAMES),
          statedWeekday: null,
          credibility: rng.chance(0.8) ? rng.between(1, 6) : null,
        },
      ]
    : [];
  const relations =
    n > 0 && rng.chance(0.05)
      ? [
          {
            type: rng.pick(['after', 'before', 'same-day'] as const),
            fact: earlier[rng.int(earlier.length)]!.id,
            offset: rng.chance(0.5) ? `P${rng.between(1, 30)}D` : null,
          },
        ]
      : [];
  return {
    id: `${slug(rng.pick(W.VERBS).split(' ')[0]!)}-${n.toString(36)}`,
    summary,
    when,
    actors: linked.map((a) => ({ id: a.id, role: rng.chance(0.8) ? rng.pick(W.ROLES) : null })),
    topics: rng.distinctSkewed(topics.length, rng.between(1, 2)).map((i) => topics[i]!.id),
    place: rng.chance(0.3) ? rng.pick(W.PLACES) : null,
    notes: rng.chance(0.1)
      ? `Confirmed by ${rng.pick(W.PUBLISHERS)}; ${rng.pick(W.QUALIFIERS) || 'no further detail'}.`
      : null,
    citations,
    relations,
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
