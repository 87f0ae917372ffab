import type { CommandOf } from '../aggregates.ts';
import { factInputOf } from '../factInput.ts';
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
    locale: s.locale,
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
