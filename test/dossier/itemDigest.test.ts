import { expect } from 'chai';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/commands/dossier/canonicalJson.ts';
import { digestOf } from '../../src/commands/dossier/itemViews.ts';

/** The definition: the first 16 bytes of the SHA-256 of the canonical JSON, base64url. */
const definition = (view: Readonly<Record<string, unknown>>) =>
  createHash('sha256').update(canonicalJson(view)!).digest().subarray(0, 16).toString('base64url');

describe("an item's digest", () => {
  it('is the first 16 bytes of the SHA-256 of its canonical JSON, base64url, for any item', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (view) => {
        expect(digestOf(view)).to.equal(definition(view));
      }),
      { numRuns: 2000 },
    );
  });

  it('is 22 characters whose last carries only the 2 bits left of the 16th byte', () => {
    const lasts = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const digest = digestOf({ id: `fact-${i}` });
      expect(digest)
        .to.have.length(22)
        .and.equal(definition({ id: `fact-${i}` }));
      lasts.add(digest.at(-1)!);
    }
    expect([...lasts].sort()).to.deep.equal(['A', 'Q', 'g', 'w']);
  });
});
