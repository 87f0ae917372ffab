import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { EsdbStandIn } from '../support/esdbStandIn/EsdbStandIn.ts';
import { until } from '../support/esdbStandIn/chronicleOnStandIn.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';

const BIN = fileURLToPath(new URL('../../bin/chronicle', import.meta.url));

/**
 * SIGTERM while the store is frozen: a real `chronicle serve` process on the stand-in. The write in
 * flight gets an answer (503, nothing recorded) instead of a cut connection, the process exits by
 * itself, and nothing is logged at error level — in particular not a request that outlived the
 * read-model database ("The database connection is not open").
 */
describe('chronicle serve, stopped with SIGTERM while the store is frozen', function () {
  this.timeout(60_000);
  let standIn: EsdbStandIn;
  let dir: TempDir;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    standIn = await EsdbStandIn.start();
    dir = await createTempDir('chronicle-sigterm-');
  });
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    standIn.proxy.thaw();
    await standIn.stop();
    await dir.remove();
  });

  it('answers the request in flight, exits 0, and logs no error', async () => {
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-demo'], {
      env: {
        ...process.env,
        CHRONICLE_STORE: standIn.connectionString,
        CHRONICLE_READ_MODELS: `sqlite:${dir.file('readmodels.db')}`,
        CHRONICLE_STORE_TIMEOUT: '2s',
        CHRONICLE_TSX: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = once(child, 'exit');
    await until(() => /serving on (http:\/\/\S+)/.test(stderr) || child!.exitCode !== null);
    const url = /serving on (http:\/\/\S+)/.exec(stderr)?.[1];
    expect(url, stderr).to.be.a('string');
    const post = (id: string) =>
      fetch(`${url}/api/facts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id, summary: `Fact ${id}`, when: '2022' }),
      });
    expect((await post('before')).status).to.equal(201);

    standIn.proxy.freeze();
    const held = standIn.proxy.held;
    const inFlight = post('during');
    await until(() => standIn.proxy.held > held);
    const stopping = performance.now();
    child.kill('SIGTERM');
    const answer = await inFlight;
    const answered = performance.now() - stopping;
    const [code] = await exited;
    console.log(
      `      SIGTERM with the store frozen (deadline 2 s): the request in flight answered ${answered.toFixed(0)} ms later, the process exited after ${(performance.now() - stopping).toFixed(0)} ms`,
    );

    expect(answer.status).to.equal(503);
    expect(((await answer.json()) as { writeOutcome: string }).writeOutcome).to.equal('not-recorded');
    expect(code).to.equal(0);
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: { message?: string } });
    expect(lines.some((l) => /shutting down/.test(l.msg))).to.equal(true);
    expect(lines.filter((l) => l.level >= 50).map((l) => `${l.msg} ${l.err?.message ?? ''}`)).to.deep.equal([]);
    expect(stdout).not.to.match(/connection is not open/);
  });
});
