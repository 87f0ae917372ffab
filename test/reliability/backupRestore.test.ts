import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openChronicle } from '../../src/main.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { openLogFile } from '../../src/store/sqlite/backupFile.ts';
import { readFactHistory } from '../../projections/queries/factQuery.ts';
import { cli } from '../support/cliHarness.ts';
import { execute } from '../../src/commands/execute.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FACT = 'salazar-letter-to-ebrard';
const dateOf = (i: number) => new Date(Date.UTC(2021, 0, 1 + (i % 300))).toISOString().slice(0, 10);

/** Revises the fact over HTTP, one request after another, until `stop()`; counts its writes. */
function keepWriting(f: HttpFixture) {
  let running = true;
  let writes = 0;
  const done = (async () => {
    while (running) {
      const r = await f.request('POST', `/api/facts/${FACT}/date`, {
        body: { when: dateOf(writes), reason: `writer pass ${writes}` },
      });
      if (r.status !== 200) throw new Error(`the writer got ${r.status}: ${r.text}`);
      writes += 1;
    }
  })();
  return {
    get writes() {
      return writes;
    },
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Everything a reader sees of a store: every timeline entry (retracted too) and one fact's history. */
async function viewOf(storeUrl: string, asOf?: string) {
  const chronicle = await openChronicle({ storeUrl });
  try {
    await chronicle.runner.catchUp();
    const rm = chronicle.readModels();
    const timeline = readTimeline(rm, { kind: 'all', includeRetracted: true, ...(asOf ? { asOf } : {}) });
    const history = (await readFactHistory(rm, chronicle.store, FACT)).filter(
      (e) => asOf === undefined || BigInt(e.position) <= BigInt(asOf),
    );
    return {
      entries: timeline.entries,
      history: history.map(({ eventId, type, data, recordedAt, recordedBy, reason }) => ({
        eventId,
        type,
        data,
        recordedAt,
        recordedBy,
        reason,
      })),
    };
  } finally {
    await chronicle.close();
  }
}

describe('chronicle backup and restore', function () {
  this.timeout(60_000);
  let f: HttpFixture;
  beforeEach(async () => (f = await startTestServer()));
  afterEach(async () => f.close());

  it('backs up a consistent snapshot from another process while the server keeps writing', async () => {
    const backup = f.dir.file('backup.db');
    const before = await f.chronicle.store.headPosition();
    const writer = keepWriting(f);
    const { stdout } = await promisify(execFile)(
      `${root}/bin/chronicle`,
      ['--json', '--store', f.storeUrl, 'backup', backup],
      { cwd: f.dir.path },
    );
    const writesDuringBackup = writer.writes;
    await writer.stop();
    expect(writesDuringBackup, 'the server wrote while the backup process ran').to.be.greaterThan(0);

    const report = JSON.parse(stdout);
    console.log(
      `      backup of ${report.events} events while the server wrote ${writesDuringBackup} revisions; the live log then held ${(await f.chronicle.store.readAll({ maxCount: 1_000_000 })).length}`,
    );
    const copy = openLogFile(backup);
    try {
      expect(copy.events).to.equal(report.events);
      expect(BigInt(report.headPosition) >= BigInt(before!)).to.equal(true);
      // A snapshot: exactly the live log's first `events` events, none torn, none from later.
      const live = await f.chronicle.store.readAll({ maxCount: 1_000_000 });
      const backedUp = copy.readAll({ maxCount: 1_000_000 });
      expect(backedUp.length).to.equal(report.events);
      expect(backedUp).to.deep.equal(live.slice(0, backedUp.length));
    } finally {
      copy.close();
    }
  });

  it('restores into an empty store the same timelines and history, and the restored store takes new writes', async () => {
    const writer = keepWriting(f);
    while (writer.writes < 5) await f.request('GET', '/health');
    await writer.stop();
    const backup = f.dir.file('backup.db');
    expect((await cli(f.storeUrl, f.dir.path, 'backup', backup)).code).to.equal(0);
    const head = (await f.chronicle.store.headPosition())!;

    const restoredUrl = `sqlite:${f.dir.file('restored.db')}`;
    const restore = await cli(restoredUrl, f.dir.path, '--json', 'restore', backup);
    expect(restore.stderr).to.equal('');
    expect(JSON.parse(restore.stdout)).to.include({ kept: 0, copied: Number(head), events: Number(head) });
    expect(await viewOf(restoredUrl)).to.deep.equal(await viewOf(f.storeUrl));

    // (Through the store's own id source: the CLI harness's counting ids would repeat the writer's.)
    const chronicle = await openChronicle({ storeUrl: restoredUrl });
    const written = await execute(
      chronicle.write,
      'fact',
      FACT,
      { type: 'ReviseFactDate', data: { factId: FACT, when: '2022-04-20' } },
      { metadata: { recordedBy: 'test', reason: 'after the restore' } },
    );
    await chronicle.close();
    expect(written.position).to.equal(String(Number(head) + 1));
    const restored = await viewOf(restoredUrl);
    expect(restored.history.at(-1)).to.include({ type: 'FactDateRevised', reason: 'after the restore' });
    expect(restored.history).to.have.length((await viewOf(f.storeUrl)).history.length + 1);
  });

  it('restores an older backup to the timeline as it stood then', async () => {
    const backup = f.dir.file('old.db');
    expect((await cli(f.storeUrl, f.dir.path, 'backup', backup)).code).to.equal(0);
    const then = (await f.chronicle.store.headPosition())!;
    const writer = keepWriting(f);
    while (writer.writes < 3) await f.request('GET', '/health');
    await writer.stop();

    const restoredUrl = `sqlite:${f.dir.file('restored.db')}`;
    expect((await cli(restoredUrl, f.dir.path, 'restore', backup)).code).to.equal(0);
    expect(await viewOf(restoredUrl)).to.deep.equal(await viewOf(f.storeUrl, then));
  });

  it('finishes an interrupted restore, and refuses a store that holds another log without writing to it', async () => {
    const older = f.dir.file('older.db');
    expect((await cli(f.storeUrl, f.dir.path, 'backup', older)).code).to.equal(0);
    const writer = keepWriting(f);
    while (writer.writes < 3) await f.request('GET', '/health');
    await writer.stop();
    const newer = f.dir.file('newer.db');
    expect((await cli(f.storeUrl, f.dir.path, 'backup', newer)).code).to.equal(0);

    // A restore of the older backup is the start of the newer one's log: the restore completes it.
    const partlyRestored = `sqlite:${f.dir.file('partly.db')}`;
    expect((await cli(partlyRestored, f.dir.path, 'restore', older)).code).to.equal(0);
    const finish = await cli(partlyRestored, f.dir.path, '--json', 'restore', newer);
    const olderLog = openLogFile(older);
    expect(JSON.parse(finish.stdout)).to.include({ kept: olderLog.events, copied: writer.writes });
    olderLog.close();
    expect(await viewOf(partlyRestored)).to.deep.equal(await viewOf(f.storeUrl));

    // A store with a different log is refused before a single write: the same dossier, then another revision.
    const other = `sqlite:${f.dir.file('other.db')}`;
    expect(
      (
        await cli(
          other,
          f.dir.path,
          'import',
          fileURLToPath(new URL('../../examples/nuctech-border-scanners.json', import.meta.url)),
        )
      ).code,
    ).to.equal(0);
    const chronicle = await openChronicle({ storeUrl: other });
    await execute(
      chronicle.write,
      'fact',
      FACT,
      { type: 'ReviseFactDate', data: { factId: FACT, when: '2022-04-20' } },
      { metadata: { recordedBy: 'someone else' } },
    );
    await chronicle.close();
    const otherBefore = openLogFile(f.dir.file('other.db'));
    const eventsBefore = otherBefore.events;
    otherBefore.close();
    const refused = await cli(other, f.dir.path, 'restore', newer);
    expect(refused.code).to.equal(2);
    expect(refused.stderr).to.match(/not empty and is not an interrupted copy of this log/);
    const otherAfter = openLogFile(f.dir.file('other.db'));
    expect(otherAfter.events).to.equal(eventsBefore);
    otherAfter.close();
  });

  it('refuses to overwrite a file, and refuses a file that is not a Chronicle store, naming it', async () => {
    const taken = f.dir.file('taken.db');
    writeFileSync(taken, 'not a database');
    const overwrite = await cli(f.storeUrl, f.dir.path, 'backup', taken);
    expect(overwrite.code).to.equal(2);
    expect(overwrite.stderr).to.match(/already exists/);
    const notAStore = await cli(`sqlite:${f.dir.file('fresh.db')}`, f.dir.path, 'restore', taken);
    expect(notAStore.code).to.equal(2);
    expect(notAStore.stderr).to.match(/file: .*taken\.db is not a readable SQLite database/);
    expect(existsSync(`${taken}.partial`)).to.equal(false);
  });
});
