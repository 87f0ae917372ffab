import Database from 'better-sqlite3';
import {
  readMessagesBatch,
  sqliteConnection,
  sqliteProjection,
  type SQLiteProjectionDefinition,
} from '@event-driven-io/emmett-sqlite';
import type { EventMetadata, RecordedEvent } from '../../src/core/event.ts';
import { parseStreamName } from '../../src/commands/aggregates.ts';
import { decodeEvent } from '../../src/events/catalog.ts';
import type { ActorEvent } from '../../src/actors/events.ts';
import type { FactEvent } from '../../src/facts/events.ts';
import type { SourceEvent } from '../../src/sources/events.ts';
import type { TopicEvent } from '../../src/topics/events.ts';
import type { Chronicle } from '../../src/main.ts';
import type { SqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import type { EventPlace } from '../../projections/documents.ts';
import { projectFact } from '../../projections/factProjection.ts';
import { ReadModelDb } from '../../projections/readModelDb.ts';
import { projectActor, projectSource, projectTopic } from '../../projections/registryProjections.ts';
import { ProjectionRunner } from '../../projections/runner.ts';
import { now } from '../measure.ts';
import type { Log } from '../progress.ts';
import { rotate, type Contender, type SideTiming } from './rotation.ts';
import { runQueueMs, runQueueSince } from './runQueue.ts';
import { openEmmettDefault, openEmmettShared, toEmmettEvent, type EmmettEvent, type EmmettSide } from './sides.ts';

/**
 * Projection processing: Emmett's async consumer running a document projection, against
 * Chronicle's projection runner catching up, over the same log (Chronicle's events, copied into
 * Emmett's store in the same order, so both sides see the same streams, revisions and positions).
 */

export interface RunTiming {
  readonly events: number;
  readonly ms: number;
  readonly cpuMs: number;
  /** Time the process's threads waited for a CPU during the run (Linux), ms. */
  readonly waitMs: number | undefined;
}

export interface InlineTiming extends RunTiming {
  /** The whole copy with the inline projection: appends and projection, ms. */
  readonly copyMs: number;
}

/**
 * Copies Chronicle's log into a fresh Emmett store: one `appendToStream` per run of one stream's
 * events, 500 calls per transaction. With `inline`, that projection runs inside each append (an
 * Emmett inline projection), and the time spent inside it is measured.
 */
export async function copyLogToEmmett(
  events: readonly RecordedEvent[],
  emmettPath: string,
  inline?: { table: string; eventTypes: readonly string[] },
): Promise<{ ms: number; appends: number; inline?: InlineTiming }> {
  const counter = { events: 0, ms: 0, cpuMs: 0, waitMs: 0 as number | undefined };
  const projection = inline
    ? timedProjection(documentsProjection(inline.table, inline.eventTypes, counter), counter)
    : undefined;
  if (inline) {
    const setup = sqliteConnection({ fileName: emmettPath });
    await setup.command(
      `CREATE TABLE IF NOT EXISTS ${inline.table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`,
    );
    setup.close();
  }
  const side = await openEmmettShared(emmettPath, 'NORMAL', projection ? [projection] : []);
  const start = now();
  let appends = 0;
  try {
    const runs: { stream: string; events: EmmettEvent[] }[] = [];
    for (const e of events) {
      const last = runs.at(-1);
      if (last && last.stream === e.streamName) last.events.push(toEmmettEvent(e));
      else runs.push({ stream: e.streamName, events: [toEmmettEvent(e)] });
    }
    for (let from = 0; from < runs.length; from += 500) {
      await side.connection!.withTransaction(async () => {
        for (const run of runs.slice(from, from + 500)) await side.store.appendToStream(run.stream, run.events);
      });
    }
    appends = runs.length;
    const check = await side.connection!.querySingle<{ n: number; last: number }>(
      'SELECT count(*) AS n, max(global_position) AS last FROM emt_messages',
    );
    if (check?.n !== events.length || check.last !== events.length) {
      throw new Error(
        `the Emmett copy holds ${check?.n} events up to position ${check?.last}, expected ${events.length}`,
      );
    }
    const ms = now() - start;
    if (inline && counter.events !== events.length)
      throw new Error(`the inline projection saw ${counter.events} events, expected ${events.length}`);
    return {
      ms,
      appends,
      ...(inline
        ? {
            inline: {
              events: counter.events,
              ms: counter.ms,
              cpuMs: counter.cpuMs,
              waitMs: counter.waitMs,
              copyMs: ms,
            },
          }
        : {}),
    };
  } finally {
    await side.close();
  }
}

/** Wraps a projection's `handle` to add up the wall and CPU time spent inside it. */
function timedProjection(
  definition: SQLiteProjectionDefinition<EmmettEvent>,
  into: { ms: number; cpuMs: number; waitMs: number | undefined },
): SQLiteProjectionDefinition<EmmettEvent> {
  return {
    ...definition,
    handle: async (events, context) => {
      const queued = runQueueMs();
      const cpu = process.cpuUsage();
      const start = now();
      try {
        return await definition.handle(events, context);
      } finally {
        into.ms += now() - start;
        const used = process.cpuUsage(cpu);
        into.cpuMs += (used.user + used.system) / 1000;
        const waited = runQueueSince(queued);
        into.waitMs = into.waitMs === undefined || waited === undefined ? undefined : into.waitMs + waited;
      }
    },
  };
}

/** Emmett's metadata on a read event: Chronicle's own fields plus Emmett's positions. */
type ReadMetadata = Record<string, unknown> & {
  streamName: string;
  streamPosition: bigint;
  globalPosition?: bigint;
  messageId: string;
};

/**
 * The Emmett read model: one document per stream (`id` = stream name, `doc` = JSON), built with
 * Chronicle's own pure folds (`decodeEvent`, then `projectFact` / `projectActor` / `projectTopic` /
 * `projectSource`), so its documents are the very documents Chronicle keeps as current state.
 * Per event: a `SELECT` of the stream's document, the fold, an `INSERT OR REPLACE`.
 */
export function documentsProjection(
  table: string,
  eventTypes: readonly string[],
  counter: { events: number },
): SQLiteProjectionDefinition<EmmettEvent> {
  return sqliteProjection<EmmettEvent>({
    name: table,
    canHandle: [...eventTypes],
    handle: async (events, { connection }) => {
      for (const e of events) {
        counter.events += 1;
        const meta = e.metadata as unknown as ReadMetadata;
        const stream = parseStreamName(meta.streamName);
        if (!stream) continue;
        const recorded: RecordedEvent = {
          id: meta.messageId,
          type: e.type,
          data: e.data,
          metadata: meta as unknown as EventMetadata,
          streamName: meta.streamName,
          revision: meta.streamPosition - 1n,
          position: String(meta.globalPosition ?? 0n),
        };
        const decoded = decodeEvent(recorded);
        const place: EventPlace = {
          revision: Number(recorded.revision),
          position: recorded.position,
          seq: Number(meta.globalPosition ?? 0n),
          recordedAt: decoded.metadata.recordedAt,
          recordedBy: decoded.metadata.recordedBy,
        };
        const row = await connection.querySingle<{ doc: string }>(`SELECT doc FROM ${table} WHERE id = ?`, [
          meta.streamName,
        ]);
        const before = row ? (JSON.parse(row.doc) as never) : null;
        let after: unknown;
        switch (stream.kind) {
          case 'fact':
            after = projectFact(before, decoded.event as FactEvent, place);
            break;
          case 'actor':
            after = projectActor(before, decoded.event as ActorEvent, place);
            break;
          case 'topic':
            after = projectTopic(before, decoded.event as TopicEvent, place);
            break;
          case 'source':
            after = projectSource(before, decoded.event as SourceEvent, place);
            break;
        }
        await connection.command(`INSERT OR REPLACE INTO ${table} (id, doc) VALUES (?, ?)`, [
          meta.streamName,
          JSON.stringify(after),
        ]);
      }
    },
  });
}

export interface ConsumerConfig {
  readonly setup: 'default' | 'best';
  /** `pulling.batchSize`; `undefined`: Emmett's default (100). */
  readonly batchSize?: number;
  /** `pulling.pullingFrequencyInMs`; `undefined`: Emmett's default (50). */
  readonly pullingFrequencyInMs?: number;
}

/** One run of Emmett's consumer from the beginning of the log to its last event, into a fresh table. */
export async function runEmmettConsumer(
  emmettPath: string,
  config: ConsumerConfig,
  table: string,
  eventTypes: readonly string[],
  lastPosition: number,
): Promise<RunTiming> {
  const side: EmmettSide =
    config.setup === 'best' ? await openEmmettShared(emmettPath, 'NORMAL') : openEmmettDefault(emmettPath);
  const setupConnection = side.connection ?? sqliteConnection({ fileName: emmettPath });
  await setupConnection.command(
    `CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) WITHOUT ROWID`,
  );
  if (!side.connection) setupConnection.close();
  const counter = { events: 0 };
  const pulling = {
    ...(config.batchSize !== undefined ? { batchSize: config.batchSize } : {}),
    ...(config.pullingFrequencyInMs !== undefined ? { pullingFrequencyInMs: config.pullingFrequencyInMs } : {}),
  };
  const consumer = side.store.consumer<EmmettEvent>({ pulling });
  consumer.processor({
    processorId: table,
    projection: documentsProjection(table, eventTypes, counter),
    startFrom: 'BEGINNING',
    stopAfter: (message) => message.metadata.globalPosition >= BigInt(lastPosition),
  });
  try {
    const queued = runQueueMs();
    const cpu = process.cpuUsage();
    const start = now();
    await consumer.start();
    const ms = now() - start;
    const used = process.cpuUsage(cpu);
    const waitMs = runQueueSince(queued);
    if (counter.events !== lastPosition)
      throw new Error(`Emmett's consumer processed ${counter.events} events, expected ${lastPosition}`);
    return { events: counter.events, ms, cpuMs: (used.user + used.system) / 1000, waitMs };
  } finally {
    await consumer.close();
    await side.close();
  }
}

/**
 * One catch-up of Chronicle's runner over the whole log into fresh read-model tables. Round 0 uses
 * the runner `openChronicle` made (tables `rm_`, the default); later rounds a new runner on a new
 * connection to the same file (as `ReadModelDb.open` sets it up) with tables `r<round>_`.
 */
export async function runChronicleCatchUp(chronicle: Chronicle, logPath: string, round: number): Promise<RunTiming> {
  let db: Database.Database | undefined;
  let runner = chronicle.runner;
  if (round > 0) {
    db = new Database(logPath);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    runner = new ProjectionRunner(chronicle.store, new ReadModelDb(db, `r${round}_`));
  }
  try {
    const queued = runQueueMs();
    const cpu = process.cpuUsage();
    const start = now();
    const events = await runner.catchUp();
    const ms = now() - start;
    const used = process.cpuUsage(cpu);
    return { events, ms, cpuMs: (used.user + used.system) / 1000, waitMs: runQueueSince(queued) };
  } finally {
    db?.close();
  }
}

/** Reading the whole log in pages of 1,000: Chronicle's `readAll` against Emmett's `readMessagesBatch` (what its consumer pulls with). */
export async function readAllRounds(
  store: SqliteEventStore,
  emmettPath: string,
  expected: number,
  rounds: number,
): Promise<Map<string, SideTiming>> {
  const emmett = await openEmmettShared(emmettPath, 'NORMAL');
  try {
    const check = (n: number) => {
      if (n !== expected) throw new Error(`read ${n} events, expected ${expected}`);
    };
    const contenders: Contender[] = [
      {
        key: 'chronicle',
        prepare: () => async () => {
          let after: string | undefined;
          let n = 0;
          for (;;) {
            const page = await store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: 1000 });
            if (page.length === 0) break;
            n += page.length;
            after = page.at(-1)!.position;
          }
          check(n);
        },
      },
      {
        key: 'emmett-shared',
        prepare: () => async () => {
          let after = 0n;
          let n = 0;
          for (;;) {
            const page = await readMessagesBatch(emmett.connection!, { after, batchSize: 1000 });
            if (page.messages.length === 0) break;
            n += page.messages.length;
            after = page.currentGlobalPosition;
          }
          check(n);
        },
      },
    ];
    return await rotate(contenders, rounds, 1, 1);
  } finally {
    await emmett.close();
  }
}

/**
 * Checks that an Emmett documents table holds exactly Chronicle's current documents: every fact's
 * latest version and every actor, topic and source document, compared as JSON.
 */
export function compareDocuments(
  emmettPath: string,
  table: string,
  rm: ReadModelDb,
): { compared: number; equal: number; firstDifference?: string } {
  const db = new Database(emmettPath, { readonly: true });
  try {
    const rows = db.prepare(`SELECT id, doc FROM ${table}`).all() as { id: string; doc: string }[];
    let equal = 0;
    let firstDifference: string | undefined;
    for (const { id, doc } of rows) {
      const stream = parseStreamName(id);
      if (!stream) continue;
      const theirs =
        stream.kind === 'fact'
          ? rm.fact(stream.id)
          : rm.registryDoc(`${stream.kind}s` as 'actors' | 'topics' | 'sources', stream.id);
      const a = JSON.stringify(JSON.parse(doc));
      const b = JSON.stringify(theirs);
      if (a === b) equal += 1;
      else firstDifference ??= `${id}: Emmett ${a.slice(0, 300)} … Chronicle ${b.slice(0, 300)}`;
    }
    return { compared: rows.length, equal, ...(firstDifference !== undefined ? { firstDifference } : {}) };
  } finally {
    db.close();
  }
}

/** Every event of a store, in log order. */
export async function readWholeLog(store: SqliteEventStore, log: Log): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: 10_000 });
    if (page.length === 0) break;
    events.push(...page);
    after = page.at(-1)!.position;
  }
  log(`log: ${events.length.toLocaleString('en-US')} events read back`);
  return events;
}
