import { expect } from 'chai';
import { ConcurrencyError, ValidationError } from '../../../src/core/errors.ts';
import type { ExpectedRevision, EventStore } from '../../../src/store/port.ts';
import { anEvent, caught, ids, someEvents, uniqueStream } from './fixtures.ts';

export function appendSpecs(store: () => EventStore): void {
  describe('append', () => {
    async function conflict(stream: string, expectedRevision: ExpectedRevision): Promise<ConcurrencyError> {
      const error = await caught(() => store().append(stream, [anEvent()], { expectedRevision }));
      expect(error).to.be.instanceOf(ConcurrencyError);
      return error as ConcurrencyError;
    }

    describe("with expectedRevision 'any' (the default)", () => {
      it('creates the stream and then appends to it', async () => {
        const stream = uniqueStream();
        const first = await store().append(stream, someEvents(2));
        const second = await store().append(stream, [anEvent()], { expectedRevision: 'any' });
        expect(first).to.include({ nextExpectedRevision: 1n, appended: 2 });
        expect(second).to.include({ nextExpectedRevision: 2n, appended: 1 });
        expect(second.alreadyAppended).to.deep.equal([]);
        expect((await store().readStream(stream)).map((e) => e.revision)).to.deep.equal([0n, 1n, 2n]);
      });
    });

    describe("with expectedRevision 'no_stream'", () => {
      it('creates the stream', async () => {
        const stream = uniqueStream();
        const result = await store().append(stream, [anEvent()], { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).to.equal(0n);
      });

      it('refuses a stream that exists, reporting its revision, and writes nothing', async () => {
        const stream = uniqueStream();
        await store().append(stream, someEvents(2));
        const error = await conflict(stream, 'no_stream');
        expect(error).to.include({ stream, expected: 'no_stream', actual: 1n });
        expect(await store().readStream(stream)).to.have.length(2);
      });
    });

    describe("with expectedRevision 'stream_exists'", () => {
      it('appends to a stream that exists', async () => {
        const stream = uniqueStream();
        await store().append(stream, [anEvent()]);
        const result = await store().append(stream, [anEvent()], { expectedRevision: 'stream_exists' });
        expect(result.nextExpectedRevision).to.equal(1n);
      });

      it('refuses a missing stream and does not create it', async () => {
        const stream = uniqueStream();
        const error = await conflict(stream, 'stream_exists');
        expect(error).to.include({ stream, expected: 'stream_exists', actual: undefined });
        expect(await store().readStream(stream)).to.deep.equal([]);
      });
    });

    describe('with a bigint expectedRevision', () => {
      it("appends when it is the revision of the stream's last event", async () => {
        const stream = uniqueStream();
        await store().append(stream, someEvents(2));
        const result = await store().append(stream, someEvents(2), { expectedRevision: 1n });
        expect(result).to.include({ nextExpectedRevision: 3n, appended: 2 });
      });

      it('refuses a stale revision, reporting the actual one, and writes nothing', async () => {
        const stream = uniqueStream();
        await store().append(stream, someEvents(3));
        const error = await conflict(stream, 1n);
        expect(error).to.include({ stream, expected: '1', actual: 2n });
        expect(await store().readStream(stream)).to.have.length(3);
      });

      it('refuses any revision for a missing stream', async () => {
        const stream = uniqueStream();
        expect(await conflict(stream, 0n)).to.include({ expected: '0', actual: undefined });
        expect(await store().readStream(stream)).to.deep.equal([]);
      });
    });

    describe('with no events', () => {
      it("checks the expected revision and returns the stream's current state", async () => {
        const stream = uniqueStream();
        const written = await store().append(stream, someEvents(2));
        const result = await store().append(stream, [], { expectedRevision: 1n });
        expect(result).to.deep.equal({
          nextExpectedRevision: 1n,
          position: written.position,
          appended: 0,
          alreadyAppended: [],
        });
      });

      it('refuses a wrong expected revision', async () => {
        const stream = uniqueStream();
        await store().append(stream, [anEvent()]);
        const error = await caught(() => store().append(stream, [], { expectedRevision: 'no_stream' }));
        expect(error).to.be.instanceOf(ConcurrencyError);
      });
    });

    describe('with invalid input', () => {
      async function invalid(stream: string, event: object): Promise<string[]> {
        const error = await caught(() => store().append(stream, [anEvent(), event as never]));
        expect(error).to.be.instanceOf(ValidationError);
        return (error as ValidationError).issues.map((issue) => issue.path);
      }

      it('refuses an empty stream name', async () => {
        expect(await invalid('', anEvent())).to.deep.equal(['stream']);
      });

      it('refuses an event whose id is not a UUID, naming it', async () => {
        expect(await invalid(uniqueStream(), { ...anEvent(), id: 'not-a-uuid' })).to.deep.equal(['events[1].id']);
      });

      it('refuses an event without a type, naming it', async () => {
        expect(await invalid(uniqueStream(), { ...anEvent(), type: '' })).to.deep.equal(['events[1].type']);
      });

      it('writes nothing of a refused append', async () => {
        const stream = uniqueStream();
        await invalid(stream, { ...anEvent(), id: 'nope' });
        expect(await store().readStream(stream)).to.deep.equal([]);
      });
    });

    describe('global positions', () => {
      it('strictly increase across streams, in commit order', async () => {
        const [a, b] = [uniqueStream(), uniqueStream()];
        const results = [];
        for (const stream of [a, b, a, b]) results.push(await store().append(stream, someEvents(2)));
        for (let i = 1; i < results.length; i += 1) {
          expect(store().comparePositions(results[i - 1]!.position, results[i]!.position)).to.be.below(0);
        }
        const events = [...(await store().readStream(a)), ...(await store().readStream(b))].sort((x, y) =>
          store().comparePositions(x.position, y.position),
        );
        expect(events.map((e) => `${e.streamName === a ? 'a' : 'b'}${e.revision}`)).to.deep.equal([
          'a0',
          'a1',
          'b0',
          'b1',
          'a2',
          'a3',
          'b2',
          'b3',
        ]);
      });

      it('reports the position of the last event written, which the head has reached', async () => {
        const stream = uniqueStream();
        const written = someEvents(3);
        const result = await store().append(stream, written);
        const last = (await store().readStream(stream)).at(-1)!;
        expect(last.id).to.equal(ids(written)[2]);
        expect(result.position).to.equal(last.position);
        expect(store().comparePositions((await store().headPosition())!, result.position)).to.be.at.least(0);
      });
    });
  });
}
