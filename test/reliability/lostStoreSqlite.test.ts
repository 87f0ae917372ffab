import { expect } from 'chai';
import { copyFileSync } from 'node:fs';
import { pino } from 'pino';
import { runCli } from '../../src/cli/runCli.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import { countingIds, testClock } from '../support/chronicleFixture.ts';
import { metadata } from '../support/demoDossier.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const record = (chronicle: Chronicle, id: string) =>
  importDossier(chronicle.write, { facts: [{ id, summary: `Fact ${id}`, when: '2022' }] }, { metadata });

/**
 * The same check on the embedded store, where it makes sense: a SQLite store file restored from
 * an older backup under read models kept in their own file (`CHRONICLE_READ_MODELS`). Found when
 * Chronicle starts; `chronicle rebuild`, run beside the server, ends it.
 */
describe('Chronicle on a SQLite store restored from an older backup', function () {
  this.timeout(20_000);
  let dir: TempDir;
  let storeUrl: string;
  let readModelsUrl: string;
  const opened: Chronicle[] = [];
  let server: RunningServer | undefined;
  const open = async () => {
    const chronicle = await openChronicle({ storeUrl, readModelsUrl, clock: testClock(), newId: countingIds() });
    opened.push(chronicle);
    return chronicle;
  };
  const cli = async (...argv: string[]) => {
    let stderr = '';
    const code = await runCli(argv, {
      stdout: () => {},
      stderr: (t) => void (stderr += t),
      env: { CHRONICLE_STORE: storeUrl, CHRONICLE_READ_MODELS: readModelsUrl },
      isTTY: false,
      cwd: dir.path,
    });
    return { code, stderr };
  };

  beforeEach(async () => {
    dir = await createTempDir('chronicle-restored-');
    storeUrl = `sqlite:${dir.file('store.db')}`;
    readModelsUrl = `sqlite:${dir.file('readmodels.db')}`;
    const first = await open();
    await record(first, 'kept');
    await first.runner.catchUp();
    await first.close();
    copyFileSync(dir.file('store.db'), dir.file('backup.db'));
    const second = await open();
    await record(second, 'lost');
    await second.runner.catchUp();
    await second.close();
    copyFileSync(dir.file('backup.db'), dir.file('store.db'));
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    for (const chronicle of opened.splice(0)) await chronicle.close().catch(() => {});
    await dir.remove();
  });

  it('is found at start: /health names the fix, writes are refused, the CLI says what to do', async () => {
    const chronicle = await open();
    server = await startServer({
      chronicle,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      port: 0,
    });
    const health = await fetch(`${server.url}/health`);
    expect(health.status).to.equal(503);
    const body = (await health.json()) as Record<string, string>;
    expect(body.status).to.equal('store-behind-read-models');
    expect(body.fix).to.match(/chronicle rebuild/);
    const write = await fetch(`${server.url}/api/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'new', summary: 'New', when: '2022' }),
    });
    expect(write.status).to.equal(503);
    expect(((await write.json()) as Record<string, string>).type).to.equal('/problems/store-behind-read-models');

    const timeline = await cli('timeline');
    expect(timeline.code).to.equal(2);
    expect(timeline.stderr).to.match(/no longer holds event .*run `chronicle rebuild`/);
  });

  it('ends with `chronicle rebuild` run beside the server, which then follows the log again', async () => {
    const chronicle = await open();
    const resets: string[] = [];
    chronicle.runner.onReset((reason) => resets.push(reason));
    server = await startServer({
      chronicle,
      logger: pino({ level: 'silent' }),
      tokens: parseTokens('', 'test'),
      port: 0,
    });
    expect(chronicle.runner.storeLost).to.be.a('string');
    expect(resets).to.have.length(1);
    expect((await cli('rebuild')).code).to.equal(0);
    await new Promise<void>((resolve) => {
      const check = () => (resets.some((r) => r.includes('again')) ? resolve() : setImmediate(check));
      check();
    });
    expect(chronicle.runner.storeLost).to.equal(undefined);
    const write = await fetch(`${server.url}/api/facts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'new', summary: 'New', when: '2022' }),
    });
    expect(write.status).to.equal(201);
    expect((await fetch(`${server.url}/api/facts/lost`)).status).to.equal(404);
    expect((await fetch(`${server.url}/api/facts/kept`)).status).to.equal(200);
  });
});
