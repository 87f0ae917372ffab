import type { ActorIndex, ActorMention } from './actorTypes.ts';
import { SAYING } from './nameContext.ts';
import { firstFrom } from './textSpans.ts';

/**
 * Who speaks the quoted words that hold a date: the person the attribution after the quotation
 * names ('"…," said Ana Ruiz', '"…", dijo Ñancupil', '"…," STH president Helena Matos told'); with
 * a pronoun or a bare verb ('"…," she said', '"…", afirmó') or no attribution after a quotation
 * that continues an earlier one in its paragraph, the first person the paragraph names outside
 * quotation marks.
 */

const VERB_AFTER = new RegExp(`^["”»]?\\s*[,.]?\\s*(?:(?:he|she|él|ella)\\s+)?(?:${SAYING})(?![\\p{L}])`, 'iu');
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
  const verb = VERB_AFTER.test(after);
  if (named && (verb || SAYS_AFTER.test(text.slice(named.end, named.end + 20)))) return named;
  const continued = quotes.closerWithin(from, quote.open);
  if (!verb && !(continued && /^["”»]?\s*$/u.test(after))) return null;
  for (let i = firstFrom(mentions, from); i < mentions.length; i += 1) {
    const m = mentions[i] as ActorMention;
    if (m.start > quote.open) break;
    if (m.end <= quote.open && isPerson(m) && !quotes.quotationAround(m.start + 1)) return m;
  }
  return null;
}
