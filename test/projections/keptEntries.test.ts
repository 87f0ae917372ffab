import { expect } from 'chai';
import Database from 'better-sqlite3';
import { execute } from '../../src/commands/execute.ts';
import { readTimeline, type Timeline } from '../../projections/queries/timelineQuery.ts';
import { timelineJson } from '../../src/http/timelineJson.ts';
import {
  freshTimeline,
  inAnotherProcess,
  onTheFile as runOnFile,
  type OtherChronicle,
} from '../support/anotherProcess.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const alert = 'state-dept-report-to-sedena';
const cli = { metadata: { recordedBy: 'ana', reason: 'from the CLI' } };

describe('timeline entries kept across changes nobody described', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openDemoChronicle();
  });
  afterEach(async () => f.close());

  const sedena = () => readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' });
  const entryOf = (t: Timeline, id: string) => t.entries.find((e) => e.factId === id)!;
  const fresh = () => freshTimeline(f.storeUrl, { kind: 'actor', id: 'sedena' });
  const fromAnotherProcess = (write: (other: OtherChronicle) => Promise<unknown>) =>
    inAnotherProcess(f.storeUrl, write);
  /** Empties the read models' write log, so no reader can tell what the last writes made stale. */
  const loseWriteLog = () => runOnFile(f.dir.file('chronicle.db'), `DELETE FROM rm_write_log`);
  /** A fact of the alert's component other than the alert: its findings change when the alert's date does. */
  const neighbourOf = (t: Timeline) => {
    const { findings } = f.chronicle.readModels();
    return t.entries.find((e) => e.factId !== alert && findings.componentOf(e.factId) === findings.componentOf(alert))!;
  };

  it('keeps each entry, and its JSON text, across a rebuild that wrote the same facts again', async () => {
    const before = sedena();
    const bytes = timelineJson(before);
    await fromAnotherProcess((other) => other.runner.rebuild());
    const after = sedena();
    expect(after.entries).to.have.length(before.entries.length);
    after.entries.forEach((e, i) => expect(e).to.equal(before.entries[i]));
    expect(timelineJson(after).equals(bytes)).to.equal(true);
    expect(after).to.deep.equal(await fresh());
  });

  it('shows a date corrected by another process and its new findings on the facts beside it, after a rebuild', async () => {
    const before = sedena();
    const neighbour = neighbourOf(before);
    expect(entryOf(before, alert).when.edtf).to.equal('?2022-04-22');
    await fromAnotherProcess(async (other) => {
      await execute(
        other.write,
        'fact',
        alert,
        { type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } },
        cli,
      );
      await other.runner.catchUp();
      await other.runner.rebuild();
    });
    const after = sedena();
    expect(entryOf(after, alert).when.edtf).to.equal('2022-04-21');
    expect(entryOf(after, neighbour.factId).findings).to.not.deep.equal(neighbour.findings);
    expect(after).to.deep.equal(await fresh());
    expect(timelineJson(after).equals(timelineJson(await fresh()))).to.equal(true);
  });

  it('shows an actor renamed by another process whose write log was lost, on every entry naming it', async () => {
    const before = sedena();
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'actor',
        'sedena',
        { type: 'RenameActor', data: { actorId: 'sedena', name: 'Defence ministry' } },
        cli,
      ),
    );
    loseWriteLog();
    const after = sedena();
    const named = (t: Timeline) =>
      t.entries.flatMap((e) => e.actors.filter((a) => a.id === 'sedena').map((a) => a.name));
    expect(named(before)).to.not.include('Defence ministry');
    expect(named(after))
      .to.have.length(named(before).length)
      .and.to.satisfy((ns: string[]) => ns.every((n) => n === 'Defence ministry'));
    expect(after).to.deep.equal(await fresh());
  });

  it('shows a summary edited by another process whose write log was lost', async () => {
    const plain = sedena().entries.find((e) => e.findings.length === 0)!;
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'fact',
        plain.factId,
        { type: 'EditFactSummary', data: { factId: plain.factId, summary: 'Edited elsewhere' } },
        cli,
      ),
    );
    loseWriteLog();
    const after = sedena();
    expect(entryOf(after, plain.factId).summary).to.equal('Edited elsewhere');
    expect(after).to.deep.equal(await fresh());
  });

  it('shows a topic relabelled by another process whose write log was lost', async () => {
    const before = sedena();
    const tagged = before.entries.find((e) => e.topics.length > 0)!;
    const topic = tagged.topics[0]!.id;
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'topic',
        topic,
        { type: 'RenameTopic', data: { topicId: topic, label: 'Relabelled elsewhere' } },
        cli,
      ),
    );
    loseWriteLog();
    const after = sedena();
    expect(entryOf(after, tagged.factId).topics.find((t) => t.id === topic)!.label).to.equal('Relabelled elsewhere');
    expect(after).to.deep.equal(await fresh());
  });

  it('shows the older content after the file is restored from an older copy under an open connection', async () => {
    const backup = f.dir.file('older.db');
    const rm = f.chronicle.readModels();
    await rm.db.backup(backup);
    const older = sedena();
    const neighbour = neighbourOf(older);
    const plain = older.entries.find((e) => e.findings.length === 0)!;
    await execute(
      f.chronicle.write,
      'fact',
      plain.factId,
      { type: 'EditFactSummary', data: { factId: plain.factId, summary: 'Edited after the copy' } },
      cli,
    );
    await execute(
      f.chronicle.write,
      'fact',
      alert,
      { type: 'ReviseFactDate', data: { factId: alert, when: '2022-04-21' } },
      cli,
    );
    await execute(
      f.chronicle.write,
      'actor',
      'sedena',
      { type: 'RenameActor', data: { actorId: 'sedena', name: 'Defence ministry' } },
      cli,
    );
    await f.chronicle.runner.catchUp();
    const newer = sedena();
    expect(entryOf(newer, alert).when.edtf).to.equal('2022-04-21');
    expect(entryOf(newer, plain.factId).summary).to.equal('Edited after the copy');
    expect(entryOf(newer, neighbour.factId).findings).to.not.deep.equal(neighbour.findings);
    const source = new Database(backup, { readonly: true });
    try {
      await source.backup(f.dir.file('chronicle.db'));
    } finally {
      source.close();
    }
    const restored = sedena();
    expect(entryOf(restored, alert).when.edtf).to.equal('?2022-04-22');
    expect(entryOf(restored, plain.factId).summary).to.equal(plain.summary);
    expect(entryOf(restored, neighbour.factId).findings).to.deep.equal(neighbour.findings);
    expect(restored.entries.flatMap((e) => e.actors.map((a) => a.name))).to.not.include('Defence ministry');
    expect(restored).to.deep.equal(older);
    expect(timelineJson(restored).equals(timelineJson(older))).to.equal(true);
  });
});
