import { expect } from 'chai';
import { execute } from '../../src/commands/execute.ts';
import { openChronicle } from '../../src/main.ts';
import { ReadCache } from '../../projections/readCache.ts';
import { NameResolver } from '../../projections/queries/entries.ts';
import { findingsAsOf } from '../../projections/queries/findingsAsOf.ts';
import { readTimeline } from '../../projections/queries/timelineQuery.ts';
import { inAnotherProcess, type OtherChronicle } from '../support/anotherProcess.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const alert = 'state-dept-report-to-sedena';

describe('the read cache shared between queries', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openDemoChronicle();
  });
  afterEach(async () => f.close());

  const sedena = (asOf?: string) =>
    readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena', ...(asOf ? { asOf } : {}) });
  const whenOf = (t: ReturnType<typeof sedena>, id: string) => t.entries.find((e) => e.factId === id)?.when.edtf;
  const revise = async (when: string) => {
    await execute(
      f.chronicle.write,
      'fact',
      alert,
      { type: 'ReviseFactDate', data: { factId: alert, when } },
      { metadata: { recordedBy: 'ana', reason: 'dated again' } },
    );
    await f.chronicle.runner.catchUp();
  };

  it('answers a page read again without a change from the entries the first read built', () => {
    const first = sedena();
    expect(f.chronicle.readModels().cache.size).to.equal(first.entries.length);
    expect(f.chronicle.readModels().keptNames.size).to.be.greaterThan(0);
    const second = sedena();
    expect(second).to.deep.equal(first);
    expect(second.entries[0]).to.equal(first.entries[0]);
  });

  it('shows a revision the runner applied on the same connection at the next read', async () => {
    expect(whenOf(sedena(), alert)).to.equal('?2022-04-22');
    await revise('2022-04-21');
    const after = sedena();
    expect(whenOf(after, alert)).to.equal('2022-04-21');
    expect(after.entries.find((e) => e.factId === alert)?.findings.map((x) => x.code)).to.include('relation-violated');
  });

  it('shows a change another connection committed to the same file at the next read', async () => {
    expect(whenOf(sedena(), alert)).to.equal('?2022-04-22');
    // A second Chronicle on the same store file (as a CLI would be beside the server): its own
    // connections write the event and the read models.
    const other = await openChronicle({ storeUrl: f.storeUrl, storeOptions: { synchronous: 'normal' } });
    try {
      await execute(
        other.write,
        'fact',
        alert,
        { type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-20' } },
        { metadata: { recordedBy: 'ana', reason: 'from the CLI' } },
      );
      await other.runner.catchUp();
    } finally {
      await other.close();
    }
    expect(whenOf(sedena(), alert)).to.equal('2022-04-20');
  });

  const fromAnotherProcess = (write: (other: OtherChronicle) => Promise<unknown>) =>
    inAnotherProcess(f.storeUrl, write);

  it('keeps, after another connection’s write, the entries that write did not touch', async () => {
    const all = () => readTimeline(f.chronicle.readModels(), { kind: 'all' });
    const before = all();
    // An entry outside the revised fact's component: neither its document nor its findings change.
    const { findings } = f.chronicle.readModels();
    const untouched = before.entries.find((e) => findings.componentOf(e.factId) !== findings.componentOf(alert))!;
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'fact',
        alert,
        { type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-20' } },
        { metadata: { recordedBy: 'ana', reason: 'from the CLI' } },
      ),
    );
    const after = all();
    expect(whenOf(after, alert)).to.equal('2022-04-20');
    expect(after.entries.find((e) => e.factId === untouched.factId)).to.equal(untouched);
    expect(after.entries.find((e) => e.factId === alert)).to.not.equal(before.entries.find((e) => e.factId === alert));
  });

  it('builds the entries again after another connection renames an actor, and keeps them across a rebuild that changed nothing', async () => {
    const before = sedena();
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'actor',
        'sedena',
        { type: 'RenameActor', data: { actorId: 'sedena', name: 'Defence ministry' } },
        { metadata: { recordedBy: 'ana', reason: 'from the CLI' } },
      ),
    );
    const renamed = sedena();
    expect(renamed.timeline.name).to.equal('Defence ministry');
    expect(renamed.entries[0]).to.not.equal(before.entries[0]);
    await fromAnotherProcess((other) => other.runner.rebuild());
    const rebuilt = sedena().entries[0];
    expect(rebuilt).to.equal(renamed.entries[0]);
  });

  it('keeps what a query reads inside a write transaction to that query', () => {
    const rm = f.chronicle.readModels();
    rm.transaction(() => rm.cache.scope().set('inside', 1));
    expect(rm.cache.scope().has('inside')).to.equal(false);
    rm.cache.scope().set('outside', 1);
    expect(rm.cache.scope().has('outside')).to.equal(true);
  });

  it('builds as-of findings for a whole page exactly as each fact re-checked alone', async () => {
    await revise('2022-04-21');
    const rm = f.chronicle.readModels();
    const seq = rm.checkpoint().seq;
    const page = readTimeline(rm, { kind: 'all', asOf: rm.checkpoint().position! });
    expect(page.entries.some((e) => e.findings.length > 0)).to.equal(true);
    for (const entry of page.entries) {
      expect(entry.findings, entry.factId).to.deep.equal(findingsAsOf(rm, [entry.factId], seq).get(entry.factId) ?? []);
    }
    const current = readTimeline(rm, { kind: 'all' });
    expect(page.entries.map((e) => e.findings)).to.deep.equal(current.entries.map((e) => e.findings));
  });

  it('reads a page longer than the cache holds whole, in order', () => {
    const rm = f.chronicle.readModels();
    const ids = readTimeline(rm, { kind: 'all' }).entries.map((e) => e.factId);
    const names = new NameResolver(
      rm,
      new ReadCache(
        () => 'unchanged',
        () => false,
        3,
      ).scope(),
    );
    expect(names.entriesOf(ids).map((e) => e.factId)).to.deep.equal(ids);
    expect(names.entriesOf(ids).map((e) => e.factId)).to.deep.equal(ids);
  });
});

describe('ReadCache', () => {
  it('keeps at most its capacity, dropping the oldest first', () => {
    const cache = new ReadCache(
      () => 'unchanged',
      () => false,
      2,
    );
    const scope = cache.scope();
    scope.set('a', 1);
    scope.set('b', 2);
    scope.set('c', 3);
    expect(['a', 'b', 'c'].map((k) => scope.has(k))).to.deep.equal([false, true, true]);
    expect(scope.peek('c')).to.equal(3);
    scope.set('d', 4);
    expect(['b', 'c', 'd'].map((k) => scope.has(k))).to.deep.equal([false, true, true]);
    expect(cache.size).to.equal(2);
  });

  it('shares nothing with a capacity of 0', () => {
    const cache = new ReadCache(
      () => 'unchanged',
      () => false,
      0,
    );
    cache.scope().set('a', 1);
    expect(cache.scope().has('a')).to.equal(false);
  });

  it('starts empty when the write token moved, and keeps through its own write only what it did not make stale', () => {
    let token = 't1';
    const cache = new ReadCache(
      () => token,
      () => false,
      10,
    );
    cache.scope().set('a', 1);
    cache.scope().set('b', 2);
    token = 't2'; // this connection's write: found t1, left t2, made `a` stale
    cache.afterWrite('t1', 't2', new Set(['a']));
    expect(['a', 'b'].map((k) => cache.scope().has(k))).to.deep.equal([false, true]);
    token = 't3'; // another connection's write
    expect(cache.scope().has('b')).to.equal(false);
    cache.scope().set('c', 3);
    cache.afterWrite('t-other', 't4', new Set()); // someone wrote between the cache's read and this write
    token = 't4';
    expect(cache.scope().has('c')).to.equal(false);
  });
  it('drops after another connection’s writes the keys they made stale, or everything when it cannot tell', () => {
    let token = 't1';
    const log = new Map<string, { before: string; stale: ReadonlySet<string> | 'all' }>([
      ['t2', { before: 't1', stale: new Set(['a']) }],
      ['t3', { before: 't2', stale: new Set(['b']) }],
      ['t4', { before: 't3', stale: 'all' }],
    ]);
    const cache = new ReadCache(
      () => token,
      () => false,
      10,
      (from, to) => {
        const keys = new Set<string>();
        for (let at = to; at !== from; at = log.get(at)!.before) {
          const { stale } = log.get(at) ?? { stale: 'all' as const };
          if (stale === 'all') return 'all';
          for (const k of stale) keys.add(k);
        }
        return keys;
      },
    );
    for (const k of ['a', 'b', 'c']) cache.scope().set(k, 1);
    token = 't3';
    expect(['a', 'b', 'c'].map((k) => cache.scope().has(k))).to.deep.equal([false, false, true]);
    token = 't4';
    expect(cache.scope().has('c')).to.equal(false);
  });
});
