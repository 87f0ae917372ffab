import { expect } from 'chai';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Child, compileChild } from './parent.ts';

const EXAMPLE = fileURLToPath(new URL('./exampleChild.ts', import.meta.url));

type ExampleMessage = { type: 'ready'; args: string[] } | { type: 'stopping' } | { type: 'reply' };

/** The one child-process harness of the crash test and the benchmarks' server children. */
describe('a child process started by the harness', function () {
  this.timeout(60_000);

  it('says ready with its arguments, answers calls with results and errors, and exits after stop', async () => {
    const child = new Child<ExampleMessage>({ module: EXAMPLE, args: ['--store', 'x.db'] });
    expect(await child.next('ready')).to.deep.equal({ type: 'ready', args: ['--store', 'x.db'] });
    expect(await Promise.all([child.call('echo', 'one'), child.call('echo', 'two')])).to.deep.equal([
      'echo one',
      'echo two',
    ]);
    let error: unknown;
    await child.call('fail', 'store').catch((e: unknown) => (error = e));
    expect(String(error)).to.equal('Error: exampleChild.ts: no store here');
    await child.call('unknown').catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/does not answer unknown/);
    await child.stop();
    expect(await child.exited).to.deep.equal({ code: 0, signal: null });
    expect(child.messages.map((m) => m.type)).to.include('stopping');
    await child.call('echo', 'late').catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/has exited/);
  });

  it('stops when its input ends, as when the parent goes away', async () => {
    const child = new Child<ExampleMessage>({ module: EXAMPLE });
    await child.next('ready');
    child.endInput();
    expect(await child.exited).to.deep.equal({ code: 0, signal: null });
    expect(child.messages.map((m) => m.type)).to.deep.equal(['ready', 'stopping']);
  });

  it('says why when the child exits before it is ready: its status and its stderr', async () => {
    const child = new Child<ExampleMessage>({ module: EXAMPLE, args: ['die'] });
    let error: unknown;
    await child.next('ready').catch((e: unknown) => (error = e));
    expect(String(error)).to.match(/exampleChild\.ts exited \(3\) before it said ready:\ncannot start: no such store/);
  });

  it('runs the same child compiled ahead of time, and kills it on request', async () => {
    const compiled = await compileChild(EXAMPLE, `example-child-${process.pid}`);
    try {
      const child = new Child<ExampleMessage>({ module: compiled, args: ['compiled'] });
      expect(await child.next('ready')).to.deep.equal({ type: 'ready', args: ['compiled'] });
      expect(await child.call('echo', 'compiled')).to.equal('echo compiled');
      child.kill();
      expect(await child.exited).to.deep.equal({ code: null, signal: 'SIGKILL' });
    } finally {
      rmSync(compiled, { force: true });
    }
  });
});
