import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import { validateAppend } from '../../src/store/validateAppend.ts';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/** The `ValidationError` that `append` throws; the test fails if it throws anything else or nothing. */
function refusal(append: () => unknown): ValidationError {
  try {
    append();
  } catch (e) {
    expect(e).to.be.instanceOf(ValidationError);
    return e as ValidationError;
  }
  expect.fail('expected a ValidationError, and nothing was thrown');
}

describe('validateAppend', () => {
  it('stores the JSON text an event carries (`dataJson`) instead of serialising its payload again', () => {
    let serialised = 0;
    const data = { toJSON: () => (serialised++, { a: 1 }) };
    const events = [
      { id: id(0), type: 'T', data, dataJson: '{"a":1}', metadata: {} },
      { id: id(1), type: 'T', data, metadata: {} },
    ];
    const { events: encoded } = validateAppend('s', events, 'any');
    expect(encoded.map((e) => e.data)).to.deep.equal(['{"a":1}', '{"a":1}']);
    expect(serialised, 'serialised for the event without dataJson only').to.equal(1);
  });

  it('names a hole of a sparse events array as a missing event, and appends nothing', () => {
    const events: unknown[] = [{ id: id(0), type: 'T', data: {}, metadata: {} }];
    events[2] = { id: id(2), type: 'T', data: {}, metadata: {} };
    expect(refusal(() => validateAppend('s', events, 'any')).issues).to.deep.equal([
      { path: 'events[1]', message: 'expected an event object' },
    ]);
  });

  describe('when an append’s events share one metadata object', () => {
    it('gives each event that metadata’s JSON, and another object’s to the event carrying it', () => {
      const shared = { recordedBy: 'ana', schemaVersion: 1 };
      const other = { recordedBy: 'bea', schemaVersion: 2 };
      const events = [shared, shared, other, shared].map((metadata, i) => ({
        id: id(i),
        type: 'T',
        data: { i },
        metadata,
      }));
      const { events: encoded } = validateAppend('s', events, 'any');
      expect(encoded.map((e) => e.metadata)).to.deep.equal([
        JSON.stringify(shared),
        JSON.stringify(shared),
        JSON.stringify(other),
        JSON.stringify(shared),
      ]);
    });

    it('names every event whose shared metadata cannot be serialised', () => {
      const shared = { recordedBy: 'ana', count: 1n };
      const events = [0, 1].map((i) => ({ id: id(i), type: 'T', data: {}, metadata: shared }));
      expect(refusal(() => validateAppend('s', events, 'any')).issues.map((i) => i.path)).to.deep.equal([
        'events[0].metadata',
        'events[1].metadata',
      ]);
    });
  });
});
