import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AppliedEvent } from '../../projections/applyEvents.ts';
import { coalesceFeedRows, feedEventFor, feedRowOf, type FeedRow } from '../../projections/feed.ts';
import { NameResolver } from '../../projections/queries/entries.ts';
import { mergedFamily } from '../../projections/queries/timelineQuery.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import type { ProjectionRunner } from '../../projections/runner.ts';
import { NotFoundError } from '../core/errors.ts';
import { ConnectionCounter } from './limits.ts';
import type { FactDoc } from '../../projections/documents.ts';

export interface LiveFeedOptions {
  /** Comment lines that keep idle connections open through proxies. Default 15 000 ms. */
  readonly heartbeatMs?: number;
  /** Bytes a client may have waiting in its socket buffer before it is dropped. Default 1 MiB. */
  readonly maxBufferedBytes?: number;
  /** The reconnection delay clients are told (`retry:`). Default 2 000 ms. */
  readonly retryMs?: number;
  /** Streams one token may hold open at once; 0 or absent: no limit. */
  readonly maxStreamsPerPrincipal?: number;
}

export interface FeedFilter {
  readonly kind: 'all' | 'actor' | 'topic';
  readonly id?: string;
}

interface Client {
  readonly res: Response;
  readonly memberships: ReadonlySet<string>;
  /** Live rows are sent once replay has caught up; until then the table is the source. */
  live: boolean;
  lastSeq: number;
}

interface StoredRow {
  seq: number;
  position: string;
  fact_id: string;
  feed: string;
}

/** The `data:` of a feed message, built on first use. */
class Payload {
  private text: string | undefined;
  constructor(
    private readonly rm: ReadModelDb,
    private readonly row: FeedRow,
    private readonly doc: FactDoc | null,
  ) {}
  json(): string {
    if (this.text === undefined) {
      const { row, doc } = this;
      this.text = JSON.stringify({
        position: row.position,
        factId: row.factId,
        type: row.eventType,
        changes: row.changes,
        entry: doc ? new NameResolver(this.rm).entryOf(doc) : null,
      });
    }
    return this.text;
  }
}

/**
 * The live update feed (Server-Sent Events). Replays the feed read model after `Last-Event-ID`
 * (the global position), then follows the projection runner; a slow client is dropped once its
 * buffer passes the bound, with a `retry:` hint, so it never stalls others or grows memory.
 */
export class LiveFeed {
  private readonly clients = new Set<Client>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly removeListener: () => void;
  private readonly maxBuffered: number;
  private readonly retryMs: number;
  private readonly streams: ConnectionCounter;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly logger: Logger,
    options: LiveFeedOptions = {},
  ) {
    this.maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
    this.retryMs = options.retryMs ?? 2000;
    this.streams = new ConnectionCounter(options.maxStreamsPerPrincipal ?? 0);
    this.removeListener = runner.onApplied((applied) => this.broadcast(applied));
    this.heartbeat = setInterval(
      () => this.each((c) => this.write(c, ': heartbeat\n\n')),
      options.heartbeatMs ?? 15_000,
    );
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  private get rm(): ReadModelDb {
    return this.runner.readModels;
  }

  /** Streams `principal` holds open now. */
  streamsOf(principal: string): number {
    return this.streams.countOf(principal);
  }

  /**
   * Opens an SSE stream for `filter`, resuming strictly after `after` (a position) when given;
   * 429 when `principal` already holds its share of streams.
   */
  connect(req: Request, res: Response, filter: FeedFilter, after: string | undefined, principal = 'local'): void {
    const memberships = this.membershipsOf(filter);
    const release = this.streams.acquire(principal);
    res.once('close', release);
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const client: Client = { res, memberships, live: false, lastSeq: this.rm.checkpoint().seq };
    res.write(`retry: ${this.retryMs}\n\n`);
    if (after !== undefined) {
      const seq = this.rm.stmt(`SELECT seq FROM ${this.rm.prefix}events WHERE position = ?`).pluck().get(after) as
        number | undefined;
      if (seq === undefined) {
        res.write(
          `event: reset\ndata: ${JSON.stringify({ reason: `position ${after} is not in the feed; reload the timeline` })}\n\n`,
        );
      } else {
        client.lastSeq = seq;
      }
    }
    this.clients.add(client);
    req.on('close', () => this.clients.delete(client));
    void this.replay(client);
  }

  private membershipsOf(filter: FeedFilter): Set<string> {
    if (filter.kind === 'all') return new Set(['all']);
    const id = filter.id ?? '';
    if (filter.kind === 'topic') {
      if (!this.rm.registryDoc('topics', id)) throw new NotFoundError(`topic ${id} does not exist`);
      return new Set([`topic:${id}`]);
    }
    const names = new NameResolver(this.rm);
    if (!names.actor(id)) throw new NotFoundError(`actor ${id} does not exist`);
    return new Set(mergedFamily(this.rm, names.survivor(id)).map((a) => `actor:${a}`));
  }

  /** Sends stored rows after the client's position page by page, waiting for drains, then goes live. */
  private async replay(client: Client): Promise<void> {
    const page = this.rm.stmt(`SELECT seq, position, fact_id, feed FROM ${this.rm.prefix}events
      WHERE seq > ? AND fact_id IS NOT NULL ORDER BY seq LIMIT 500`);
    for (;;) {
      if (!this.clients.has(client)) return;
      const rows = page.all(client.lastSeq) as StoredRow[];
      if (rows.length === 0) {
        client.live = true; // same tick as the empty read: nothing can fall between
        return;
      }
      const stored = rows.map((r) => ({
        row: {
          seq: r.seq,
          position: r.position,
          factId: r.fact_id,
          ...(JSON.parse(r.feed) as Omit<FeedRow, 'seq' | 'position' | 'factId'>),
        },
      }));
      for (const { row } of coalesceFeedRows(stored, (_first, _last, merged) => ({ row: merged }))) {
        if (!this.clients.has(client)) return;
        this.send(client, row, this.rm.fact(row.factId));
        // Replay goes at the reader's pace: the drop bound is for live events a client cannot take.
        if (client.res.writableNeedDrain) await new Promise((resolve) => client.res.once('drain', resolve));
      }
    }
  }

  private broadcast(applied: readonly AppliedEvent[]): void {
    const items = applied
      .filter((a) => a.factAfter || a.factBefore)
      .map((a) => ({ row: feedRowOf(a.seq, a.position, a.type, a.factBefore, a.factAfter), doc: a.factAfter }));
    for (const { row, doc } of coalesceFeedRows(items, (_first, last, merged) => ({ row: merged, doc: last.doc }))) {
      const payload = new Payload(this.rm, row, doc);
      this.each((c) => {
        if (c.live && row.seq > c.lastSeq) this.send(c, row, doc, payload);
      });
    }
  }

  /** `payload` lets a broadcast build the entry and its JSON once for every subscriber. */
  private send(client: Client, row: FeedRow, doc: FactDoc | null, payload = new Payload(this.rm, row, doc)): void {
    client.lastSeq = row.seq;
    const event = feedEventFor(row, client.memberships);
    if (!event || !doc) return;
    this.write(client, `id: ${row.position}\nevent: ${event}\ndata: ${payload.json()}\n\n`);
  }

  private write(client: Client, text: string): void {
    if (!this.clients.has(client) || client.res.writableEnded) return;
    if (client.res.writableLength > this.maxBuffered) {
      this.drop(client, 'the client reads too slowly');
      return;
    }
    client.res.write(text);
  }

  private drop(client: Client, reason: string): void {
    this.clients.delete(client);
    this.logger.warn({ reason }, 'live-feed client dropped');
    client.res.end(`retry: ${this.retryMs}\nevent: dropped\ndata: ${JSON.stringify({ reason })}\n\n`);
  }

  private each(fn: (c: Client) => void): void {
    for (const c of [...this.clients]) fn(c);
  }

  /**
   * Tells every client to reload (`event: reset`, with the reason) and ends its stream: what it
   * holds no longer matches the read models (the store lost what they hold, or they were rebuilt).
   */
  reset(reason: string): void {
    this.each((c) => {
      this.clients.delete(c);
      c.res.end(`retry: ${this.retryMs}\nevent: reset\ndata: ${JSON.stringify({ reason })}\n\n`);
    });
  }

  /** Ends every stream with a reconnection hint (graceful shutdown). */
  close(): void {
    clearInterval(this.heartbeat);
    this.removeListener();
    this.each((c) => {
      this.clients.delete(c);
      c.res.end(`retry: ${this.retryMs}\n\n`);
    });
  }
}
