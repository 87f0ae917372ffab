/**
 * Reading who a clause implies looks at the names near the clause, not at every name of the text:
 * on a long text, the mentions `impliedActors` and `droppedSubject` read for one clause do not
 * grow with the names told far before and after it.
 */
import { expect } from 'chai';
import { indexActors } from '../../src/capture/actorIndex.ts';
import type { ActorIndex, ActorMention } from '../../src/capture/actorTypes.ts';
import { droppedSubject, impliedActors } from '../../src/capture/coreference.ts';
import type { Lang } from '../../src/capture/lexicon.ts';
import type { TextSpan } from '../../src/capture/textSpans.ts';
import { FIRST_NAMES, LAST_NAMES } from '../support/generators/words.ts';

/** A text of `n` sentences, each naming a new person, with `middle` as its sentence number n/2. */
function longText(n: number, middle: string): string {
  const sentence = (i: number) =>
    `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]} met the Harbour Board on a wet day.`;
  const parts = Array.from({ length: n }, (_, i) => sentence(i));
  parts[n >> 1] = middle;
  return parts.join(' ');
}

/** The index with its mentions behind a proxy that counts the elements read. */
function counted(index: ActorIndex): { index: ActorIndex; reads: () => number } {
  let reads = 0;
  const mentions = new Proxy(index.mentions as ActorMention[], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { index: { ...index, mentions }, reads: () => reads };
}

function readsFor(n: number, lang: Lang, middle: string, clause: (text: string) => TextSpan): number[] {
  const text = longText(n, middle);
  const { index, reads } = counted(indexActors(text, lang, []));
  const span = clause(text);
  impliedActors(text, span, index, false);
  const afterImplied = reads();
  droppedSubject(text, span, index);
  return [afterImplied, reads() - afterImplied];
}

describe('coreference: the names a clause reaches', function () {
  this.timeout(60_000);

  it('reads as many mentions for a clause with "it" and "he" among 400 names as among 2,000', () => {
    const middle = 'He said it would appeal the ruling of the Harbour Board.';
    const clause = (text: string) => ({ start: text.indexOf(middle), end: text.indexOf(middle) + middle.length });
    const small = readsFor(400, 'en', middle, clause);
    const large = readsFor(2_000, 'en', middle, clause);
    expect(large[0]).to.be.at.most((small[0] as number) + 20);
    expect(large[0]).to.be.below(1_000);
  });

  it('reads as many mentions to find the subject a Spanish sentence leaves out among 400 names as among 2,000', () => {
    const middle = 'Detalló que la Junta del Puerto apelará.';
    const clause = (text: string) => ({ start: text.indexOf(middle), end: text.indexOf(middle) + middle.length });
    const small = readsFor(400, 'es', middle, clause);
    const large = readsFor(2_000, 'es', middle, clause);
    expect(large[1]).to.be.above(0);
    expect(large[1]).to.be.at.most((small[1] as number) + 20);
  });
});
