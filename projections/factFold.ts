import type { FactEvent } from '../src/facts/events.ts';
import { stampDocument, type EventPlace, type FactDoc } from './documents.ts';
import { changedMask } from './feed.ts';
import { projectFact, relationKeyOf, without } from './factProjection.ts';

/** The parts of a fact document a fold may change in place, as bits of `FactFold.owned`. */
const DOC = 1;
const ACTORS = 2;
const TOPICS = 4;
const CITATIONS = 8;
const RELATIONS = 16;
const ALL = DOC | ACTORS | TOPICS | CITATIONS | RELATIONS;

/** The bits of `changedMask` (its `FIELDS` order). */
const SUMMARY_BIT = 1 << 0;
const NOTES_BIT = 1 << 1;
const WHEN_BIT = 1 << 2;
const PLACE_BIT = 1 << 3;
const ACTORS_BIT = 1 << 4;
const TOPICS_BIT = 1 << 5;
const CITATIONS_BIT = 1 << 6;
const RELATIONS_BIT = 1 << 7;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type MutableFact = Mutable<FactDoc> & {
  actors: Record<string, string | null>;
  topics: string[];
  citations: Record<string, FactDoc['citations'][string]>;
  relations: Record<string, FactDoc['relations'][string]>;
};

/**
 * One fact's document folded event by event without a copy per event: `projectFact` and
 * `changedMask` as one step, for a batch that keeps no document of each event (a rebuild, a
 * catch-up nobody listens to). The document is copied once per version that changes it, each
 * nested record once per version that changes it (`owned` says which the version has copied);
 * within a version they are changed in place. A document handed in (`start`) or kept by an earlier
 * version (`newVersion()`) is never changed. Gives the very documents and masks the copying fold
 * gives, as JSON (see test/projections/factFold.test.ts).
 */
export class FactFold {
  /** The document after the last event folded. */
  doc: FactDoc | null;
  private owned = 0;

  /** `start`: the document before the first event (never changed). */
  constructor(readonly start: FactDoc | null) {
    this.doc = start;
  }

  /** The next event starts another version: the current document is kept as it is from now on. */
  newVersion(): void {
    this.owned = 0;
  }

  /** Folds `event` at `place` into the document; returns the entry fields it changed (`changedMask`). */
  apply(event: FactEvent, place: EventPlace): number {
    const before = this.doc;
    if (event.type === 'FactRecorded' || before === null) {
      this.doc = projectFact(before, event, place);
      this.owned = ALL;
      return changedMask(before, this.doc);
    }
    if ((this.owned & DOC) === 0) {
      this.doc = { ...before };
      this.owned |= DOC;
    }
    const doc = this.doc as MutableFact;
    const changes = this.change(doc, event);
    stampDocument(doc, doc, place);
    return changes;
  }

  /** Whether this version has its own copy of `part`. */
  private owns(part: number): boolean {
    return (this.owned & part) !== 0;
  }

  /** Records that this version has its own copy of `part`. */
  private owning(part: number): void {
    this.owned |= part;
  }

  /**
   * Changes `doc` (this version's own) by `event`, copying a nested record or list first where the
   * version has not; returns the entry fields whose JSON changed.
   */
  private change(doc: MutableFact, event: Exclude<FactEvent, { type: 'FactRecorded' }>): number {
    switch (event.type) {
      case 'FactDateRevised': {
        const changed = doc.when !== event.data.when ? WHEN_BIT : 0;
        doc.when = event.data.when;
        return changed;
      }
      case 'FactSummaryEdited': {
        const changed =
          (doc.summary !== event.data.summary ? SUMMARY_BIT : 0) | (doc.notes !== event.data.notes ? NOTES_BIT : 0);
        doc.summary = event.data.summary;
        doc.notes = event.data.notes;
        return changed;
      }
      case 'FactPlaceChanged': {
        const changed = doc.place !== event.data.place ? PLACE_BIT : 0;
        doc.place = event.data.place;
        return changed;
      }
      case 'ActorLinked': {
        const { actorId, role } = event.data;
        const changed = !Object.hasOwn(doc.actors, actorId) || doc.actors[actorId] !== role ? ACTORS_BIT : 0;
        if (!this.owns(ACTORS)) {
          doc.actors = { ...doc.actors };
          this.owning(ACTORS);
        }
        doc.actors[actorId] = role;
        return changed;
      }
      case 'ActorUnlinked':
        if (!Object.hasOwn(doc.actors, event.data.actorId)) return 0;
        doc.actors = without(doc.actors, event.data.actorId);
        this.owning(ACTORS);
        return ACTORS_BIT;
      case 'TopicTagged':
        if (this.owns(TOPICS)) doc.topics.push(event.data.topicId);
        else {
          doc.topics = [...doc.topics, event.data.topicId];
          this.owning(TOPICS);
        }
        return TOPICS_BIT;
      case 'TopicUntagged': {
        if (!doc.topics.includes(event.data.topicId)) return 0;
        doc.topics = doc.topics.filter((t) => t !== event.data.topicId);
        this.owning(TOPICS);
        return TOPICS_BIT;
      }
      case 'SourceCited': {
        const { factId: _fact, ...citation } = event.data;
        const old = doc.citations[citation.citationId];
        const changed =
          !Object.hasOwn(doc.citations, citation.citationId) || JSON.stringify(old) !== JSON.stringify(citation)
            ? CITATIONS_BIT
            : 0;
        if (!this.owns(CITATIONS)) {
          doc.citations = { ...doc.citations };
          this.owning(CITATIONS);
        }
        doc.citations[citation.citationId] = citation;
        return changed;
      }
      case 'CitationWithdrawn':
        if (!Object.hasOwn(doc.citations, event.data.citationId)) return 0;
        doc.citations = without(doc.citations, event.data.citationId);
        this.owning(CITATIONS);
        return CITATIONS_BIT;
      case 'RelationAsserted': {
        const { factId: _fact, ...relation } = event.data;
        const key = relationKeyOf(relation);
        const changed =
          !Object.hasOwn(doc.relations, key) || JSON.stringify(doc.relations[key]) !== JSON.stringify(relation)
            ? RELATIONS_BIT
            : 0;
        if (!this.owns(RELATIONS)) {
          doc.relations = { ...doc.relations };
          this.owning(RELATIONS);
        }
        doc.relations[key] = relation;
        return changed;
      }
      case 'RelationWithdrawn': {
        const key = relationKeyOf(event.data);
        if (!Object.hasOwn(doc.relations, key)) return 0;
        doc.relations = without(doc.relations, key);
        this.owning(RELATIONS);
        return RELATIONS_BIT;
      }
      case 'FactRetracted':
        doc.retracted = true;
        return 0;
      case 'FactReinstated':
        doc.retracted = false;
        return 0;
      default: {
        const unreachable: never = event;
        throw new Error(`unhandled fact event ${(unreachable as { type: string }).type}`);
      }
    }
  }
}
