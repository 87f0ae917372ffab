import { expect } from 'chai';
import { UnavailableError } from '../../src/core/errors.ts';
import { withSignal } from '../../src/store/withSignal.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { caught, someEvents } from './contract/fixtures.ts';

describe('a store bound to a request’s deadline', () => {
  let f: ChronicleFixture;
  beforeEach(async () => (f = await openTestChronicle()));
  afterEach(async () => f.close());

  it('starts no call once the deadline has passed, even on a store that cannot cut one short (SQLite)', async () => {
    const late = withSignal(f.chronicle.store, AbortSignal.abort());
    const append = (await caught(() => late.append('fact-a', someEvents(1)))) as UnavailableError;
    expect(append).to.be.instanceOf(UnavailableError);
    expect(append.writeOutcome).to.equal('not-recorded');
    expect(await caught(() => late.readStream('fact-a'))).to.be.instanceOf(UnavailableError);
    expect(await caught(() => late.headPosition())).to.be.instanceOf(UnavailableError);
    expect(await f.chronicle.store.readStream('fact-a')).to.deep.equal([]);
  });

  it('passes the calls through while there is time', async () => {
    const bound = withSignal(f.chronicle.store, new AbortController().signal);
    await bound.append('fact-a', someEvents(2));
    expect(await bound.readStream('fact-a')).to.have.length(2);
    expect(await bound.readAll()).to.have.length(2);
  });
});
