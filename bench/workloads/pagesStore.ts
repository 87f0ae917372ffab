import { Agent, request } from 'node:http';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { openChronicle } from '../../src/main.ts';
import { generateDossier } from '../../test/support/generators/generateDossier.ts';
import { now } from '../measure.ts';
import type { Log } from '../progress.ts';
import { eventsForFacts, hubShareFor } from '../sizes.ts';

/** The HTTP pages benchmarks' store: a generated dossier imported and projected into the SQLite file at `path`. */
export interface PagesStore {
  /** The actor with the most facts: its first 100-entry page is the page the benchmarks ask for. */
  readonly hub: string;
  /** The actor with the fewest facts: the benchmarks' writes go to it. */
  readonly other: string;
}

export async function makePagesStore(
  path: string,
  options: { readonly facts: number; readonly seed: number },
  log: Log,
): Promise<PagesStore> {
  log(`generating and importing ~${options.facts.toLocaleString('en-US')} facts (seed ${options.seed})`);
  const chronicle = await openChronicle({ storeUrl: `sqlite:${path}` });
  try {
    const { dossier } = generateDossier({
      targetEvents: eventsForFacts(options.facts),
      seed: options.seed,
      hubShare: hubShareFor(options.facts),
    });
    await importDossier(chronicle.write, dossier, { metadata: { recordedBy: 'bench', reason: 'pages benchmark' } });
    await chronicle.runner.catchUp();
    const rm = chronicle.readModels();
    const counts = rm.db
      .prepare(
        `SELECT timeline_id AS id, count(*) AS n FROM ${rm.prefix}timeline WHERE kind = 'actor' AND to_seq IS NULL
         GROUP BY timeline_id ORDER BY n DESC, id`,
      )
      .all() as { id: string; n: number }[];
    log(
      `the page: the first 100 entries of ${counts[0]!.id} (${counts[0]!.n} facts); writes go to ${counts.at(-1)!.id}`,
    );
    return { hub: counts[0]!.id, other: counts.at(-1)!.id };
  } finally {
    await chronicle.close();
  }
}

export interface PageAnswer {
  readonly status: number;
  readonly bytes: number;
  readonly etag: string | undefined;
  readonly ms: number;
}

/** One GET on `agent`'s connection: status, bytes received, ETag and the time to the last byte. */
export function getPage(agent: Agent, url: string, headers: Record<string, string> = {}): Promise<PageAnswer> {
  return new Promise((resolve, reject) => {
    const start = now();
    const req = request(url, { agent, method: 'GET', headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, etag: res.headers.etag, ms: now() - start }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Replaces the read models' write token of the file at `db` with nothing in the write log, as a rebuild or a restore does. */
export function tokenReplacer(db: import('better-sqlite3').Database): (token: string) => void {
  const table = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%meta'`)
    .pluck()
    .get() as string;
  const replace = db.prepare(`UPDATE ${table} SET value = ? WHERE key = 'write-token'`);
  return (token) => void replace.run(token);
}
