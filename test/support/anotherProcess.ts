import Database from 'better-sqlite3';
import { openChronicle } from '../../src/main.ts';
import { readTimeline, type TimelineQuery } from '../../projections/queries/timelineQuery.ts';

export type OtherChronicle = Awaited<ReturnType<typeof openChronicle>>;

/** Runs `write` on a second Chronicle on the same store (as a CLI beside the server), caught up. */
export async function inAnotherProcess(
  storeUrl: string,
  write: (other: OtherChronicle) => Promise<unknown>,
): Promise<void> {
  const other = await openChronicle({ storeUrl, storeOptions: { synchronous: 'normal' } });
  try {
    await write(other);
    await other.runner.catchUp();
  } finally {
    await other.close();
  }
}

/** The page built afresh: what the same read models give a connection that has kept nothing. */
export async function freshTimeline(storeUrl: string, query: TimelineQuery) {
  const other = await openChronicle({ storeUrl, storeOptions: { synchronous: 'normal' } });
  try {
    return readTimeline(other.readModels(), query);
  } finally {
    await other.close();
  }
}

/** Runs `sql` on the SQLite file from a connection of its own, as another program would. */
export function onTheFile(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.prepare(sql).run();
  } finally {
    db.close();
  }
}
