import { z } from 'zod';
import 'zod-openapi';
import { EXCERPT_SIDE } from '../sources/text/index.ts';

/** The HTTP schemas of source texts: the body that attaches one, and what reads show of it. */

export const AttachSourceTextBody = z
  .strictObject({
    text: z.string().optional().meta({ description: 'Plain text or Markdown, kept as written' }),
    html: z.string().optional().meta({ description: 'An HTML page: its article body is kept (Readability)' }),
    pdf: z
      .base64({ error: 'must be base64' })
      .optional()
      .meta({ description: 'A PDF, base64: its text layer is read' }),
    reason: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(2000, 'must be at most 2000 characters')
      .optional()
      .meta({ description: 'Why (kept in the source’s history)' }),
  })
  .refine((b) => [b.text, b.html, b.pdf].filter((x) => x !== undefined).length === 1, {
    message: 'give the document as exactly one of text, html or pdf',
  })
  .meta({ id: 'AttachSourceText' });

export const SourceTextSummarySchema = z
  .object({
    sha256: z.string().meta({ description: 'SHA-256 of the text’s UTF-8 bytes, hex' }),
    characters: z.number().int(),
    paragraphs: z.number().int(),
  })
  .nullable()
  .meta({ description: 'The full text held for the source (POST /api/sources/{id}/text), or null' });

/** A source's text as it is held: what quotes are located in, paragraphs separated by one blank line. */
export const SourceTextSchema = z
  .object({
    sourceId: z.string(),
    sha256: z.string().meta({ description: 'SHA-256 of the text’s UTF-8 bytes, hex' }),
    text: z.string().meta({
      description: 'The stored form: NFC, `\\n` line breaks, paragraphs separated by exactly one blank line',
    }),
    paragraphs: z.number().int(),
  })
  .meta({ id: 'SourceText' });

const Offset = z.number().int().min(0);
export const CitationLocationSchema = z
  .union([
    z.object({
      found: z.literal(true),
      paragraph: z.number().int().min(1).meta({
        description: 'The paragraph the quote starts in, counted from 1 (paragraphs are separated by a blank line)',
      }),
      start: Offset.meta({
        description: 'Offset of the quote’s first character in the source’s text (JavaScript string units)',
      }),
      end: Offset.meta({ description: 'Offset just after its last character: the quote is text.slice(start, end)' }),
      occurrences: z
        .number()
        .int()
        .min(1)
        .meta({ description: 'How many times the quote is in the text; it is located at the first' }),
      excerpt: z.object({ text: z.string(), start: Offset, end: Offset }).meta({
        description: `The paragraph around the quote (at most ${EXCERPT_SIDE} characters either side, cut at a space and marked …), and the quote in it: text.slice(start, end)`,
      }),
    }),
    z.object({ found: z.literal(false) }),
  ])
  .nullable()
  .meta({
    id: 'CitationLocation',
    description:
      'Where the quote is in the source’s text, computed when the text is held (the citation’s own locator stays as written): found, with the paragraph and offsets; not found (the checks report quote-not-in-source); null when there is no quote or no text held',
  });
