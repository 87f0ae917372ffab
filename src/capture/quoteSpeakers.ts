import type { ActorIndex, ActorMention } from './actorIndex.ts';
import { SAYING } from './nameContext.ts';

/**
 * Who speaks the quoted words that hold a date: the person the attribution after the quotation
 * names ('"…," said Ana Ruiz', '"…", dijo Ñancupil', '"…," STH president Helena Matos told'); with
 * a pronoun or a bare verb ('"…," she said', '"…", afirmó') or no attribution after a quotation
 * that continues an earlier one in its paragraph, the first person the paragraph names outside
 * quotation marks.
 */

const VERB_AFTER = new RegExp(`^["”»]?\\s*[,.]?\\s*(?:(?:he|she|él|ella)\\s+)?(?:${SAYING})(?![\\p{L}])`, 'iu');
const SAYS_AFTER = new RegExp(`^\\s+(?:${SAYING})(?![\\p{L}])`, 'u');

/** The quotation (opening and closing marks) around `at` in its paragraph, or null outside quotation marks. */
export function quotationAround(text: string, at: number): { open: number; close: number } | null {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let open = -1;
  for (let i = from; i < at; i += 1) {
    const ch = text[i];
    if (ch === '“' || ch === '«') open = i;
    else if (ch === '”' || ch === '»') open = -1;
    else if (ch === '"') open = open < 0 ? i : -1;
  }
  if (open < 0) return null;
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  for (let i = at; i < end; i += 1) if (/["”»]/u.test(text[i] as string)) return { open, close: i + 1 };
  return { open, close: end };
}

export function quoteSpeaker(text: string, at: number, index: ActorIndex): ActorMention | null {
  const quote = quotationAround(text, at);
  if (!quote) return null;
  const isPerson = (m: ActorMention) => index.actors.get(m.actorId)?.kind === 'person';
  const from = text.lastIndexOf('\n', quote.open - 1) + 1;
  const lineEnd = text.indexOf('\n', quote.close);
  const after = text.slice(quote.close, lineEnd < 0 ? text.length : lineEnd);
  // The attribution runs to the end of its sentence.
  const attribution = quote.close + (/[.!?]["”’]?(?:\s|$)|["“«]/u.exec(after)?.index ?? after.length);
  const named = index.mentions.find(
    (m) => m.start >= quote.close && m.end <= attribution && m.start - quote.close <= 80 && isPerson(m),
  );
  const verb = VERB_AFTER.test(after);
  if (named && (verb || SAYS_AFTER.test(text.slice(named.end, named.end + 20)))) return named;
  const continued = /["”»]/u.test(text.slice(from, quote.open));
  if (!verb && !(continued && /^["”»]?\s*$/u.test(after))) return null;
  return (
    index.mentions.find(
      (m) => m.start >= from && m.end <= quote.open && isPerson(m) && !quotationAround(text, m.start + 1),
    ) ?? null
  );
}
