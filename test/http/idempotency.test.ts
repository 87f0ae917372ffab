import { expect } from 'chai';
import Database from 'better-sqlite3';
import { IdempotencyStore } from '../../src/http/idempotency.ts';
import type { Reply } from '../../src/http/route.ts';

const HOUR = 3_600_000;

describe('stored idempotent replies', () => {
  let db: Database.Database;
  let attempts: number;
  const attempt = async (): Promise<Reply> => ({ status: 201, body: { attempt: ++attempts } });
  beforeEach(() => {
    db = new Database(':memory:');
    attempts = 0;
  });
  afterEach(() => db.close());

  const at = (hours: number) => new Date(Date.UTC(2024, 0, 1) + hours * HOUR);

  it('replay the first reply for 24 h by default, then let the key be used afresh', async () => {
    const store = new IdempotencyStore(db);
    expect((await store.run('editor#1 POST /api/facts', 'k', { a: 1 }, at(0), attempt)).body).to.deep.equal({
      attempt: 1,
    });
    const replayed = await store.run('editor#1 POST /api/facts', 'k', { a: 1 }, at(23.9), attempt);
    expect(replayed.body).to.deep.equal({ attempt: 1 });
    expect(replayed.headers).to.include({ 'Idempotent-Replayed': 'true' });
    const afresh = await store.run('editor#1 POST /api/facts', 'k', { a: 2 }, at(24.1), attempt);
    expect(afresh.body, 'a new request, even with another body').to.deep.equal({ attempt: 2 });
    expect(afresh.headers ?? {}).not.to.have.property('Idempotent-Replayed');
  });

  it('keep replies as long as the TTL given, and delete expired ones as new ones are stored', async () => {
    const store = new IdempotencyStore(db, { ttlMs: 2 * HOUR });
    await store.run('s', 'old', {}, at(0), attempt);
    await store.run('s', 'kept', {}, at(1), attempt);
    expect((await store.run('s', 'kept', {}, at(2.5), attempt)).body).to.deep.equal({ attempt: 2 });
    await store.run('s', 'new', {}, at(2.5), attempt);
    const keys = db.prepare('SELECT key FROM http_idempotency ORDER BY key').pluck().all();
    expect(keys).to.deep.equal(['kept', 'new']);
  });
});
