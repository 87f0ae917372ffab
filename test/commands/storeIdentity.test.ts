import { expect } from 'chai';
import { readFactHistory } from '../../projections/queries/factQuery.ts';
import { execute } from '../../src/commands/execute.ts';
import { STORE_IDENTITY_STREAM, storeIdOf } from '../../src/commands/storeIdentity.ts';
import { openChronicle } from '../../src/main.ts';
import { countingIds, openTestChronicle, testClock, type ChronicleFixture } from '../support/chronicleFixture.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the store id', () => {
  let f: ChronicleFixture;
  let other: ChronicleFixture | undefined;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => {
    await other?.close();
    other = undefined;
    await f.close();
  });

  it('is made on first use, kept in the log, and the same for every process on the store', async () => {
    const id = await storeIdOf(f.chronicle.write);
    expect(id).to.match(UUID);
    expect(await storeIdOf(f.chronicle.write)).to.equal(id);
    const second = await openChronicle({ storeUrl: f.storeUrl, clock: testClock(), newId: countingIds() });
    try {
      expect(await storeIdOf(second.write)).to.equal(id);
    } finally {
      await second.close();
    }
    expect(await f.chronicle.store.readStream(STORE_IDENTITY_STREAM)).to.have.length(1);
  });

  it('is one id when two processes ask for the first time at once', async () => {
    const second = await openChronicle({
      storeUrl: f.storeUrl,
      clock: testClock(),
      newId: () => '00000000-0000-4000-8000-0000000000ff',
    });
    try {
      const [a, b] = await Promise.all([storeIdOf(f.chronicle.write), storeIdOf(second.write)]);
      expect(a).to.equal(b);
    } finally {
      await second.close();
    }
  });

  it('differs between two stores', async () => {
    other = await openTestChronicle();
    expect(await storeIdOf(f.chronicle.write)).not.to.equal(await storeIdOf(other.chronicle.write));
  });

  it('is passed over by the projections, which number the events around it alike live and in a rebuild', async () => {
    const record = (id: string) =>
      execute(
        f.chronicle.write,
        'fact',
        id,
        {
          type: 'RecordFact',
          data: {
            factId: id,
            summary: id,
            when: '2022',
            place: null,
            notes: null,
            actors: [],
            topics: [],
            citations: [],
            relations: [],
          },
        },
        { metadata: { recordedBy: 'test' } },
      );
    await f.chronicle.runner.start();
    await record('before-the-id');
    await storeIdOf(f.chronicle.write);
    const after = await record('after-the-id');
    await f.chronicle.runner.waitFor(after.position!);
    const live = (await readFactHistory(f.chronicle.readModels(), f.chronicle.store, 'after-the-id')).map((e) => e.seq);
    await f.chronicle.runner.rebuild();
    expect(
      (await readFactHistory(f.chronicle.readModels(), f.chronicle.store, 'after-the-id')).map((e) => e.seq),
    ).to.deep.equal(live);
    expect(f.chronicle.readModels().checkpoint().position).to.equal(await f.chronicle.store.headPosition());
  });
});
