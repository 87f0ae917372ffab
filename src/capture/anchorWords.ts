import type { Anchor, Reading } from './reading.ts';

/**
 * The event a relative phrase names, as the words after "after" / "before" / "de": up to the
 * next punctuation or conjunction, at most ten words ("ten days after this alert, …" → "this alert").
 */
export const ANCHOR_PATTERN = `(?<anchor>(?:(?![,.;:!?()"“”«»]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|que|quien)\\s)[^\\n]){1,90}?)(?=[,.;:!?()"“”«»]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|quien)\\s|$)`;

/**
 * Whether anchor words only point back ("it", "this", "that"), naming no event; a clause with a
 * pronoun for its subject ("after she sent it", "después de que ella renunció") names its event by its verb.
 */
export function namesNoEvent(words: string): boolean {
  const w = words.trim();
  return /^(?:it|this|that|then|them|him|her|esto|eso|ello|él|ella)$/iu.test(w);
}

/** The event anchor words name ("the inspection"), or the previous one when they only point back ("it"). */
export const anchorOf = (words: string | undefined): Anchor =>
  words === undefined || namesNoEvent(words) ? { kind: 'previous' } : { kind: 'named', words: words.trim() };

/** Nouns of a span of time, not of an event: "since the start", "desde el inicio". */
const TIME_NOUNS =
  'start|end|beginning|middle|turn|outset|close|dawn|day|days|week|weeks|weekend|month|months|year|years|decade|summer|winter|spring|autumn|fall|morning|evening|night|afternoon|time|past|moment|inicio|principio|comienzo|final|fin|mitad|día|días|semana|mes|meses|año|años|década|verano|invierno|primavera|otoño|mañana|tarde|noche|momento|pasado';

/**
 * A definite noun phrase naming an event ("the fire", "its inspection of the plant", "la firma
 * del contrato"): a determiner and words without digits, up to the next punctuation or
 * conjunction, at most 60 characters, with no word of a span of time ("desde la carretera hace dos
 * semanas" names no event).
 */
export const NAMED_EVENT_PATTERN = `(?<anchor>(?:the|its|his|her|their|this|that|el|la|los|las|su|sus|aquel|aquella)\\s+(?!(?:${TIME_NOUNS})(?![\\p{L}]))(?:(?![,.;:!?()"“”«»\\d]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|que|quien)\\s|\\s(?:ago|hace|${TIME_NOUNS})(?![\\p{L}]))[^\\n]){1,60}?)(?=[,.;:!?()"“”«»]|\\s(?:and|but|when|while|as|which|who|y|pero|cuando|mientras|que|quien)\\s|$)`;

/** The event a definite noun phrase names, a date only when the text told it ("since the fire"). */
export const strictAnchor = (words: string | undefined): Anchor =>
  words === undefined || namesNoEvent(words)
    ? { kind: 'previous' }
    : { kind: 'named', words: words.trim(), strict: true };

/** "since the raid", "desde la firma" → open from the event named; "since then", "desde entonces" → from the previous one. */
export const sinceReading = (groups: Record<string, string | undefined> | undefined): Reading => ({
  kind: 'relative',
  relation: 'after',
  offset: null,
  openEnded: true,
  anchor: groups?.then ? { kind: 'previous' } : strictAnchor(groups?.anchor),
});
