import { expect } from 'chai';
import { ValidationError } from '../../src/core/errors.ts';
import type { RecordedEvent } from '../../src/core/event.ts';
import {
  decodeEvent,
  decodeMetadata,
  encodeEvent,
  EventMetadataSchema,
  eventEncoder,
  schemaVersionOf,
} from '../../src/events/catalog.ts';

const stored = (type: string, data: unknown, schemaVersion: number): RecordedEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  type,
  data,
  metadata: { recordedBy: 'test', recordedAt: '2022-04-22T10:00:00.000Z', schemaVersion },
  streamName: 'fact-letter',
  revision: 3n,
  position: '42',
});

describe('the event catalogue', () => {
  describe('on the way in', () => {
    it('stamps the metadata with the current schema version and the time', () => {
      const event = encodeEvent(
        { type: 'FactRetracted', data: { factId: 'letter' } },
        'id-1',
        { recordedBy: 'ana', reason: 'duplicate' },
        new Date('2022-05-02T00:00:00Z'),
      );
      expect(event.metadata).to.deep.equal({
        recordedBy: 'ana',
        recordedAt: '2022-05-02T00:00:00.000Z',
        reason: 'duplicate',
        schemaVersion: 1,
      });
    });

    it('gives a payload zod would give back unchanged as it is, and any other as zod gives it', () => {
      const data = { factId: 'letter', when: '2022-05', previousWhen: '2022' };
      const at = new Date('2022-05-02T00:00:00Z');
      expect(encodeEvent({ type: 'FactDateRevised', data }, 'id-1', { recordedBy: 'ana' }, at).data).to.equal(data);
      // Keys out of the schema's order and a string its transform trims: zod's result.
      const loose = { when: ' 2022-05 ', factId: 'letter', previousWhen: '2022' };
      const encoded = encodeEvent({ type: 'FactDateRevised', data: loose }, 'id-1', { recordedBy: 'ana' }, at);
      expect(JSON.stringify(encoded.data)).to.equal(JSON.stringify(data));
    });

    it('keeps the JSON text a caller made of a payload stored as given, and drops it for a payload zod rewrote', () => {
      const encode = eventEncoder({ recordedBy: 'ana' }, new Date('2022-05-02T00:00:00Z'));
      const data = { factId: 'letter', when: '2022-05', previousWhen: '2022' };
      expect(encode({ type: 'FactDateRevised', data }, 'id-1', JSON.stringify(data)).dataJson).to.equal(
        JSON.stringify(data),
      );
      const loose = { when: ' 2022-05 ', factId: 'letter', previousWhen: '2022' };
      const rewritten = encode({ type: 'FactDateRevised', data: loose }, 'id-2', JSON.stringify(loose));
      expect(rewritten).to.not.have.property('dataJson');
      expect(JSON.stringify(rewritten.data)).to.equal(JSON.stringify(data));
    });

    it('refuses a payload that breaks its schema, naming the field', () => {
      expect(() =>
        encodeEvent(
          { type: 'FactRetracted', data: { factId: 'Not A Slug' } },
          'id-1',
          { recordedBy: 'ana' },
          new Date(),
        ),
      ).to.throw(ValidationError, /data\.factId/);
    });
  });

  describe('SourceTextAttached', () => {
    const text = 'Ten days after this alert.';
    const data = {
      sourceId: 'yt',
      text,
      sha256: '0'.repeat(64),
      previousSha256: null,
    };

    it('is refused when its SHA-256 is not that of its text, on the way in and on the way out', () => {
      expect(() =>
        encodeEvent({ type: 'SourceTextAttached', data: data as never }, 'id-1', { recordedBy: 'ana' }, new Date()),
      ).to.throw(ValidationError, /data\.sha256: is not the SHA-256 of the text/);
      expect(() => decodeEvent({ ...stored('SourceTextAttached', data, 1), streamName: 'source-yt' })).to.throw(
        ValidationError,
        /source-yt@3\.data\.sha256: is not the SHA-256 of the text/,
      );
    });
  });

  describe('on the way out', () => {
    it('upcasts a version-1 RelationAsserted (offsetDays) to version 2 (ISO duration)', () => {
      const decoded = decodeEvent(
        stored('RelationAsserted', { factId: 'letter', kind: 'after', target: 'alert', offsetDays: 10 }, 1),
      );
      expect(decoded.event).to.deep.equal({
        type: 'RelationAsserted',
        data: { factId: 'letter', kind: 'after', target: 'alert', offset: 'P10D' },
      });
      expect(decoded.metadata.schemaVersion).to.equal(schemaVersionOf('RelationAsserted')).and.to.equal(2);
    });

    it('upcasts a version-1 SourceRegistered and SourceDetailsEdited to version 2, with no locale known', () => {
      const details = { sourceId: 'yt', title: 'T', publisher: null, url: null, publishedOn: '2022-10', notes: null };
      const registered = decodeEvent(stored('SourceRegistered', { ...details, reliability: 'C' }, 1));
      expect(registered.event.data).to.deep.equal({ ...details, reliability: 'C', locale: null });
      expect(decodeEvent(stored('SourceDetailsEdited', details, 1)).event.data).to.deep.equal({
        ...details,
        locale: null,
      });
      expect(decodeEvent(stored('SourceDetailsEdited', { ...details, locale: 'es-MX' }, 2)).event.data).to.deep.include(
        {
          locale: 'es-MX',
        },
      );
    });

    it('validates the metadata of every event, also right after an event with the same metadata', () => {
      const event = (metadata: Record<string, unknown>) =>
        ({ ...stored('FactRetracted', { factId: 'letter' }, 1), metadata }) as unknown as RecordedEvent;
      const good = { recordedBy: 'test', recordedAt: '2022-04-22T10:00:00.000Z', reason: 'why', schemaVersion: 1 };
      expect(decodeEvent(event({ ...good })).metadata).to.deep.equal(good);
      expect(decodeEvent(event({ ...good })).metadata).to.deep.equal(good);
      expect(() => decodeEvent(event({ ...good, recordedAt: 'yesterday' }))).to.throw(
        ValidationError,
        /metadata\.recordedAt/,
      );
      expect(() => decodeEvent(event({ ...good, schemaVersion: 0 }))).to.throw(
        ValidationError,
        /metadata\.schemaVersion/,
      );
      expect(decodeEvent(event({ ...good, extra: 1 })).metadata).to.deep.equal(good);
      expect(decodeEvent(event({ ...good, extra: 1 })).metadata).to.deep.equal(good);
      expect(decodeEvent(event({ ...good, reason: 'other' })).metadata).to.deep.equal({ ...good, reason: 'other' });
    });

    it('takes metadata zod would give back unchanged as it is, without calling zod', () => {
      const metadata = {
        recordedBy: 'test',
        recordedAt: '2022-04-22T10:00:00.000Z',
        reason: 'as it is',
        schemaVersion: 1,
      };
      const event = { ...stored('FactRetracted', { factId: 'letter' }, 1), metadata } as unknown as RecordedEvent;
      const safeParse = EventMetadataSchema.safeParse;
      let zodCalls = 0;
      EventMetadataSchema.safeParse = ((value: unknown) => {
        zodCalls += 1;
        return safeParse.call(EventMetadataSchema, value);
      }) as typeof safeParse;
      try {
        expect(decodeMetadata(event)).to.equal(metadata);
        expect(decodeEvent(event).metadata).to.deep.equal(metadata);
      } finally {
        EventMetadataSchema.safeParse = safeParse;
      }
      expect(zodCalls).to.equal(0);
    });

    it('upcasts a version-1 relation without an offset to a null offset', () => {
      const decoded = decodeEvent(
        stored('RelationAsserted', { factId: 'letter', kind: 'before', target: 'alert', offsetDays: null }, 1),
      );
      expect(decoded.event.data).to.deep.include({ offset: null });
    });

    it('reads a current-version event as it was written', () => {
      const decoded = decodeEvent(
        stored('RelationAsserted', { factId: 'letter', kind: 'after', target: 'alert', offset: 'P10D' }, 2),
      );
      expect(decoded.event.data).to.deep.equal({ factId: 'letter', kind: 'after', target: 'alert', offset: 'P10D' });
    });

    it('refuses a stored event whose payload is malformed, saying where it is', () => {
      expect(() => decodeEvent(stored('FactRecorded', { factId: 'letter' }, 1))).to.throw(
        ValidationError,
        /fact-letter@3\.data\.summary/,
      );
    });

    it('refuses an unknown event type', () => {
      expect(() => decodeEvent(stored('FactExploded', {}, 1))).to.throw(ValidationError, /unknown event type/);
    });
  });
});
