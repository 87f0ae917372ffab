import { EventEmitter } from 'node:events';

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
  onAppend(listener: () => void): () => void {
    this.#emitter.on('append', listener);
    return () => this.#emitter.off('append', listener);
  }

  /** Called after a commit that wrote at least one event. */
  notify(): void {
    this.#emitter.emit('append');
  }
}
