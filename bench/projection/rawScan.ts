import Database from 'better-sqlite3';

/**
 * The floor of any projection: read every event in log order, in pages like the runner's, and
 * parse its JSON payloads — nothing decoded, projected or written. Returns the event count.
 */
export function rawScan(path: string, pageSize: number): number {
  const db = new Database(path, { readonly: true });
  try {
    const page =
      db.prepare(`SELECT e.position, s.name AS stream_name, e.revision, e.event_id, e.type, e.data, e.metadata
      FROM events e JOIN streams s ON s.stream_id = e.stream_id WHERE e.position > ? ORDER BY e.position LIMIT ?`);
    let after = 0;
    let count = 0;
    let sink = 0;
    for (;;) {
      const rows = page.all(after, pageSize) as { position: number; data: string; metadata: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const data = JSON.parse(row.data) as object;
        const metadata = JSON.parse(row.metadata) as object;
        if (data && metadata) sink += 1;
      }
      count += rows.length;
      after = rows.at(-1)!.position;
    }
    if (sink !== count) throw new Error('unreachable');
    return count;
  } finally {
    db.close();
  }
}
