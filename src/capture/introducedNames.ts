import type { ActorIndex } from './actorIndex.ts';

/** A comma after a noun and up to three words in lower case, then an article or a capital: a name set off after it. */
const SET_OFF = /^((?:\s+\p{Ll}+){0,3}),\s+(?:(?:the|el|la|los|las)\s+)?(?=\p{Lu})/u;
/** Words that make the words after the noun a clause of their own ("The bank hired an outside firm, Marlowe Risk Partners"). */
const VERB_WORD =
  /^(?:\p{Ll}+ed|had|has|have|was|were|is|are|will|would|can|could|says?|told|paid|sent|won|took|gave|made|ha|han|había|habían|fue|fueron|es|era|será|\p{Ll}+ó)$/u;

/**
 * Whether the noun ending at `at` introduces the actor named just after it, set off by commas ("The contractor,
 * Lowcountry Field Services, filed", "Its insurer, the Nordhavn P&I Club, said", "La empresa contratista, Constructora
 * Bahía Real, S.R.L., detuvo"): such a noun, with up to three words in lower case and no verb after it, names that
 * actor and refers back to no one named before.
 */
export function introducesName(text: string, at: number, index: ActorIndex): boolean {
  const set = SET_OFF.exec(text.slice(at, at + 80));
  if (!set) return false;
  const words = (set[1] as string).trim().split(/\s+/);
  if (words.some((w) => VERB_WORD.test(w))) return false;
  const named = index.mentions.find((m) => m.start === at + set[0].length);
  return named !== undefined && /^\s*[,(]/u.test(text.slice(named.end, named.end + 3));
}
