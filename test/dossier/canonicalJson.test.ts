import { expect } from 'chai';
import fc from 'fast-check';
import { canonicalJson } from '../../src/commands/dossier/canonicalJson.ts';

/** The definition: `JSON.stringify`, each object rebuilt from its entries sorted by key. */
const definition = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

describe('canonicalJson', () => {
  it('gives the text of its definition for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).to.equal(definition(value));
      }),
    );
  });

  it('gives it for objects with index keys, undefined values and nested arrays', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('0', '1', '9', '10', '01', '4294967294', '4294967295', '-1'));
    const leaf = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
      array: fc.array(tie('tree'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('tree'), { maxKeys: 6 }),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        expect(canonicalJson(value)).to.equal(definition(value));
      }),
    );
  });

  it('gives it for keys that need escaping, and for more distinct keys than it keeps the text of', () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `k"${i}\\é\n🚧`);
    const value = keys.map((key, i) => ({ [key]: i, summary: 's', when: '2022' }));
    expect(canonicalJson(value)).to.equal(definition(value));
    expect(canonicalJson(value)).to.equal(definition(value));
  });

  it('serialises a value with toJSON, and refuses a bigint, as JSON.stringify does', () => {
    const value = { b: new Date(0), a: [{ d: 1, c: 2 }] };
    expect(canonicalJson(value)).to.equal('{"a":[{"c":2,"d":1}],"b":"1970-01-01T00:00:00.000Z"}');
    expect(() => canonicalJson({ a: 1n })).to.throw(TypeError);
  });

  it('sorts keys by code unit, index keys first in numeric order', () => {
    expect(canonicalJson({ b: 1, B: 2, 10: 3, 9: 4, a: undefined })).to.equal('{"9":4,"10":3,"B":2,"b":1}');
  });
});
