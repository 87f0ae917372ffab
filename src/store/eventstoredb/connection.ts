import { EventStoreDBClient } from '@eventstore/db-client';
import { ValidationError } from '../../core/errors.ts';

/**
 * Creates the client for a connection string. The 6.x client reads `esdb://` and
 * `esdb+discover://` only; KurrentDB's `kurrentdb://` forms have the same syntax, so the scheme is
 * rewritten. The client connects lazily: nothing is contacted here.
 *
 * How the client finds a node: one host (`esdb://host:2113`) is used directly, with no gossip;
 * several hosts, or `esdb+discover://`, are asked for the cluster's gossip and the leader is
 * chosen (`nodePreference=leader` by default). After a failure the client drops the channel and
 * connects again on the next call (to the leader a not-leader error names, if any).
 */
export function createClient(connectionString: string, defaultDeadlineMs?: number): EventStoreDBClient {
  let normalized = connectionString
    .trim()
    .replace(/^(kurrentdb|esdb)(\+discover)?:\/\//i, (_match, _scheme: string, discover: string | undefined) =>
      discover ? 'esdb+discover://' : 'esdb://',
    );
  // The client's own calls (server features, gossip) wait 10 s by default: no longer than ours.
  if (defaultDeadlineMs !== undefined && !/[?&]defaultDeadline=/i.test(normalized))
    normalized += `${normalized.includes('?') ? '&' : '?'}defaultDeadline=${defaultDeadlineMs}`;
  try {
    return EventStoreDBClient.connectionString(normalized);
  } catch (error) {
    throw ValidationError.at(
      'store',
      `invalid EventStoreDB connection string: ${redactCredentials((error as Error).message)}`,
    );
  }
}

/** Hides `user:password@` in text that quotes a connection string (error messages, logs). */
export function redactCredentials(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/g, '//***@');
}
