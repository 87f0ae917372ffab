import type { CitationData, RelationData } from './events.ts';

/** A fact as a writer describes it: the dossier fact shape, normalised. */
export interface FactInput {
  readonly factId: string;
  readonly summary: string;
  readonly when: string;
  readonly place: string | null;
  readonly notes: string | null;
  readonly actors: readonly { readonly id: string; readonly role: string | null }[];
  readonly topics: readonly string[];
  readonly citations: readonly CitationData[];
  readonly relations: readonly RelationData[];
}

export type FactCommand =
  | { type: 'RecordFact'; data: FactInput }
  | { type: 'SyncFact'; data: FactInput & { readonly retracted: boolean } }
  /** `citation`: the source that supports the new date, cited in the same append. */
  | { type: 'ReviseFactDate'; data: { factId: string; when: string; citation?: CitationData } }
  | { type: 'EditFactSummary'; data: { factId: string; summary: string; notes?: string | null } }
  | { type: 'ChangeFactPlace'; data: { factId: string; place: string | null } }
  | { type: 'LinkActor'; data: { factId: string; actorId: string; role: string | null } }
  | { type: 'UnlinkActor'; data: { factId: string; actorId: string } }
  | { type: 'TagTopic'; data: { factId: string; topicId: string } }
  | { type: 'UntagTopic'; data: { factId: string; topicId: string } }
  | { type: 'CiteSource'; data: { factId: string; citation: CitationData } }
  | { type: 'WithdrawCitation'; data: { factId: string; citationId: string } }
  | { type: 'AssertRelation'; data: { factId: string; relation: RelationData } }
  | { type: 'WithdrawRelation'; data: { factId: string; kind: RelationData['kind']; target: string } }
  | { type: 'RetractFact'; data: { factId: string } }
  | { type: 'ReinstateFact'; data: { factId: string } };
