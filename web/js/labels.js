/** Words for codes: Admiralty grades, severities, relation kinds and history events. */

/** Source reliability (Admiralty / NATO grading). */
export const RELIABILITY = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Information credibility (Admiralty / NATO grading). */
export const CREDIBILITY = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtfully true',
  5: 'improbable',
  6: 'truth cannot be judged',
};

export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' };
export const SEVERITY_PLURAL = { error: 'Errors', warning: 'Warnings', info: 'Info' };

/** `after` + `P10D` → `10 days after`. */
export function relationText(kind, offset) {
  const m = /^P(\d+)([DW])$/.exec(offset ?? '');
  const days = m ? Number(m[1]) * (m[2] === 'W' ? 7 : 1) : null;
  const amount = days === null ? '' : `${days} day${days === 1 ? '' : 's'} `;
  if (kind === 'same-day') return 'the same day as';
  return `${amount}${kind}`;
}

/** The other side of a relation, read from its target: `after` ↔ `before`. */
export const INVERSE = { after: 'before', before: 'after', 'same-day': 'same-day' };

/** One history event in words. `names` resolves actor, topic, source and fact ids for display. */
export function describeEvent(event, names) {
  const d = event.data ?? {};
  switch (event.type) {
    case 'FactRecorded':
      return `Recorded, dated ${d.when}${d.place ? `, at ${d.place}` : ''}`;
    case 'FactDateRevised':
      return `Date revised from ${d.previousWhen} to ${d.when}`;
    case 'FactSummaryEdited':
      return 'Summary edited';
    case 'FactPlaceChanged':
      return d.place ? `Place set to ${d.place}` : 'Place removed';
    case 'ActorLinked':
      return `Actor linked: ${names.actor(d.actorId)}${d.role ? ` (${d.role})` : ''}`;
    case 'ActorUnlinked':
      return `Actor unlinked: ${names.actor(d.actorId)}`;
    case 'TopicTagged':
      return `Topic tagged: ${names.topic(d.topicId)}`;
    case 'TopicUntagged':
      return `Topic untagged: ${names.topic(d.topicId)}`;
    case 'SourceCited':
      return `Source cited: ${names.source(d.source)}${d.credibility ? ` (credibility ${d.credibility})` : ''}`;
    case 'CitationWithdrawn':
      return `Citation withdrawn: ${d.citationId}`;
    case 'RelationAsserted':
      return `Relation asserted: ${relationText(d.kind, d.offset)} ${names.fact(d.target)}`;
    case 'RelationWithdrawn':
      return `Relation withdrawn: ${d.kind} ${names.fact(d.target)}`;
    case 'FactRetracted':
      return 'Retracted';
    case 'FactReinstated':
      return 'Reinstated';
    default:
      return event.type;
  }
}
