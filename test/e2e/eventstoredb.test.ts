import { expect } from 'chai';
import { pino } from 'pino';
import { readFact, readFactHistory } from '../../projections/queries/factQuery.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { runCli } from '../../src/cli/runCli.ts';
import { execute } from '../../src/commands/execute.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer } from '../../src/http/server.ts';
import { openChronicle, readModelsPathOf, type Chronicle } from '../../src/main.ts';
import { EventStoreDbStore } from '../../src/store/eventstoredb/EventStoreDbStore.ts';
import { testClock } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { RawEventStream } from '../support/sseClient.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const REPORT = 'state-dept-report-to-sedena'; // ?2022-04-22, linked to sedena
const INSTALLS = 'mexico-installs-nuctech-equipment';

/**
 * Everything the CLI and the HTTP API do, once, on an EventStoreDB store — the gRPC stand-in
 * reached by the real client with `esdb://127.0.0.1:<port>?tls=false` — with the read models in
 * local SQLite files. The specs run in order and build on each other, like a user session.
 */
describe('Chronicle on EventStoreDB, end to end (gRPC stand-in)', () => {
  let standIn: EsdbStandIn;
  let dir: TempDir;
  let first: Chronicle;
  const opened: Chronicle[] = [];

  /** A Chronicle process on the stand-in with its own read-model file. Ids are the default UUID v7s. */
  async function chronicleWith(readModels: string): Promise<Chronicle> {
    const chronicle = await openChronicle({
      storeUrl: standIn.connectionString,
      readModelsUrl: `sqlite:${dir.file(readModels)}`,
      clock: testClock(),
      storeOptions: { eventStoreDb: { backoff: { initialDelayMs: 5, maxDelayMs: 20 } } },
    });
    opened.push(chronicle);
    return chronicle;
  }
  const entriesOf = (chronicle: Chronicle, query: Parameters<typeof readTimeline>[1]) =>
    readTimeline(chronicle.readModels(), query).entries.map((entry) => `${entry.factId} ${entry.when.edtf}`);

  before(async () => {
    standIn = await EsdbStandIn.start();
    dir = await createTempDir('chronicle-esdb-');
    first = await chronicleWith('readmodels-first.db');
  });
  after(async () => {
    for (const chronicle of opened.reverse()) await chronicle.close();
    await standIn.stop();
    await dir.remove();
  });

  it('keeps the read models of an EventStoreDB store in a local SQLite file named after the URL, unless told where', () => {
    expect(readModelsPathOf('esdb://127.0.0.1:2113?tls=false')).to.equal(
      './data/readmodels-esdb-127-0-0-1-2113-tls-false.db',
    );
    expect(readModelsPathOf(standIn.connectionString, 'sqlite:/var/lib/chronicle/rm.db')).to.equal(
      '/var/lib/chronicle/rm.db',
    );
    expect(first.store).to.be.instanceOf(EventStoreDbStore);
  });

  it('imports the demo dossier, and a second import changes nothing', async () => {
    const report = await importDossier(first.write, demoDossier(), { metadata });
    expect(report.rejected).to.deep.equal([]);
    expect(report.facts.created).to.equal(8);
    expect(standIn.log.stream(`fact-${REPORT}`)).to.have.length.above(0);
    const again = await importDossier(first.write, demoDossier(), { metadata });
    expect(again.appended).to.equal(0);
  });

  it('reads the chronology and an actor’s timeline from the read models', async () => {
    await first.runner.catchUp();
    expect(entriesOf(first, { kind: 'all' })).to.have.length(8);
    expect(entriesOf(first, { kind: 'actor', id: 'sedena' })).to.include(`${REPORT} ?2022-04-22`);
  });

  it('revises a date: a new event, the timeline follows, the history keeps both', async () => {
    const result = await execute(
      first.write,
      'fact',
      REPORT,
      { type: 'ReviseFactDate', data: { factId: REPORT, when: '?2022-04-21' } },
      {
        metadata: { recordedBy: 'test-editor', reason: 'the source dates it April 21' },
      },
    );
    expect(result.position).to.match(/^\d+:\d+$/);
    await first.runner.catchUp();
    expect(readFact(first.readModels(), REPORT).when.edtf).to.equal('?2022-04-21');
    expect((await readFactHistory(first.readModels(), first.store, REPORT)).length).to.be.at.least(2);
  });

  it('serves the API and the live feed: a revision reaches an SSE subscriber with its position as id', async () => {
    const server = await startServer({
      chronicle: first,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      host: '127.0.0.1',
      port: 0,
    });
    const feed = await RawEventStream.open(`${server.url}/api/updates?actor=sedena`);
    try {
      const timeline = await fetch(`${server.url}/api/timelines?actor=sedena`);
      expect(timeline.status).to.equal(200);
      expect(((await timeline.json()) as { entries: { factId: string }[] }).entries.map((e) => e.factId)).to.include(
        REPORT,
      );

      const revised = await fetch(`${server.url}/api/facts/${REPORT}/date`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ when: '2022-04-22', reason: 'the year is confirmed' }),
      });
      expect(revised.status, await revised.clone().text()).to.equal(200);
      await feed.waitFor((text) => /event: entry-changed\n(?:.*\n)*?data: .*\n\n/.test(text));
      const id = /^id: (.+)$/m.exec(feed.text)?.[1];
      expect(id).to.match(/^\d+:\d+$/);
      expect(feed.text).to.contain(`"factId":"${REPORT}"`);
    } finally {
      feed.destroy();
      await server.close();
    }
  });

  it('runs the CLI with --store esdb://…', async () => {
    const run = async (...argv: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(['--store', standIn.connectionString, ...argv], {
        stdout: (text) => void (stdout += text),
        stderr: (text) => void (stderr += text),
        env: { CHRONICLE_READ_MODELS: `sqlite:${dir.file('readmodels-cli.db')}`, CHRONICLE_USER: 'cli-editor' },
        isTTY: false,
        cwd: dir.path,
        clock: testClock(),
      });
      return { code, stdout, stderr };
    };
    const timeline = await run('--json', 'timeline', '--actor', 'sedena');
    expect(timeline.code, timeline.stderr).to.equal(0);
    expect(JSON.parse(timeline.stdout).entries.map((e: { factId: string }) => e.factId)).to.include(REPORT);

    const revised = await run('revise', INSTALLS, '--when', '2022-06', '--reason', 'the contract says June');
    expect(revised.code, revised.stderr).to.equal(0);
    expect(revised.stdout).to.contain('2022-06');

    const rebuilt = await run('rebuild');
    expect(rebuilt.code, rebuilt.stderr).to.equal(0);
    expect(rebuilt.stdout).to.match(/Rebuilt the read models from \d+ events/);
  });

  it('keeps a second Chronicle with its own read models in step with the first', async () => {
    const second = await chronicleWith('readmodels-second.db');
    await second.runner.start();
    await first.runner.catchUp();
    expect(entriesOf(second, { kind: 'all' })).to.deep.equal(entriesOf(first, { kind: 'all' }));

    const result = await execute(
      first.write,
      'fact',
      INSTALLS,
      { type: 'ReviseFactDate', data: { factId: INSTALLS, when: '2022-07' } },
      {
        metadata: { recordedBy: 'test-editor', reason: 'delivery was in July' },
      },
    );
    await second.runner.waitFor(result.position!);
    await first.runner.catchUp();
    expect(readFact(second.readModels(), INSTALLS).when.edtf).to.equal('2022-07');
    expect(entriesOf(second, { kind: 'all' })).to.deep.equal(entriesOf(first, { kind: 'all' }));
  });

  it('resumes from its checkpoint when reopened, and rebuilds to the same timelines', async () => {
    const before = first.readModels().checkpoint();
    const timeline = entriesOf(first, { kind: 'all' });
    await first.close();
    opened.splice(opened.indexOf(first), 1);
    const reopened = await chronicleWith('readmodels-first.db');
    expect(reopened.readModels().checkpoint()).to.deep.equal(before);
    expect(await reopened.runner.catchUp()).to.equal(0);

    const events = await reopened.store.readAll({ maxCount: 100_000 });
    expect(await reopened.runner.rebuild()).to.equal(events.length);
    expect(entriesOf(reopened, { kind: 'all' })).to.deep.equal(timeline);
  });
  it('backs up the EventStoreDB log into a SQLite file that restores to the same timelines', async () => {
    const io = (sink: { out: string; err: string }) => ({
      stdout: (text: string) => void (sink.out += text),
      stderr: (text: string) => void (sink.err += text),
      env: { CHRONICLE_READ_MODELS: `sqlite:${dir.file('readmodels-backup.db')}` },
      isTTY: false,
      cwd: dir.path,
    });
    const source = await chronicleWith('readmodels-before-backup.db');
    await source.runner.catchUp();
    const backup = { out: '', err: '' };
    expect(
      await runCli(['--json', '--store', standIn.connectionString, 'backup', dir.file('esdb-backup.db')], io(backup)),
      backup.err,
    ).to.equal(0);
    const events = await source.store.readAll({ maxCount: 100_000 });
    expect(JSON.parse(backup.out).events).to.equal(events.length);

    const restore = { out: '', err: '' };
    const restoredUrl = `sqlite:${dir.file('restored-from-esdb.db')}`;
    expect(
      await runCli(['--store', restoredUrl, 'restore', dir.file('esdb-backup.db')], { ...io(restore), env: {} }),
      restore.err,
    ).to.equal(0);
    const restored = await openChronicle({ storeUrl: restoredUrl });
    opened.push(restored);
    expect(entriesOf(restored, { kind: 'all' })).to.deep.equal(entriesOf(source, { kind: 'all' }));
    expect(
      (await restored.store.readAll({ maxCount: 100_000 })).map((e) => [e.id, e.streamName, e.revision]),
    ).to.deep.equal(events.map((e) => [e.id, e.streamName, e.revision]));
  });
});
