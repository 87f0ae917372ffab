import { expect } from 'chai';
import { uuidv7Source } from '../../src/core/uuidv7.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7Source', () => {
  it('gives UUID v7s, each greater than the one before, within a millisecond and across them', () => {
    let ms = 1_700_000_000_000;
    const next = uuidv7Source(() => ms);
    const ids: string[] = [];
    // 1,000 ids: past the 256 a pool of random bytes holds, three of them in each millisecond.
    for (let i = 0; i < 1000; i++) {
      ids.push(next());
      if (i % 3 === 2) ms += 1;
    }
    for (const id of ids) expect(id).to.match(V7);
    expect([...ids].sort()).to.deep.equal(ids);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('stays ordered when the clock stands still or steps back', () => {
    const times = [5_000, 5_000, 4_000, 4_000, 5_000, 6_000];
    const next = uuidv7Source(() => times.shift()!);
    const ids = Array.from({ length: 6 }, next);
    expect([...ids].sort()).to.deep.equal(ids);
    expect(parseInt(ids[5]!.replace(/-/g, '').slice(0, 12), 16)).to.equal(6_000);
  });

  it('draws its random bits afresh for every id', () => {
    const next = uuidv7Source(() => 1);
    const tails = new Set(Array.from({ length: 600 }, () => next().slice(-12)));
    expect(tails.size).to.equal(600);
  });
});
