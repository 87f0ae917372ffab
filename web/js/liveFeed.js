/**
 * The live feed (`GET /api/updates`, Server-Sent Events). EventSource reconnects by itself and
 * sends `Last-Event-ID`, so the server resumes after the last event received; the first connection
 * starts `after` the position the page's data was read at, so nothing falls between the two.
 * When the server refuses the stream (it closes it for good), the feed reopens it after a pause,
 * from the last event id it has.
 */
export class LiveFeed {
  /**
   * `onRefused` runs each time the server refuses the stream (an HTTP error such as 401: the
   * session ended or was never there), before the retry is scheduled.
   * @param {{ onEvent(name: string, data: any, id: string): void, onReset(): void, onStatus(state: string, text: string): void, onRefused?(): void }} handlers
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.source = null;
    this.scope = null;
    this.lastEventId = null;
    this.retryTimer = null;
    this.failures = 0;
  }

  /** Subscribes to `scope` (`{ actor }`, `{ topic }` or `{}`), starting after `position`. */
  open(scope, position) {
    this.close();
    this.scope = scope;
    this.lastEventId = position;
    this.connect();
  }

  connect() {
    const params = new URLSearchParams();
    if (this.scope.actor) params.set('actor', this.scope.actor);
    if (this.scope.topic) params.set('topic', this.scope.topic);
    if (this.lastEventId) params.set('after', this.lastEventId);
    const source = new EventSource(`/api/updates${params.size > 0 ? `?${params}` : ''}`);
    this.source = source;
    this.handlers.onStatus('connecting', 'Connecting…');
    source.addEventListener('open', () => {
      this.failures = 0;
      this.handlers.onStatus('live', 'Live');
    });
    for (const name of ['entry-added', 'entry-changed', 'entry-removed']) {
      source.addEventListener(name, (event) => {
        if (event.lastEventId) this.lastEventId = event.lastEventId;
        let data;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        this.handlers.onEvent(name, data, event.lastEventId);
      });
    }
    source.addEventListener('reset', () => {
      // The server no longer knows our position: start again from a fresh read.
      this.close();
      this.handlers.onReset();
    });
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      if (source.readyState === EventSource.CONNECTING) {
        this.handlers.onStatus('reconnecting', 'Reconnecting…');
        return;
      }
      // Closed for good (an HTTP error): reopen later from the last event id we have.
      source.close();
      this.failures += 1;
      const delay = Math.min(1000 * 2 ** (this.failures - 1), 30_000);
      this.handlers.onStatus('offline', `Offline, retrying in ${Math.round(delay / 1000)} s`);
      this.retryTimer = setTimeout(() => this.connect(), delay);
      this.handlers.onRefused?.();
    });
  }

  close() {
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (this.source) this.source.close();
    this.source = null;
  }
}
