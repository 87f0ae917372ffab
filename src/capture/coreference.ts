import type { ActorIndex, ActorMention } from './actorIndex.ts';
import { firstFrom, type TextSpan } from './textSpans.ts';

/**
 * Actors a clause names without their names: "he" / "she" / "him" is the last person the text
 * named, when the clause names no person; "the judge", "el ministro" the last person named just
 * after that role word; "the agency", "the council", "la empresa" the last actor
 * named with that word in its name (a firm or company: the last company), beside any other names.
 */

const PRONOUN = /(?:^|[^\p{L}])(?:he|she|him|él|ella)(?![\p{L}])/iu;
const GENERIC =
  /(?:^|[^\p{L}])(?:the|its|la|el|esa|ese|dicha|dicho)\s+(agency|council|authority|department|ministry|committee|board|court|commission|office|hospital|club|party|embassy|team|government|police|university|institute|union|equipo|club|gobierno|policía|universidad|instituto|sindicato|tribunal|ayuntamiento|fiscalía|secretaría|ministerio|comisión|audiencia|agencia|firm|company|empresa|compañía)(?![\p{L}])/giu;
const COMPANY_WORDS = new Set(['firm', 'company', 'empresa', 'compañía']);
/** "the judge", "el ministro", "la alcaldesa": a role word that names a person the text introduced with it. */
const ROLE =
  /(?:^|[^\p{L}])(?:the|el|la)\s+(judge|minister|mayor|governor|senator|auditor|prosecutor|coroner|coach|manager|chairman|chairwoman|chief\s+executive|juez|jueza|ministr[oa]|alcalde(?:sa)?|gobernador(?:a)?|senador(?:a)?|fiscal|entrenador(?:a)?|president[ea]|secretari[oa]|subsecretari[oa]|director(?:a)?|consejer[oa]|magistrad[oa])(?![\p{L}])/giu;
const stemOfRole = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').slice(0, 6);

export function impliedActors(text: string, span: TextSpan, index: ActorIndex, hasPerson: boolean): ActorMention[] {
  const body = text.slice(span.start, span.end);
  // The last few hundred names before the clause are enough to look back through.
  const upTo = firstFrom(index.mentions, span.start);
  const earlier = index.mentions.slice(Math.max(0, upTo - 300), upTo).filter((m) => m.end <= span.start);
  const out: ActorMention[] = [];
  if (!hasPerson && PRONOUN.test(body)) {
    const person = [...earlier].reverse().find((m) => index.actors.get(m.actorId)?.kind === 'person');
    if (person) out.push(person);
  }
  for (const match of body.matchAll(ROLE)) {
    const role = stemOfRole(match[1] as string);
    // The person whose name follows the role word ("Judge Harriet Osei", "el ministro de Economía, Luis Gil").
    const found = [...earlier].reverse().find((m) => {
      if (index.actors.get(m.actorId)?.kind !== 'person') return false;
      const lead = text.slice(Math.max(0, m.start - 50), m.end).toLowerCase();
      return lead.includes(role);
    });
    if (found && !out.some((o) => o.actorId === found.actorId)) out.push(found);
  }
  for (const match of body.matchAll(GENERIC)) {
    const word = (match[1] as string).toLowerCase();
    const found = [...earlier].reverse().find((m) => {
      const actor = index.actors.get(m.actorId);
      if (!actor) return false;
      if (COMPANY_WORDS.has(word)) return actor.kind === 'company';
      return actor.name.toLowerCase().split(/\s+/).includes(word);
    });
    if (found && !out.some((o) => o.actorId === found.actorId)) out.push(found);
  }
  return out;
}
