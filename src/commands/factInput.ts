import type { DossierFactItem } from './dossier/schema.ts';
import type { FactInput } from '../facts/commands.ts';

/**
 * A fact in the dossier's shape — which `POST /api/facts` takes too — as the fact decider's input:
 * the one mapping the import and the API share.
 */
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
