import { feedEntryOf, type FeedMessage } from '../../projections/queries/feedQuery.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';

/**
 * One feed message as the live feed sends it: its `data:` JSON and each SSE frame (`id:`, `event:`,
 * `data:`) built on first use and then shared by every subscriber, so a message costs the same to
 * build for one subscriber as for thousands.
 */
export class Payload {
  private text: string | undefined;
  private readonly frames = new Map<string, string>();

  constructor(
    private readonly rm: ReadModelDb,
    readonly message: FeedMessage,
  ) {}

  private json(): string {
    if (this.text === undefined) {
      const { row } = this.message;
      this.text = JSON.stringify({
        position: row.position,
        factId: row.factId,
        type: row.eventType,
        changes: row.changes,
        entry: feedEntryOf(this.rm, this.message),
      });
    }
    return this.text;
  }

  /** The whole SSE frame of this message under `event` (the event name a subscriber's filter gives). */
  frame(event: string): string {
    let text = this.frames.get(event);
    if (text === undefined) {
      text = `id: ${this.message.row.position}\nevent: ${event}\ndata: ${this.json()}\n\n`;
      this.frames.set(event, text);
    }
    return text;
  }
}
