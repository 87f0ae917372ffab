import { expect } from 'chai';
import { join } from 'node:path';
import type { CommittedEvents } from '../../src/store/port.ts';
import { openSqliteEventStore, type SqliteEventStore } from '../../src/store/sqlite/SqliteEventStore.ts';
import { createTempDir, type TempDir } from '../support/tempDir.ts';
import { anEvent, Recorder, someEvents } from './contract/fixtures.ts';

describe("SqliteEventStore: a commit's events from memory", () => {
  let dir: TempDir;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = await createTempDir();
    // Polling only when a test asks for it: each wake-up below is an append through a store object.
    store = openSqliteEventStore({ path: join(dir.path, 'log.db'), pollIntervalMs: 60_000 });
  });
  afterEach(async () => {
    await store.close();
    await dir.remove();
  });

  describe('onCommit', () => {
    it('reports the appends of one turn as one commit, after the head before it, before they resolve', async () => {
      await store.append('fact-0', [anEvent()]);
      const commits: CommittedEvents[] = [];
      store.onCommit((commit) => commits.push(commit));
      const first = store.append('fact-1', someEvents(2)).then((result) => [result.position, commits.length]);
      const second = store.append('fact-2', [anEvent()]);
      expect(await first).to.deep.equal(['3', 1]);
      await second;
      expect(commits).to.have.length(1);
      expect(commits[0]!.after).to.equal('1');
      expect(commits[0]!.events.map((e) => [e.streamName, e.revision, e.position])).to.deep.equal([
        ['fact-1', 0n, '2'],
        ['fact-1', 1n, '3'],
        ['fact-2', 0n, '4'],
      ]);
      expect(commits[0]!.events).to.deep.equal(await store.readAll({ after: '1' }));
    });

    it('says the log was empty with an undefined position, and leaves out batch appends and refused appends', async () => {
      const commits: CommittedEvents[] = [];
      const stop = store.onCommit((commit) => commits.push(commit));
      await store.append('fact-1', [anEvent()]);
      await store.appendBatch([{ stream: 'fact-2', events: [anEvent()] }]);
      await store.append('fact-1', [anEvent()], { expectedRevision: 'no_stream' }).catch(() => undefined);
      stop();
      await store.append('fact-3', [anEvent()]);
      expect(commits.map((c) => [c.after, c.events.length])).to.deep.equal([[undefined, 1]]);
    });

    it("hands a batch append's commit to the batch's own onCommit, from memory, before the batch resolves", async () => {
      await store.append('fact-0', [anEvent()]);
      const listened: CommittedEvents[] = [];
      store.onCommit((commit) => listened.push(commit));
      const commits: CommittedEvents[] = [];
      const outcomes = await store.appendBatch(
        [
          { stream: 'fact-1', events: someEvents(2) },
          { stream: 'fact-2', events: [anEvent()], expectedRevision: 0n },
          { stream: 'fact-3', events: [anEvent()] },
        ],
        { onCommit: (commit) => commits.push(commit) },
      );
      expect(outcomes.map((o) => o.ok)).to.deep.equal([true, false, true]);
      expect(commits).to.have.length(1);
      expect(commits[0]!.after).to.equal('1');
      expect(commits[0]!.events).to.deep.equal(await store.readAll({ after: '1' }));
      expect(listened).to.deep.equal([]);
      await store.appendBatch([{ stream: 'fact-2', events: [anEvent()], expectedRevision: 0n }], {
        onCommit: (commit) => commits.push(commit),
      });
      expect(commits).to.have.length(1);
    });

    it("hands a batch's onCommit a payload given with its JSON as given, and parses the others from what it wrote", async () => {
      const given = { factId: 'f-1', summary: 'given with its JSON' };
      const serialised = { factId: 'f-2', at: new Date('2026-12-08T00:00:00.000Z') };
      const commits: CommittedEvents[] = [];
      await store.appendBatch(
        [
          { stream: 'fact-1', events: [{ ...anEvent(), data: given, dataJson: JSON.stringify(given) }] },
          { stream: 'fact-2', events: [{ ...anEvent(), data: serialised }] },
        ],
        { onCommit: (commit) => commits.push(commit) },
      );
      const [first, second] = commits[0]!.events;
      expect(first!.data).to.equal(given);
      expect(second!.data).to.deep.equal({ factId: 'f-2', at: '2026-12-08T00:00:00.000Z' });
      expect(commits[0]!.events).to.deep.equal(await store.readAll());
    });

    it('does not fail the appends when a listener throws', async () => {
      store.onCommit(() => {
        throw new Error('a listener that fails');
      });
      const result = await store.append('fact-1', [anEvent()]);
      expect(result.position).to.equal('1');
      expect(await store.readAll()).to.have.length(1);
    });
  });

  describe('a live subscription', () => {
    it('is handed a commit right after its cursor from memory: the very events the commit reported', async () => {
      const commits: CommittedEvents[] = [];
      store.onCommit((commit) => commits.push(commit));
      const recorder = new Recorder();
      store.subscribe({}, recorder);
      await recorder.caughtUp();
      await store.append('fact-1', someEvents(2));
      await recorder.until(() => recorder.events.length === 2);
      expect(recorder.events[0]).to.equal(commits[0]!.events[0]);
      expect(recorder.events[1]).to.equal(commits[0]!.events[1]);
    });

    it("reads from the file when another process's events lie between its cursor and the commit", async () => {
      const other = openSqliteEventStore({ path: join(dir.path, 'log.db'), pollIntervalMs: 60_000 });
      try {
        const recorder = new Recorder();
        store.subscribe({ filter: { streamPrefixes: ['fact-'] } }, recorder);
        await recorder.caughtUp();
        await other.append('fact-other', [anEvent()]);
        const own = anEvent();
        await store.append('fact-own', [own]);
        await recorder.received(own.id);
        expect(recorder.events.map((e) => [e.streamName, e.position])).to.deep.equal([
          ['fact-other', '1'],
          ['fact-own', '2'],
        ]);
      } finally {
        await other.close();
      }
    });

    it('delivers every event once, in log order, when commits come while it is busy with a handler', async () => {
      const appended: string[] = [];
      const recorder = new Recorder(async (event) => {
        // Each of the first events appends again while its handler runs: those commits do not
        // start where the subscription waits, so they are read from the file.
        if (appended.length < 3 && event.streamName === 'fact-1') {
          const next = anEvent();
          appended.push(next.id);
          await store.append('fact-1', [next]);
        }
      });
      store.subscribe({}, recorder);
      await recorder.caughtUp();
      await store.append('fact-1', [anEvent()]);
      await recorder.received(appended.at(-1)!);
      await store.append('fact-2', someEvents(2));
      await recorder.until(() => recorder.events.length === 6);
      expect(recorder.events.map((e) => e.position)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });
  });
});
