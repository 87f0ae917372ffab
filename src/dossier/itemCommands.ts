import type { CommandOf } from '../commands/aggregates.ts';
import type { FactInput } from '../facts/commands.ts';
import type { DossierActorItem, DossierFactItem, DossierSourceItem, DossierTopicItem } from './schema.ts';

/** Dossier items → the Sync commands that bring each stream to the item's state. */

export const sourceCommand = (s: DossierSourceItem): CommandOf<'source'> => ({
  type: 'SyncSource',
  data: {
    sourceId: s.id,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedOn: s.publishedOn,
    reliability: s.reliability,
    notes: s.notes,
    text: s.text,
  },
});

export const actorCommand = (a: DossierActorItem): CommandOf<'actor'> => ({
  type: 'SyncActor',
  data: { actorId: a.id, name: a.name, kind: a.kind, aliases: a.aliases, notes: a.notes },
});

export const mergeCommand = (a: DossierActorItem): CommandOf<'actor'> => ({
  type: 'MergeActor',
  data: { actorId: a.id, into: a.mergedInto ?? a.id },
});

export const topicCommand = (t: DossierTopicItem): CommandOf<'topic'> => ({
  type: 'SyncTopic',
  data: { topicId: t.id, label: t.label, parent: t.parent, notes: t.notes },
});

export const factCommand = (f: DossierFactItem): CommandOf<'fact'> => ({
  type: 'SyncFact',
  data: { ...factInputOf(f), retracted: f.retracted },
});

/** A dossier fact as the fact decider's input. */
export const factInputOf = (f: Omit<DossierFactItem, 'retracted'>): FactInput => ({
  factId: f.id,
  summary: f.summary,
  when: f.when,
  place: f.place,
  notes: f.notes,
  actors: f.actors.map((a) => ({ id: a.id, role: a.role })),
  topics: f.topics,
  citations: f.citations.map((c) => ({
    source: c.source,
    quote: c.quote,
    locator: c.locator,
    statedDate: c.statedDate,
    statedWeekday: c.statedWeekday,
    credibility: c.credibility,
  })),
  relations: f.relations.map((r) => ({ kind: r.type, target: r.fact, offset: r.offset })),
});
