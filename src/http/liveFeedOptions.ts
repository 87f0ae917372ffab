export interface LiveFeedOptions {
  /** Comment lines that keep idle connections open through proxies. Default 15 000 ms. */
  readonly heartbeatMs?: number;
  /** Bytes a client may have waiting in its socket buffer before it is dropped. Default 1 MiB. */
  readonly maxBufferedBytes?: number;
  /** The reconnection delay clients are told (`retry:`). Default 2 000 ms. */
  readonly retryMs?: number;
  /** Streams one token may hold open at once; 0 or absent: no limit. */
  readonly maxStreamsPerPrincipal?: number;
  /**
   * How often the read models' checkpoint is looked at for appends this process did not apply
   * itself (a CLI import, a second server on the same file). Default 250 ms.
   */
  readonly pollMs?: number;
  /**
   * How long a client resuming after a position this server's read models have not reached yet (it
   * comes from another server, ahead of this one) waits for them before it is sent `reset`.
   * Default 2 000 ms.
   */
  readonly resumeWaitMs?: number;
  /**
   * Whether the sign-in session a stream was opened with is still live; a stream whose session
   * ended or expired is closed at the next heartbeat. Absent: sessions are not checked.
   */
  readonly sessionLive?: (session: string) => boolean;
}

export interface FeedFilter {
  readonly kind: 'all' | 'actor' | 'topic';
  readonly id?: string;
}
