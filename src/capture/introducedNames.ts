import type { ActorIndex } from './actorTypes.ts';
import type { ActorKind } from './actorKinds.ts';
import { BODY_NOUNS, BUSINESS_NOUNS, GROUP_NOUNS, INSTITUTION_NOUNS, NOUN_KIND } from './nameContext.ts';
import { firstFrom } from './textSpans.ts';

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
  const from = at + set[0].length;
  const named = index.mentions[firstFrom(index.mentions, from)];
  return named?.start === from && /^\s*[,(]/u.test(text.slice(named.end, named.end + 3));
}

/** A noun of a firm, a body or an institution, and a comma, just before a name ("The exams regulator, Ofqual, said"). */
const NOUN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:the|a|an|its|la|el|una|un|su)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(${BUSINESS_NOUNS}|${BODY_NOUNS}|${GROUP_NOUNS}|${INSTITUTION_NOUNS}),\\s+$`,
  'iu',
);

/**
 * The kind of actor a name set off by commas just after a noun of a firm, a body or an institution is ("The exams
 * regulator, Ofqual, said", "from a vendor, AlertPoint, for $310,000"): the noun introduces it.
 */
export function introducedAs(text: string, start: number, end: number): ActorKind | null {
  if (!/^\s*,/u.test(text.slice(end, end + 2))) return null;
  const found = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  if (!found) return null;
  const noun = (found[1] as string).toLowerCase();
  return NOUN_KIND.find(([re]) => re.test(noun))?.[1] ?? 'organization';
}
