import type { ReadOptions, ServiceError } from './grpc.ts';
import type { LogRecord } from './InMemoryLog.ts';
import { invalidArgument } from './messages.ts';

/** EventStoreDB's search window when the request says `count` instead of `max` (its read batch size). */
export const DEFAULT_SEARCH_WINDOW = 32;

export interface Filter {
  matches(record: LogRecord): boolean;
  /**
   * Considered events (matching or not) between two checkpoints: `checkpointIntervalMultiplier ×
   * (max ?? 32)`, as in EventStoreDB's `AllSubscriptionFiltered`. `undefined` for `no_filter`
   * (no checkpoints are sent).
   */
  readonly checkpointInterval: number | undefined;
}

/**
 * The `filter` of a `$all` subscription. Only stream-name filters (prefixes or a regular
 * expression) are served; event-type filters are refused, as the adapter never sends them.
 */
export function filterOf(options: ReadOptions): Filter | ServiceError {
  if (!options.hasFilter()) return { matches: () => true, checkpointInterval: undefined };
  const filter = options.getFilter()!;
  if (!filter.hasStreamIdentifier()) return invalidArgument('the stand-in serves stream-name filters only');
  const expression = filter.getStreamIdentifier()!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex();
  let matches: (record: LogRecord) => boolean;
  if (prefixes.length > 0) matches = (record) => prefixes.some((prefix) => record.stream.startsWith(prefix));
  else if (regex) {
    const pattern = new RegExp(regex);
    matches = (record) => pattern.test(record.stream);
  } else return invalidArgument('a stream filter needs prefixes or a regex');
  const multiplier = filter.getCheckpointintervalmultiplier();
  if (multiplier <= 0) return invalidArgument('checkpointIntervalMultiplier must be greater than 0');
  const window = filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW;
  if (window <= 0) return invalidArgument('max must be greater than 0');
  return { matches, checkpointInterval: multiplier * window };
}
