import { ValidationError } from '../core/errors.ts';
import type { TimelineQuery } from '../../projections/queries/timelineQuery.ts';

export const TIMELINE_FILTER_OPTIONS = {
  actor: { type: 'string' },
  topic: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  q: { type: 'string' },
  'as-of': { type: 'string' },
  'include-retracted': { type: 'boolean' },
  direct: { type: 'boolean' },
} as const;

/** `--actor/--topic [--direct]/--from/--to/--q/--limit` → a timeline query. */
export function timelineQueryOf(values: Record<string, unknown>): TimelineQuery {
  const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const actor = str('actor');
  const topic = str('topic');
  if (actor && topic) throw ValidationError.at('topic', 'give --actor or --topic, not both');
  let limit: number | undefined;
  if (str('limit') !== undefined) {
    limit = Number(str('limit'));
    if (!Number.isSafeInteger(limit) || limit < 1)
      throw ValidationError.at('limit', `must be a whole number ≥ 1, got ${str('limit')}`);
  }
  return {
    kind: actor ? 'actor' : topic ? 'topic' : 'all',
    ...(actor || topic ? { id: actor ?? topic } : {}),
    ...(str('from') ? { from: str('from') } : {}),
    ...(str('to') ? { to: str('to') } : {}),
    ...(str('q') ? { q: str('q') } : {}),
    ...(str('as-of') ? { asOf: str('as-of') } : {}),
    ...(values['include-retracted'] === true ? { includeRetracted: true } : {}),
    ...(values.direct === true ? { direct: true } : {}),
    ...(limit ? { limit } : {}),
  };
}
