import type { Paragraph } from './paragraphs.ts';
import type { Mention } from './reading.ts';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon.ts';

/**
 * The byline or dateline date: a full date (day, month and year) in a short line of the header
 * (at most 120 characters, not a sentence: it does not end with a full stop), among the first five
 * paragraphs and before the first one of 150 characters or more.
 */
export function bylineMention(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): Mention | null {
  const bodyStart = paragraphs.find((p) => p.end - p.start >= 150)?.start ?? text.length;
  for (const p of paragraphs.slice(0, 5)) {
    if (p.start >= bodyStart) break;
    const found = mentions.find((m) => {
      const r = m.reading;
      if (
        m.start < p.start ||
        m.end > p.end ||
        r.kind !== 'calendar' ||
        r.year === null ||
        r.month === null ||
        r.day === null
      ) {
        return false;
      }
      const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
      const lineEnd = text.indexOf('\n', m.end);
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
      return line.length <= 120 && !/[.!?]["'”’)]*$/u.test(line);
    });
    if (found) return found;
  }
  return null;
}

/**
 * A byline's line: "By" or "Por" before a capitalised name that is no weekday and no month with its day ("By
 * Corinne Waite", "Por Mariana Olvera Téllez | …", "By June Okafor"; not "By then, …" or "By March 3, 2024, …"), or a
 * header's word ("Redacción Ciudad", "Published Sept. 5, 2025").
 */
const WRITER_NAMED = new RegExp(
  `^(?:By|Por)\\s+(?!(?:${MONTH_PATTERN.en})\\s*\\d|(?:${WEEKDAY_PATTERN.en})(?![\\p{L}]))\\p{Lu}`,
  'u',
);
const HEADER_WORD = /^(?:Redacción|Published|Publicado|Updated|Actualizado)(?![\p{L}])/u;
const isBylineLine = (line: string): boolean => WRITER_NAMED.test(line) || HEADER_WORD.test(line);

/**
 * What comes before a dateline's date at the start of a paragraph: a place in capitalised words, with its region and
 * a weekday ("Oaxaca de Juárez, ", "SAN ROQUE DEL TEBICUARY (viernes ", "Ameyalco de Juárez, Pue., ").
 */
const DATELINE_PLACE =
  /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|del|la|las|los|y|do|da|of|on|upon)(?=\s))?[\s,]*)+?(?:,\s*|\(\s*)(?:\p{L}+\s+)?$/u;

/** Words that open a sentence and may stand before a comma and a date; never a dateline's place. */
const NO_PLACE =
  /^(?:Ayer|Hoy|Today|Yesterday|On|In|El|La|Los|Las|Since|Desde|Until|Hasta|From|Before|After|Then|Y|And)(?![\p{L}])/u;

const fullDate = (m: Mention): boolean =>
  m.reading.kind === 'calendar' && m.reading.year !== null && m.reading.month !== null && m.reading.day !== null;

/**
 * The full dates of the header a byline opens, which are the publication's and not events: those on the byline's line
 * and the short lines after it ("By Corinne Waite ¶ March 24, 2026", "Published Sept. 5, 2025 | Updated Sept. 8, 2025"), and
 * a dateline's date opening a paragraph of the header or the first one after it ("Oaxaca de Juárez, 18 de julio de
 * 2024.– La comunidad …", "Candelaria, 14 de mayo de 2025 (Redacción Central).- …").
 */
export function headerDates(text: string, paragraphs: readonly Paragraph[], mentions: readonly Mention[]): Mention[] {
  const lineOf = (at: number) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return { start, end: end < 0 ? text.length : end };
  };
  const head = paragraphs.slice(0, 8);
  const lines = head.flatMap((p) => {
    const out: { start: number; end: number }[] = [];
    for (let at = p.start; at < p.end;) {
      const line = lineOf(at);
      out.push(line);
      at = line.end + 1;
    }
    return out;
  });
  const byline = lines.findIndex((l) => isBylineLine(text.slice(l.start, l.end)) && l.end - l.start <= 120);
  const bylineLines: { start: number; end: number }[] = [];
  for (const l of byline < 0 ? [] : lines.slice(byline, byline + 3)) {
    const line = text.slice(l.start, l.end).trim();
    // A sentence after the byline ends the header; an initial may close the byline ("Por Constanza Villarroel M.")
    // and a time of day a header line ("Sept. 8, 2025, 9:14 a.m.").
    const sentence = l !== lines[byline] && /[.!?]["'”’)]*$/u.test(line) && !/[ap]\.\s?m\.$/u.test(line);
    if (line.length > 120 || sentence) break;
    bylineLines.push(l);
  }
  const bodyStart = head.find((p) => p.end - p.start >= 150 && (byline < 0 || p.start > (lines[byline]?.end ?? 0)));
  const datelineParagraphs = head.filter((p) => p.start <= (bodyStart?.start ?? text.length));
  return mentions.filter((m) => {
    if (!fullDate(m)) return false;
    if (bylineLines.some((l) => l.start <= m.start && m.end <= l.end)) return true;
    if (!datelineParagraphs.some((q) => q.start <= m.start && m.end <= q.end)) return false;
    // A mention may open with the bracket of "SAN ROQUE (viernes 18 de julio de 2025)".
    const before = text.slice(lineOf(m.start).start, m.start) + (text[m.start] === '(' ? '(' : '');
    return DATELINE_PLACE.test(before) && !NO_PLACE.test(before);
  });
}
