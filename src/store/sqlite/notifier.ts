import { EventEmitter } from 'node:events';
import type { RecordedEvent } from '../../core/event.ts';
import type { CommittedRows } from './append.ts';

/** A commit's rows and the same events as the port returns them, made once for every listener. */
export interface Commit extends CommittedRows {
  readonly events: readonly RecordedEvent[];
}

/**
 * Tells the live subscriptions of one store object that an append committed, so they read at once
 * instead of waiting for their poll timer. Writes by other processes are only seen by polling.
 */
export class AppendNotifier {
  readonly #emitter = new EventEmitter();

  constructor() {
    // One listener per subscription; any number of subscriptions is legitimate.
    this.#emitter.setMaxListeners(0);
  }

  /** Registers `listener`; returns the function that removes it. */
  onAppend(listener: (commit?: Commit) => void): () => void {
    this.#emitter.on('append', listener);
    return () => this.#emitter.off('append', listener);
  }

  /** Called after a commit that wrote at least one event, with its rows when they were kept. */
  notify(commit?: Commit): void {
    this.#emitter.emit('append', commit);
  }

  /** Whether anyone listens (a commit's rows are worth keeping only then). */
  get listened(): boolean {
    return this.#emitter.listenerCount('append') > 0;
  }
}
