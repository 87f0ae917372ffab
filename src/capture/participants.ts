import type { ActorIndex, ActorMention } from './actorTypes.ts';
import { kindOfName } from './actorKinds.ts';
import type { TextSpan } from './textSpans.ts';

/**
 * Which of the names in a clause take part in its event, and which are only mentioned: a source
 * cited ("according to the Ledger", "seen by The Ledger Review", "según la Fiscalía"), and a place
 * ("in Carver", "off Kestle Quay", "the Dayton plant", "el cantón El Tolmayal", a country after "from",
 * "to" or "a").
 */

/** "according to", "seen by", "según", "de acuerdo con", then at most five words without a comma. */
const CITED =
  /(?:^|[^\p{L}])(?:according\s+to|seen\s+by|obtained\s+by|según|de\s+acuerdo\s+con|consultad[oa]s?\s+por|obtenid[oa]s?\s+por)\s+(?:[^\s,;:.]+\s+){0,5}$/iu;
/** A preposition of place just before a name ("in the Netherlands", "west of Cape Verde"). */
const LOCATED =
  /(?:^|[^\p{L}])(?:in|near|off|outside|across|throughout|(?:north|south|east|west)\s+of)\s+(?:the\s+)?$/iu;
/** A preposition of place or direction before a country, or before the list the country ends ("from Nepal and India", "a Chile, Perú y Bolivia"). */
const TOWARD =
  /(?:^|[^\p{L}])(?:from|to|into|at|in|near|a|al|en|desde|hacia|hasta)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+|\s+(?:and|y|e)\s+))*$/u;
/**
 * The common noun of a place just before a name, or before the list the name ends, past an article
 * ("los barrios La Ribera y Villa Caoba", "el cantón El Tolmayal", "the village of Ardmore").
 */
const PLACE_NOUN =
  /(?:^|[^\p{L}])(?:barrios?|colonias?|cantón|cantones|municipios?|comunas?|corregimientos?|veredas?|parroquias?|aldeas?|caseríos?|estaci(?:ón|ones)|arroyos?|ríos?|quebradas?|villages?(?:\s+of)?|towns?\s+of|suburbs?(?:\s+of)?|hamlets?(?:\s+of)?|islands?\s+of)\s+(?:(?:[Ll]a|[Ee]l|[Ll]os|[Ll]as)\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+(?:de|del|de\s+la)?\s*\p{Lu}[\p{L}-]*)*(?:,\s+|\s+(?:and|y|e)\s+)(?:(?:[Ll]a|[Ee]l|[Ll]os|[Ll]as)\s+)?)*$/u;
/** A name before a noun of a site ("the Dayton plant", "a Columbus pharmacy", "Wendport harbour") says where. */
const SITE =
  /^\s+(?:plant|factory|site|works|harbou?r|port|weir|neighbou?rhood|district|pharmacy|warehouse|mine|area|region|branch|store|premises|campus|depot|facility|offices?|headquarters|hall)(?![\p{L}'’])/u;
/** "the Pellam report", "the Brisa case", "the Corvane figures": after "the", the name says whose document or affair. */
const DOCUMENT_OF =
  /^\s+(?:report|letter|memo|email|figures|valuations|accounts|case|affair|scandal|detection|outbreak)(?![\p{L}'’])/u;

/** A possessive just before a word ("Its …", "the union's …"). */
const POSSESSIVE = /(?:^|[^\p{L}])(?:its|their|his|her|our|\p{L}+['’]s)\s+$/iu;

/**
 * Whether `m`, a name in `span`, is only mentioned there: a source cited, one word that modifies the noun after it
 * ("Its Ampara assistant commissioner"), a name after a preposition of place that its own words do not make an
 * organisation ("in Carver", not "in the High Court"), a name before the noun of a site, or after "the" before the
 * noun of a document or an affair ("the Pellam report", "the Brisa case").
 */
export function onlyMentioned(text: string, m: ActorMention, span: TextSpan, index: ActorIndex): boolean {
  const lead = text.slice(Math.max(span.start, m.start - 80), m.start);
  if (CITED.test(lead) || PLACE_NOUN.test(lead)) return true;
  // "Its Ampara assistant commissioner", "the union's Atlantic director": one word between a possessive and a noun.
  if (
    !text.slice(m.start, m.end).includes(' ') &&
    POSSESSIVE.test(lead) &&
    /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))
  )
    return true;
  const actor = index.actors.get(m.actorId);
  if (!actor || actor.kind === 'person') return false;
  if (actor.kind === 'country' && TOWARD.test(lead)) return true;
  const placeLike = actor.kind === 'country' || kindOfName(actor.name) === null;
  const after = text.slice(m.end, m.end + 16);
  return (
    (placeLike && LOCATED.test(lead)) || SITE.test(after) || (/(?:^|\s)the\s+$/u.test(lead) && DOCUMENT_OF.test(after))
  );
}

/** The names of `mentions` (inside `span`) that take part in its event. */
export function participantsIn(
  text: string,
  mentions: readonly ActorMention[],
  span: TextSpan,
  index: ActorIndex,
): ActorMention[] {
  return mentions.filter((m) => !onlyMentioned(text, m, span, index));
}

/** A conjunction, and an article, just before the subject of a clause of its own ("…, and the council opened", "… y Tolmer firmó"). */
const JOINED = /(?:^|[\s,;])(?:and|but|while|whereas|y|e|pero|aunque|mientras)\s+(?:(?:the|el|la|los|las)\s+)?$/iu;

/**
 * Whether `m`, a name of the sentence after `clause`, is the subject of a later clause joined to it
 * by a conjunction ("residents filed 40 claims on 3 May, and the Harlan County Council opened an inquiry").
 */
export function inLaterClause(text: string, clause: TextSpan, m: ActorMention): boolean {
  return m.start >= clause.end && JOINED.test(text.slice(clause.end, m.start));
}
