import type { FactIndex } from './factIndex.ts';
import type { PriorFact } from './narrative.ts';
import type { Sentence } from './sentences.ts';
import { stemsOf } from './stems.ts';

/**
 * "It fell at 10:52 p.m. on Thursday, August 14, 2025. Dankworth was asleep. … The American Meteor
 * Society logged reports of the fireball": the sentences without a date that follow a sentence
 * dating one event, in its paragraph, go on telling that event, and "the fireball" a later phrase
 * names is that event. Their words are kept apart from the clause's own ({@link PriorFact.toldOn}),
 * and a relative phrase's words match them only when the clause holds none of them.
 */
export class ToldOn {
  private last: { sentence: Sentence; fact: PriorFact; words: Set<string> } | null = null;

  /** A sentence that dated events: the one it dated goes on in the sentences after it, when it dated one. */
  dated(sentence: Sentence, facts: readonly PriorFact[], words: Set<string>): void {
    this.last = facts.length === 1 ? { sentence, fact: facts[0] as PriorFact, words } : null;
  }

  /** A sentence with no date right after `before`: its words go to the event told on, if any. */
  undated(text: string, sentence: Sentence, before: Sentence | null, index: FactIndex): void {
    const last = this.last;
    this.last = null;
    if (!last || before !== last.sentence || sentence.paragraph !== last.sentence.paragraph) return;
    const added = [...stemsOf(text.slice(sentence.start, sentence.end))].filter(
      (s) => !last.fact.stems.has(s) && !last.words.has(s),
    );
    for (const stem of added) last.words.add(stem);
    index.addStems(last.fact, added);
    this.last = { ...last, sentence };
  }
}
