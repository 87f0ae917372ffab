import type { HistoryEntry } from '../../projections/factHistory.ts';

/** One line saying what an event of a fact's history changed. */
export function describeChange(entry: HistoryEntry): string {
  const d = entry.data as Record<string, unknown>;
  switch (entry.type) {
    case 'FactRecorded':
      return `recorded "${String(d.summary)}" dated ${String(d.when)}`;
    case 'FactDateRevised':
      return `date ${String(d.previousWhen)} → ${String(d.when)}`;
    case 'FactSummaryEdited':
      return `summary → "${String(d.summary)}"`;
    case 'FactPlaceChanged':
      return `place → ${d.place === null ? '(none)' : String(d.place)}`;
    case 'ActorLinked':
      return `actor ${String(d.actorId)}${d.role ? ` as ${String(d.role)}` : ''}`;
    case 'ActorUnlinked':
      return `actor ${String(d.actorId)} removed`;
    case 'TopicTagged':
      return `topic ${String(d.topicId)}`;
    case 'TopicUntagged':
      return `topic ${String(d.topicId)} removed`;
    case 'SourceCited':
      return `cites ${String(d.source)}${d.statedDate ? ` (states "${String(d.statedDate)}")` : ''}`;
    case 'CitationWithdrawn':
      return `citation ${String(d.citationId)} withdrawn`;
    case 'RelationAsserted':
      return `${String(d.kind)}${d.offset ? ` ${String(d.offset)}` : ''} ${String(d.target)}`;
    case 'RelationWithdrawn':
      return `relation ${String(d.kind)} ${String(d.target)} withdrawn`;
    case 'FactRetracted':
      return 'retracted';
    case 'FactReinstated':
      return 'reinstated';
    default:
      return JSON.stringify(d);
  }
}
