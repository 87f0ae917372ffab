import { expect } from 'chai';
import fc from 'fast-check';
import type { FactDoc } from '../../projections/documents.ts';
import { decodeFactDoc, encodeFactDoc } from '../../projections/factDocCodec.ts';

const text = fc.string({ maxLength: 12 });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const citation = fc.record({
  source: text,
  quote: nullable(text),
  locator: nullable(text),
  statedDate: nullable(text),
  statedWeekday: nullable(text),
  credibility: nullable(fc.integer({ min: 1, max: 5 })),
});
const relation = fc.record({
  kind: fc.constantFrom('before', 'after', 'during'),
  target: text,
  offset: nullable(text),
});
const instant = fc.constantFrom('2022-11-01T09:00:01.000Z', '2022-11-02T10:00:00.000Z');
const who = fc.constantFrom('ana', 'bruno');

/** Fact documents as the fact projection builds them: its keys in its order, any values. */
const factDoc: fc.Arbitrary<FactDoc> = fc
  .record({
    factId: text,
    summary: text,
    notes: nullable(text),
    when: text,
    place: nullable(text),
    actors: fc.dictionary(text, nullable(text)),
    topics: fc.array(text, { maxLength: 3 }),
    citations: fc.array(fc.tuple(text, citation), { maxLength: 3 }),
    relations: fc.array(relation, { maxLength: 3 }),
    retracted: fc.boolean(),
    revision: fc.nat(),
    firstSeq: fc.nat(),
    firstPosition: text,
    lastPosition: text,
    createdAt: instant,
    createdBy: who,
    updatedAt: instant,
    updatedBy: who,
  })
  .map(({ citations, relations, ...doc }) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'retracted') {
        out.citations = Object.fromEntries(citations.map(([id, c]) => [id, { ...c, citationId: id }]));
        out.relations = Object.fromEntries(relations.map((r) => [`${r.kind}:${r.target}`, r]));
      }
      out[key] = value;
    }
    return out as unknown as FactDoc;
  });

const roundTrip = (doc: FactDoc) => JSON.stringify(decodeFactDoc(doc.factId, encodeFactDoc(doc)));

describe('the stored form of a fact document', () => {
  it('decodes to the very JSON of the document encoded, key order included', () => {
    fc.assert(
      fc.property(factDoc, (doc) => {
        expect(roundTrip(doc)).to.equal(JSON.stringify(doc));
      }),
    );
  });

  it('is smaller than the JSON of the document: values only, no id, no repeated author or instant', () => {
    const doc = {
      factId: 'alert',
      summary: 'Alert raised',
      notes: null,
      when: '2022-04-22',
      place: null,
      actors: { sedena: 'recipient' },
      topics: ['nuctech'],
      citations: {
        'reforma-1': {
          source: 'reforma',
          quote: null,
          locator: null,
          statedDate: null,
          statedWeekday: null,
          credibility: null,
          citationId: 'reforma-1',
        },
      },
      relations: { 'after:other': { kind: 'after', target: 'other', offset: 'P5M' } },
      retracted: false,
      revision: 2,
      firstSeq: 7,
      firstPosition: '70',
      lastPosition: '90',
      createdAt: '2022-11-01T09:00:01.000Z',
      createdBy: 'ana',
      updatedAt: '2022-11-01T09:00:01.000Z',
      updatedBy: 'ana',
    } as FactDoc;
    expect(encodeFactDoc(doc)).to.equal(
      '["Alert raised",null,"2022-04-22",null,{"sedena":"recipient"},["nuctech"],{"reforma-1":["reforma"]},' +
        '{"after:other":["P5M"]},0,2,7,"70","90","2022-11-01T09:00:01.000Z","ana",0,0]',
    );
    expect(roundTrip(doc)).to.equal(JSON.stringify(doc));
  });

  it('keeps keys such as __proto__ as keys of the citations and relations, not as their prototype', () => {
    const doc = JSON.parse(
      '{"factId":"","summary":"","notes":null,"when":"","place":null,"actors":{},"topics":[],' +
        '"citations":{"__proto__":{"source":"","quote":null,"locator":null,"statedDate":null,"statedWeekday":null,' +
        '"credibility":null,"citationId":"__proto__"}},"relations":{"__proto__":{"kind":"x","target":"y","offset":null}},' +
        '"retracted":false,"revision":0,"firstSeq":0,"firstPosition":"","lastPosition":"",' +
        '"createdAt":"2022-11-01T09:00:01.000Z","createdBy":"ana","updatedAt":"2022-11-01T09:00:01.000Z","updatedBy":"ana"}',
    ) as FactDoc;
    expect(roundTrip(doc)).to.equal(JSON.stringify(doc));
  });

  it('keeps a document, a citation or a relation of another shape as it is, and decodes it unchanged', () => {
    fc.assert(
      fc.property(factDoc, fc.constantFrom('extra', 'order', 'citation', 'relation', 'undefined'), (base, change) => {
        const doc = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
        if (change === 'extra') doc.pinned = true;
        if (change === 'order') {
          const { summary, ...rest } = doc;
          Object.assign(doc, { summary: undefined });
          for (const key of Object.keys(doc)) Reflect.deleteProperty(doc, key);
          Object.assign(doc, rest, { summary });
        }
        if (change === 'citation') doc.citations = { c1: { source: 's', quote: null, citationId: 'c2' } };
        if (change === 'relation') doc.relations = { 'after:x': { kind: 'after', target: 'y', offset: null } };
        if (change === 'undefined') doc.notes = undefined;
        expect(roundTrip(doc as unknown as FactDoc)).to.equal(JSON.stringify(doc));
      }),
    );
  });
});
