import type { Lang } from './lexicon.ts';
import type { QuoteMarks } from './quoteMarks.ts';

/**
 * The present of "be" and "have", alone or as an auxiliary, outside a relative clause: "Water is the other critical
 * input", "has taken its supply from the plant since 2013", "no ha empezado", "la planta está parada". After "who",
 * "which", "that", "que" or "quien" the verb is an aside on a name ("a man who is now 70"), and after a modal or
 * "to" "have" is no present ("would have", "to have").
 */
const EN_PRESENT =
  /(?<!(?:^|[^\p{L}])(?:who|which|that|would|could|should|must|may|might|will|to)\s+(?:(?:not|now|still|also|already)\s+)?)(?<![\p{L}'’])(?:is|are|has|have)(?![\p{L}'’])/giu;
const ES_PRESENT =
  /(?<!(?:^|[^\p{L}])(?:que|quien|quienes|cual|cuales)\s+(?:(?:no|ya|aún|todavía|también)\s+)?)(?<![\p{L}])(?:es|son|está|están|ha|han)(?![\p{L}])/giu;

/**
 * Where a text tells something in the present outside quotation marks, read once: whether the words between the
 * date that set the reference time and a later date phrase do so is then a binary search. Such words mean the
 * telling has come back to the time of the news ("… on 21 March 2024. Water is the other critical input. … renewed
 * its water contract in February").
 */
export class PresentVerbs {
  readonly #at: number[];

  constructor(text: string, lang: Lang, quotes: QuoteMarks) {
    const pattern = lang === 'en' ? EN_PRESENT : ES_PRESENT;
    this.#at = [...text.matchAll(pattern)].map((m) => m.index).filter((at) => !quotes.insideQuote(at));
  }

  /** Whether a verb in the present, outside quotation marks, starts in [from, to). */
  within(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.#at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#at[mid] as number) < from) lo = mid + 1;
      else hi = mid;
    }
    const at = this.#at[lo];
    return at !== undefined && at < to;
  }
}
