import type { DossierAbout } from '../commands/dossier/dossierLog.ts';
import type { Dossier } from '../commands/dossier/schema.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import { listRegistry } from '../../projections/queries/registryQuery.ts';
import { sourceTextOf } from '../../projections/sourceTexts.ts';
import { compareFuzzyDates, parseFuzzyDate } from '../dates/index.ts';

/**
 * The whole store as a dossier: importing it into an empty store rebuilds the same state, and
 * importing it back into this store appends nothing to its items. Facts are in chronological
 * order. `about`: the title and description the last import gave (`readDossierAbout`).
 */
export function exportDossier(rm: ReadModelDb, about: DossierAbout = { title: null, description: null }): Dossier {
  const facts = rm
    .allFacts()
    .map((doc) => ({ doc, date: parseFuzzyDate(doc.when) }))
    .sort((a, b) => compareFuzzyDates(a.date, b.date) || a.doc.firstSeq - b.doc.firstSeq)
    .map(({ doc }) => doc);
  return {
    ...(about.title !== null ? { title: about.title } : {}),
    ...(about.description !== null ? { description: about.description } : {}),
    sources: listRegistry(rm, 'sources').map((s) => ({
      id: s.sourceId,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
      publishedOn: s.publishedOn,
      reliability: s.reliability,
      notes: s.notes,
      ...(s.locale ? { locale: s.locale } : {}),
      ...(s.text ? { text: sourceTextOf(rm, s.sourceId)?.text ?? null } : {}),
    })),
    actors: listRegistry(rm, 'actors').map((a) => ({
      id: a.actorId,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      mergedInto: a.mergedInto,
      notes: a.notes,
    })),
    topics: listRegistry(rm, 'topics').map((t) => ({
      id: t.topicId,
      label: t.label,
      parent: t.parent,
      notes: t.notes,
    })),
    facts: facts.map((f) => ({
      id: f.factId,
      summary: f.summary,
      when: f.when,
      actors: Object.entries(f.actors).map(([id, role]) => ({ id, role })),
      topics: [...f.topics],
      // A blank place (accepted once) goes out as none, as import refuses a blank one.
      place: f.place?.trim() ? f.place : null,
      notes: f.notes,
      citations: Object.values(f.citations).map(({ citationId: _id, ...c }) => c),
      relations: Object.values(f.relations).map((r) => ({ type: r.kind, fact: r.target, offset: r.offset })),
      ...(f.retracted ? { retracted: true } : {}),
    })),
  };
}
