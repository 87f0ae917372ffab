import { expect } from 'chai';
import { execute } from '../../src/commands/execute.ts';
import { readTimeline, type Timeline } from '../../projections/queries/timelineQuery.ts';
import type { ReadModelDb } from '../../projections/readModelDb.ts';
import { timelineJson } from '../../src/http/timelineJson.ts';
import {
  freshTimeline,
  inAnotherProcess,
  onTheFile as runOnFile,
  type OtherChronicle,
} from '../support/anotherProcess.ts';
import { openDemoChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';

const cli = { metadata: { recordedBy: 'ana', reason: 'from the CLI' } };

describe('registry names kept across changes that wrote no registry document', () => {
  let f: ChronicleFixture;
  beforeEach(async () => {
    f = await openDemoChronicle();
  });
  afterEach(async () => f.close());

  const sedena = () => readTimeline(f.chronicle.readModels(), { kind: 'actor', id: 'sedena' });
  const fresh = () => freshTimeline(f.storeUrl, { kind: 'actor', id: 'sedena' });
  const fromAnotherProcess = (write: (other: OtherChronicle) => Promise<unknown>) =>
    inAnotherProcess(f.storeUrl, write);
  const onTheFile = (sql: string) => runOnFile(f.dir.file('chronicle.db'), sql);
  /** Empties the read models' write log, so no reader can tell what the last writes made stale. */
  const loseWriteLog = () => onTheFile(`DELETE FROM rm_write_log`);
  /** Counts the registry name queries `rm` runs while `read` does. */
  const nameQueries = (rm: ReadModelDb, read: () => unknown): number => {
    const { registries } = rm;
    const names = registries.names.bind(registries);
    let calls = 0;
    registries.names = (registry, ids) => {
      calls++;
      return names(registry, ids);
    };
    try {
      read();
    } finally {
      registries.names = names;
    }
    return calls;
  };

  it('reads no name again after a change nobody described that wrote no registry document', async () => {
    const before = sedena();
    onTheFile(`UPDATE rm_meta SET value = 'replaced from elsewhere' WHERE key = 'write-token'`);
    let after: Timeline | undefined;
    expect(nameQueries(f.chronicle.readModels(), () => (after = sedena()))).to.equal(0);
    expect(after).to.deep.equal(before);
    expect(after).to.deep.equal(await fresh());
  });

  it('shows a source rated again by another process whose write log was lost, on every citation of it', async () => {
    const before = sedena();
    const cited = before.entries.flatMap((e) => e.citations.map((c) => c.source)).find((s) => s.reliability !== 'A')!;
    await fromAnotherProcess((other) =>
      execute(
        other.write,
        'source',
        cited.id,
        { type: 'RateSourceReliability', data: { sourceId: cited.id, reliability: 'A' } },
        cli,
      ),
    );
    loseWriteLog();
    const after = sedena();
    const ratings = after.entries.flatMap((e) =>
      e.citations.filter((c) => c.source.id === cited.id).map((c) => c.source.reliability),
    );
    expect(ratings).to.have.length.above(0);
    expect(ratings.every((r) => r === 'A')).to.equal(true);
    expect(after).to.deep.equal(await fresh());
    expect(timelineJson(after).equals(timelineJson(await fresh()))).to.equal(true);
  });

  it('shows an actor merged into another by another process whose write log was lost as the one it joined', async () => {
    const before = sedena();
    const named = [...new Set(before.entries.flatMap((e) => e.actors.map((a) => a.id)))].filter((a) => a !== 'sedena');
    const [merged, into] = named as [string, string];
    await fromAnotherProcess((other) =>
      execute(other.write, 'actor', merged, { type: 'MergeActor', data: { actorId: merged, into } }, cli),
    );
    loseWriteLog();
    const after = sedena();
    expect(after.entries.flatMap((e) => e.actors.map((a) => a.id))).to.not.include(merged);
    expect(after).to.deep.equal(await fresh());
  });

  it('gives a write transaction the names it wrote, and the names as before once it is rolled back', () => {
    const rm = f.chronicle.readModels();
    const names = (t: Timeline) =>
      t.entries.flatMap((e) => e.actors.filter((a) => a.id === 'sedena').map((a) => a.name));
    const before = sedena();
    const doc = rm.registryDoc('actors', 'sedena')!;
    let inside: Timeline | undefined;
    expect(() =>
      rm.transaction(() => {
        rm.registries.put('actors', 'sedena', { ...doc, name: 'Renamed inside' });
        inside = sedena();
        throw new Error('rolled back');
      }),
    ).to.throw('rolled back');
    expect(names(inside!))
      .to.have.length(names(before).length)
      .and.to.satisfy((ns: string[]) => ns.every((n) => n === 'Renamed inside'));
    expect(names(sedena())).to.deep.equal(names(before));
    expect(sedena()).to.deep.equal(before);
  });
});
