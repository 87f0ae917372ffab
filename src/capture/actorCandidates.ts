import type { QuoteMarks } from './quoteMarks.ts';
import { TITLE } from './actorKinds.ts';
import type { Lang } from './lexicon.ts';
import { nameCandidates, type NameCandidate } from './nameCandidates.ts';
import { inByline, inDateline, isNoActor } from './nameContext.ts';
import { bodyAfterPerson, splitAffiliations } from './nameParts.ts';

/** A name that may be an actor's, with its title left out. */
export interface ActorCandidate extends NameCandidate {
  /** The name without its title ("Ken Salazar" of "Ambassador Ken Salazar"). */
  readonly bare: string;
  readonly titled: boolean;
  /** Set off by a comma before or after it. */
  readonly apposed: boolean;
}

/**
 * Letters before a hyphen and a digit name a product or a model ("CX-14"); letters written against a currency's sign
 * or an amount name a currency ("RD$8,000", "GH¢14.20", "Sh120 million").
 */
const CODE_OR_CURRENCY = /^(?:-\d|[$¢€£¥₦₹]|\d)/u;

/**
 * A person's name of two words or more, after an optional courtesy title ("Angus Lorimer", "Mr Kwaku Boateng-Darko",
 * "Hon. Adebayo Ilesanmi"), after the rest of an office that runs on with "and" ("for Youth and Sports, …").
 */
const HOLDER =
  /^(?:\s+(?:and|y|e)\s+\p{Lu}[\p{L}'’-]+)?(?:,\s*|\s*\([^)]*\)\s*)(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Hon)\.?\s+)?\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u;

/**
 * Whether the name is a title alone followed by its holder's name ("the Housing Minister, Angus Lorimer", "Deputy
 * Commissioner (EOW) Shalini Raghavan", "the Minister of Electricity, Sipho Maseko"): it names that person.
 */
function titleBeforeHolder(text: string, c: NameCandidate): boolean {
  const title = TITLE.exec(c.name.concat(' '))?.[0].trimEnd();
  const office =
    title === c.name || (title !== undefined && /^\s+(?:of|for|de|del)\s/u.test(c.name.slice(title.length)));
  return office && HOLDER.test(text.slice(c.end, c.end + 60));
}

/**
 * The names of `text` that may be actors' (no document, byline or dateline), runs such as "Lydia
 * Brandt of Northgate Ventures" split in two, with their titles read; and the starts of the
 * organisations named after a person and "of".
 */
export function actorCandidates(
  text: string,
  lang: Lang,
  lines: QuoteMarks,
): { candidates: ActorCandidate[]; bodies: Set<number> } {
  const { candidates, bodies } = splitAffiliations(
    nameCandidates(text, lang).filter(
      (c) =>
        !isNoActor(c.name) &&
        !titleBeforeHolder(text, c) &&
        !CODE_OR_CURRENCY.test(text.slice(c.end, c.end + 3)) &&
        !inByline(text, c.start, lines) &&
        !inDateline(text, c.start, c.end),
    ),
    lang,
  );
  const read = candidates
    .flatMap((c) => [c, ...bodyAfterPerson(c, lang)])
    .map((c) => {
      const title = TITLE.exec(c.name);
      const rest = title ? c.name.slice(title[0].length) : c.name;
      const personal = title !== null && !/^(?:of|de|del|for|para)\s/iu.test(rest);
      // "Judge Harriet Osei of the Ashby District Court": the person ends where "of" begins.
      const own = personal && lang === 'en' ? rest.replace(/\s+of\s.*$/u, '') : rest;
      return {
        ...c,
        bare: personal ? own : c.name,
        titled: personal,
        apposed:
          /^\s*,/.test(text.slice(c.end, c.end + 2)) || /,\s*$/.test(text.slice(Math.max(0, c.start - 3), c.start)),
      };
    });
  return { candidates: read, bodies };
}
