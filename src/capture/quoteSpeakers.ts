import type { ActorIndex, ActorMention } from './actorTypes.ts';
import { SAYING } from './nameContext.ts';
import { firstFrom } from './textSpans.ts';

/**
 * Who speaks the quoted words that hold a date: the person the attribution after the quotation
 * names ('"…," said Ana Ruiz', '"…", dijo Ñancupil', '"…", relató doña Reina Zúniga', '"…," STH
 * president Helena Matos told'); with a pronoun, a description or a bare verb ('"…," she said', '"…"
 * the 62-year-old asked', '"…", reclamó') or no attribution after a quotation that continues an
 * earlier one in its paragraph, the first person the paragraph names outside quotation marks; and
 * for words in the first person attributed by a description or a bare verb, when the paragraph
 * names no one before the quotation, the last person the text named before it.
 */

/** A verb of saying after the quotation, with the speaker's pronoun before it or not ('," she said', '", dijo'). */
const VERB_AFTER = new RegExp(`^["”»]?\\s*[,.]?\\s*(?:(?:he|she|él|ella)\\s+)?(?:${SAYING})(?![\\p{L}])`, 'iu');
/** A Spanish verb after the quotation and its comma, in the preterite or the present of telling ('", reclamó', '", dice'). */
const SPANISH_VERB_AFTER =
  /^["”»]?\s*,\s*(?:\p{Ll}+ó|dice|cuenta|relata|explica|asegura|afirma|recuerda|lamenta)(?![\p{L}])/u;
/** An attribution by the speaker's age, which refers back ('" the 62-year-old asked', '," the 57-year-old said'). */
const REFERRED_AFTER = new RegExp(
  `^["”»]?\\s*[,.]?\\s*the\\s+\\d+-year-old\\s+(?:${SAYING}|asked|asks)(?![\\p{L}])`,
  'u',
);
/** A Spanish verb alone or with a noun that describes the speaker ('", reclamó.', '", afirmó el jerarca.', '", señaló la docente, de 34 años'). */
const SPANISH_REFERRED_AFTER = /^["”»]?\s*,\s*\p{Ll}+(?:\s+(?:el|la)\s+\p{Ll}+)?\s*(?:[.,;]|$)/u;
/** Words in the first person ("I", "we", "our", "yo", "nosotros", "traemos"). */
const FIRST_PERSON =
  /(?:^|[^\p{L}])(?:I|we|my|our|me|us|yo|nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|\p{Ll}{2,}(?:amos|emos|imos))(?![\p{L}'’])/u;
/** The same words opening the sentence with a capital ("We hauled …", "Traemos agua …"). */
const FIRST_PERSON_OPENING =
  /^[\s"“«¿¡]*(?:We|My|Our|Me|Us|Yo|Nosotros|Nosotras|Nuestro|Nuestra|Nuestros|Nuestras|\p{Lu}\p{Ll}+(?:amos|emos|imos))(?![\p{L}'’])/u;
const SAYS_AFTER = new RegExp(`^\\s+(?:${SAYING})(?![\\p{L}])`, 'u');

export function quoteSpeaker(text: string, at: number, index: ActorIndex): ActorMention | null {
  const { quotes, mentions } = index;
  const quote = quotes.quotationAround(at);
  if (!quote) return null;
  const isPerson = (m: ActorMention) => index.actors.get(m.actorId)?.kind === 'person';
  const from = quotes.lineStart(quote.open);
  const after = text.slice(quote.close, quotes.lineEnd(quote.close));
  // The attribution runs to the end of its sentence.
  const attribution = quote.close + (/[.!?]["”’]?(?:\s|$)|["“«]/u.exec(after)?.index ?? after.length);
  let named: ActorMention | undefined;
  for (let i = firstFrom(mentions, quote.close); i < mentions.length; i += 1) {
    const m = mentions[i] as ActorMention;
    if (m.start - quote.close > 80) break;
    if (m.end <= attribution && isPerson(m)) {
      named = m;
      break;
    }
  }
  const referred = REFERRED_AFTER.exec(after);
  const verb = VERB_AFTER.test(after) || SPANISH_VERB_AFTER.test(after) || referred !== null;
  if (named && (verb || SAYS_AFTER.test(text.slice(named.end, named.end + 20)))) return named;
  const continued = quotes.closerWithin(from, quote.open);
  if (!verb && !(continued && /^["”»]?\s*$/u.test(after))) return null;
  for (let i = firstFrom(mentions, from); i < mentions.length; i += 1) {
    const m = mentions[i] as ActorMention;
    if (m.start > quote.open) break;
    if (m.end <= quote.open && isPerson(m) && !quotes.quotationAround(m.start + 1)) return m;
  }
  // The paragraph names no one before the quotation: the speaker of words in the first person, attributed by a
  // description or a bare verb, is the person last named before it.
  if (!referred && !SPANISH_REFERRED_AFTER.test(after)) return null;
  const sentenceStart = Math.max(quote.open, text.slice(0, at).search(/[.!?]["”’]?\s+[^.!?]*$/u) + 1);
  const rest = text.slice(at, quote.close);
  const sentenceEnd = at + (/[.!?](?:\s|$)/u.exec(rest)?.index ?? rest.length);
  const sentence = text.slice(sentenceStart, sentenceEnd);
  if (!FIRST_PERSON.test(sentence) && !FIRST_PERSON_OPENING.test(sentence)) return null;
  for (let i = firstFrom(mentions, from) - 1; i >= 0; i -= 1) {
    const m = mentions[i] as ActorMention;
    if (isPerson(m) && !quotes.insideQuote(m.start)) return m;
  }
  return null;
}
