import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { feedEventFor } from '../../projections/feed.ts';
import { NameResolver } from '../../projections/queries/entries.ts';
import { feedSeqOf, readFeedMessages } from '../../projections/queries/feedQuery.ts';
import { mergedFamily } from '../../projections/queries/timelineQuery.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import type { ProjectionRunner } from '../../projections/runner.ts';
import { NotFoundError } from '../core/errors.ts';
import { Payload } from './feedPayload.ts';
import { ConnectionCounter } from './limits.ts';
import type { FeedFilter, LiveFeedOptions } from './liveFeedOptions.ts';

interface Client {
  readonly res: Response;
  readonly memberships: ReadonlySet<string>;
  /** Live messages are sent once replay has caught up; until then the table is the source. */
  live: boolean;
  /** The seq of the last event this client has been given (or passed over) a message for. */
  lastSeq: number;
  /** The sign-in session the stream was opened with (a cookie), if any. */
  readonly session?: string;
}

/**
 * The live update feed (Server-Sent Events). Every message comes from the feed read model — the
 * rows the projections write for each fact event, whichever process applied them — read in log
 * order: a client resuming after `Last-Event-ID` (the global position) is sent exactly the
 * messages a client that stayed connected was sent. The feed follows the checkpoint of the read
 * models: woken at once by this process's projections, and every `pollMs` for what other
 * processes applied. A slow client is dropped once its buffer passes the bound, with a `retry:`
 * hint, so it never stalls others or grows memory.
 */
export class LiveFeed {
  private readonly clients = new Set<Client>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly poll: NodeJS.Timeout;
  private readonly removeListener: () => void;
  private readonly maxBuffered: number;
  private readonly retryMs: number;
  private readonly resumeWaitMs: number;
  private readonly streams: ConnectionCounter;
  /** The seq through which live messages have been sent. */
  private cursor: number;
  private pumpScheduled = false;

  constructor(
    private readonly runner: ProjectionRunner,
    private readonly logger: Logger,
    options: LiveFeedOptions = {},
  ) {
    this.maxBuffered = options.maxBufferedBytes ?? 1024 * 1024;
    this.retryMs = options.retryMs ?? 2000;
    this.resumeWaitMs = options.resumeWaitMs ?? 2000;
    this.streams = new ConnectionCounter(options.maxStreamsPerPrincipal ?? 0);
    this.cursor = this.rm.checkpoint().seq;
    this.removeListener = runner.onApplied(() => this.wake());
    this.poll = setInterval(() => this.wake(), options.pollMs ?? 250);
    this.poll.unref();
    const sessionLive = options.sessionLive;
    this.heartbeat = setInterval(
      () =>
        this.each((c) => {
          if (c.session !== undefined && sessionLive && !sessionLive(c.session)) this.endStream(c);
          else this.write(c, ': heartbeat\n\n');
        }),
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
   * 429 when `principal` already holds its share of streams. `session` is the sign-in session the
   * request came with, whose end closes the stream.
   */
  connect(
    req: Request,
    res: Response,
    filter: FeedFilter,
    after: string | undefined,
    principal = 'local',
    session?: string,
  ): void {
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
    const client: Client = {
      res,
      memberships,
      live: false,
      lastSeq: this.rm.checkpoint().seq,
      ...(session !== undefined ? { session } : {}),
    };
    this.clients.add(client);
    req.on('close', () => this.clients.delete(client));
    res.write(`retry: ${this.retryMs}\n\n`);
    void (after === undefined ? this.replay(client) : this.resume(client, after));
  }

  /**
   * Replays after `after`. A position the feed does not hold may be one this server has not applied
   * yet (several servers on one store: the client comes from one ahead of this one): it waits up to
   * `resumeWaitMs` for the read models to reach it, then resumes, or sends `reset`.
   */
  private async resume(client: Client, after: string): Promise<void> {
    let seq = feedSeqOf(this.rm, after);
    if (seq === undefined && (await this.reaches(after))) seq = feedSeqOf(this.rm, after);
    if (seq === undefined) this.sendReset(client, `position ${after} is not in the feed; reload the timeline`);
    else client.lastSeq = seq;
    await this.replay(client);
  }

  /**
   * Whether the read models reach `position` within `resumeWaitMs`. Read models that hold nothing
   * are not waited on: `waitFor` checks the position against their checkpoint first, so a position
   * this store could not have issued is refused before it is queued.
   */
  private async reaches(position: string): Promise<boolean> {
    if (this.rm.checkpoint().position === undefined) return false;
    try {
      await this.runner.waitFor(position, AbortSignal.timeout(this.resumeWaitMs));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Sends `event: reset` to every client (reload the timeline) and carries on from the current
   * checkpoint: for when the log the positions came from is no longer the one being followed, or
   * the read models stopped or started matching the log again (the runner's `onReset`: a store that
   * lost what they hold, a restore, a rebuild). A rebuild numbers its events afresh, so the
   * checkpoint's seq may be lower than the cursor's: the cursor moves to it either way.
   */
  resetAll(reason: string): void {
    const head = this.rm.checkpoint().seq;
    this.cursor = head;
    this.each((c) => {
      this.sendReset(c, reason);
      c.lastSeq = head;
    });
  }

  private sendReset(client: Client, reason: string): void {
    this.write(client, `event: reset\ndata: ${JSON.stringify({ reason })}\n\n`, true);
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

  /** Sends the stored messages after the client's position, waiting for drains, then goes live. */
  private async replay(client: Client): Promise<void> {
    for (;;) {
      if (!this.clients.has(client)) return;
      const head = this.rm.checkpoint().seq;
      const messages = readFeedMessages(this.rm, client.lastSeq, head);
      if (messages.length === 0) {
        // Same tick as the read: every message after `head` is the pump's to send.
        client.lastSeq = Math.max(client.lastSeq, head);
        client.live = true;
        return;
      }
      for (const message of messages) {
        if (!this.clients.has(client)) return;
        this.send(client, new Payload(this.rm, message));
        // Replay goes at the reader's pace: the drop bound is for live events a client cannot take.
        if (client.res.writableNeedDrain) await new Promise((resolve) => client.res.once('drain', resolve));
      }
    }
  }

  /** Runs the pump on a later turn, once however often it is woken meanwhile. */
  private wake(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      try {
        this.pump();
      } catch (error) {
        this.logger.error({ err: error }, 'the live feed could not read the read models');
      }
    });
  }

  /**
   * Sends live clients the next page of messages up to the checkpoint, then comes back on a later
   * turn for the rest, so a long stretch (a bulk import by another process) never holds the event
   * loop; with no client live, only moves the cursor.
   */
  private pump(): void {
    const head = this.rm.checkpoint().seq;
    if (head <= this.cursor) return;
    const messages = [...this.clients].some((c) => c.live) ? readFeedMessages(this.rm, this.cursor, head) : [];
    if (messages.length === 0) {
      this.cursor = head;
      return;
    }
    for (const message of messages) {
      const payload = new Payload(this.rm, message);
      this.each((c) => {
        if (c.live && message.row.seq > c.lastSeq) this.send(c, payload);
      });
      this.cursor = message.row.seq;
    }
    this.wake();
  }

  private send(client: Client, payload: Payload): void {
    const { row } = payload.message;
    client.lastSeq = row.seq;
    const event = feedEventFor(row, client.memberships);
    if (event) this.write(client, payload.frame(event));
  }

  private write(client: Client, text: string, evenWhenFull = false): void {
    if (!this.clients.has(client) || client.res.writableEnded) return;
    if (!evenWhenFull && client.res.writableLength > this.maxBuffered) {
      this.drop(client, 'the client reads too slowly');
      return;
    }
    client.res.write(text);
  }

  /** Closes the streams opened with `session` (signing out): their next connection must sign in. */
  endSession(session: string): void {
    this.each((c) => {
      if (c.session === session) this.endStream(c);
    });
  }

  private endStream(client: Client): void {
    this.clients.delete(client);
    const reason = 'the session ended; sign in again';
    client.res.end(`retry: ${this.retryMs}\nevent: dropped\ndata: ${JSON.stringify({ reason })}\n\n`);
  }

  private drop(client: Client, reason: string): void {
    this.clients.delete(client);
    this.logger.warn({ reason }, 'live-feed client dropped');
    client.res.end(`retry: ${this.retryMs}\nevent: dropped\ndata: ${JSON.stringify({ reason })}\n\n`);
  }

  private each(fn: (c: Client) => void): void {
    for (const c of [...this.clients]) fn(c);
  }

  /** Ends every stream with a reconnection hint (graceful shutdown). */
  close(): void {
    clearInterval(this.heartbeat);
    clearInterval(this.poll);
    this.removeListener();
    this.each((c) => {
      this.clients.delete(c);
      c.res.end(`retry: ${this.retryMs}\n\n`);
    });
  }
}
