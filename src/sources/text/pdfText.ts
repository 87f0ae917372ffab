import type { getDocumentProxy } from 'unpdf';
import { ValidationError } from '../../core/errors.ts';
import { plainText, type ExtractedText } from './plainText.ts';

/** A text item as unpdf reports it: PDF coordinates, origin at the bottom left of the page. */
interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  end: number;
}

/**
 * The text layer of a PDF, read with unpdf (PDF.js), as paragraphs. Items on one baseline make a
 * line; lines make a paragraph until a gap wider than 1.4 times the document's usual line spacing, an
 * indented line, or a short line that ends a sentence. Lines of one paragraph are joined with a
 * space (a line ending in a hyphen is joined without one, the hyphen kept: "long-standing" stays
 * right, a word split by hyphenation keeps its hyphen). A paragraph that runs on to the next page
 * (no sentence end at the foot, a lower-case letter at the head) is joined across the break.
 *
 * Refused, naming `field`: bytes that are not a PDF, a password-protected PDF, and a PDF with no
 * text at all ("this PDF has no text layer; run OCR first"). unpdf is loaded at the first PDF
 * read, not with the program.
 */
export async function pdfText(bytes: Uint8Array, field: string): Promise<ExtractedText> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw ValidationError.at(field, 'is not a PDF: it does not start with %PDF-');
  const unpdf = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take the buffer over (detach it), and refuses a Node Buffer: it gets a plain copy.
    pdf = await unpdf.getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException')
      throw ValidationError.at(field, 'is a password-protected PDF; remove the password first');
    throw ValidationError.at(field, `is not a PDF that can be read (${(error as Error).message})`);
  }
  try {
    const { items } = await unpdf.extractTextItems(pdf);
    const lines = items.map((page) => linesOf(page as Item[]));
    const spacing = usualSpacing(lines);
    const pages = lines.map((page) => paragraphsOf(page, spacing));
    const withText = pages.filter((p) => p.length > 0).length;
    if (withText === 0) throw ValidationError.at(field, 'this PDF has no text layer; run OCR first');
    const warnings: string[] = [];
    const blank = pages.flatMap((p, i) => (p.length === 0 ? [i + 1] : []));
    if (blank.length > 0)
      warnings.push(
        `page${blank.length === 1 ? '' : 's'} ${blank.join(', ')} of ${pages.length} ${blank.length === 1 ? 'has' : 'have'} no text layer (scanned images?); run OCR to read ${blank.length === 1 ? 'it' : 'them'}`,
      );
    const paragraphs: string[] = [];
    for (const page of pages) {
      page.forEach((paragraph, i) => {
        const previous = paragraphs.at(-1);
        if (i === 0 && previous !== undefined && runsOn(previous, paragraph))
          paragraphs[paragraphs.length - 1] = joinLines(previous, paragraph);
        else paragraphs.push(paragraph);
      });
    }
    const { text, warnings: more } = plainText(paragraphs.join('\n\n'), field);
    const title = await titleOf(pdf);
    return { text, ...(title ? { title } : {}), warnings: [...warnings, ...more] };
  } finally {
    await pdf.destroy();
  }
}

async function titleOf(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<string | undefined> {
  try {
    const { info } = await pdf.getMetadata();
    const title = (info as { Title?: unknown }).Title;
    return typeof title === 'string' && title.trim() !== '' ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Items grouped into lines, top to bottom as PDF.js gives them. */
function linesOf(items: readonly Item[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  const close = () => {
    if (current && current.text.trim() !== '')
      lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() });
    current = null;
  };
  for (const item of items) {
    const size = item.fontSize || item.height || 10;
    if (current !== null && item.str.trim() !== '' && Math.abs(item.y - current.y) > current.size / 2) close();
    if (current === null) {
      if (item.str.trim() !== '') current = { text: item.str, x: item.x, y: item.y, size, end: item.x + item.width };
    } else {
      const gap = item.x - current.end;
      if (gap > current.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.end = Math.max(current.end, item.x + item.width);
    }
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

/**
 * The document's usual spacing between two lines of a paragraph: the first quartile of the gaps
 * between lines (most gaps are inside paragraphs; the quartile stays there even where many are not).
 */
function usualSpacing(pages: readonly (readonly Line[])[]): number {
  const gaps = pages.flatMap((lines) =>
    lines.slice(1).flatMap((line, i) => {
      const gap = lines[i]!.y - line.y;
      return gap > 0 ? [gap] : [];
    }),
  );
  return gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 4)]! : 0;
}

/** Lines grouped into paragraphs (see {@link pdfText}); `usual`: see {@link usualSpacing}. */
function paragraphsOf(lines: readonly Line[], usual: number): string[] {
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.x));
  const widest = Math.max(...lines.map((l) => l.end - l.x));
  const paragraphs: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const line = lines[i]!;
    const gap = before.y - line.y;
    const spaced = gap > Math.max(usual, before.size) * 1.4 || gap < 0;
    const indented = line.x > left + line.size && before.x <= left + line.size / 2;
    const short = before.end - before.x < widest * 0.7 && /[.!?:"”’)]$/.test(before.text);
    if (spaced || indented || short) {
      paragraphs.push(current);
      current = line.text;
    } else {
      current = joinLines(current, line.text);
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

const joinLines = (a: string, b: string) => (/\p{L}-$/u.test(a) ? `${a}${b}` : `${a} ${b}`);

/** A paragraph cut by a page break: no sentence end at the foot, a lower-case letter at the head. */
const runsOn = (foot: string, head: string) => !/[.!?:"”’)]$/.test(foot) && /^\p{Ll}/u.test(head);
