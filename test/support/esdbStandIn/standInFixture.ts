import { EventStoreDBClient, jsonEvent, type JSONEventData } from '@eventstore/db-client';
import { EsdbStandIn, type StandInOptions } from './EsdbStandIn.ts';

export interface StandInFixture {
  readonly standIn: EsdbStandIn;
  /** The real client, connected with the stand-in's single-node connection string. */
  readonly client: EventStoreDBClient;
}

/**
 * Mocha hooks for stand-in tests: a fresh stand-in and client for each test, released after it.
 * Returns a getter, since the fixture only exists while a test runs.
 */
export function useStandIn(options: StandInOptions = {}): () => StandInFixture {
  let fixture: StandInFixture | undefined;
  beforeEach(async () => {
    const standIn = await EsdbStandIn.start(options);
    fixture = { standIn, client: EventStoreDBClient.connectionString(standIn.connectionString) };
  });
  afterEach(async () => {
    await fixture?.client.dispose();
    await fixture?.standIn.stop();
    fixture = undefined;
  });
  return () => {
    if (!fixture) throw new Error('the stand-in runs only inside a test');
    return fixture;
  };
}

/** `count` JSON events of `type`, data `{ n }`. */
export function events(count: number, type = 'Something'): JSONEventData[] {
  return Array.from({ length: count }, (_, n) => jsonEvent({ type, data: { n } }));
}

/** Waits for a promise that should reject and returns what it rejected with. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}
