import { z } from 'zod';
import { captureContextOf } from '../../capture/storeContext.ts';
import { ValidationError } from '../../core/errors.ts';
import { extractText } from '../../sources/text/index.ts';
import { ActorKind } from '../../actors/events.ts';
import { clientGone } from '../clientGone.ts';
import { route, type RouteSpec } from '../route.ts';
import { PROBLEMS } from './problems.ts';

/**
 * Capture reads at most 2 MiB of text; JSON's escapes (`\"`, `\n`, a `\uXXXX` for a three-byte
 * character) at most double it, and the other fields are short.
 */
export const CAPTURE_BODY_LIMIT = 5 * 1024 * 1024;

const CaptureBody = z
  .strictObject({
    text: z.string().optional().meta({ description: 'The article as plain text (UTF-8, at most 2 MiB)' }),
    html: z
      .string()
      .optional()
      .meta({ description: 'The article as an HTML page: its body is read as a source text is (Readability)' }),
    pdf: z
      .string()
      .optional()
      .meta({ description: 'The article as a PDF, base64: its text layer is read as a source text is' }),
    sourceId: z
      .string()
      .optional()
      .meta({ description: 'The source the draft cites; an existing source is repeated unchanged' }),
    title: z.string().optional(),
    publishedOn: z.string().optional().meta({ description: 'The publication date, EDTF', example: '2022-10' }),
    lang: z.string().optional().meta({ description: 'en, es or auto (default auto)' }),
  })
  .meta({ id: 'CaptureRequest' });

/** The text of an article sent as HTML or as a base64 PDF, read as a source's text is (`extractText`). */
async function extractedText(html: string | undefined, pdf: string | undefined): Promise<string> {
  if (html !== undefined) return (await extractText({ kind: 'html', bytes: html, field: 'html' })).text;
  return (await extractText({ kind: 'pdf', bytes: Buffer.from(pdf ?? '', 'base64'), field: 'pdf' })).text;
}

const Span = z.object({
  fact: z.string(),
  phrase: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  rule: z.string(),
  confidence: z.number(),
});
const CaptureDraftSchema = z
  .object({
    title: z.string().optional(),
    sources: z.array(
      z.looseObject({ id: z.string(), title: z.string(), publishedOn: z.string().nullable(), text: z.string() }),
    ),
    actors: z.array(z.object({ id: z.string(), name: z.string(), kind: ActorKind, aliases: z.array(z.string()) })),
    topics: z.array(z.never()),
    facts: z.array(
      z.object({
        id: z.string(),
        summary: z.string(),
        when: z.string(),
        actors: z.array(z.object({ id: z.string(), role: z.string().nullable() })),
        topics: z.array(z.never()),
        citations: z.array(
          z.object({
            source: z.string(),
            quote: z.string(),
            locator: z.string(),
            statedDate: z.string(),
            statedWeekday: z.string().nullable(),
          }),
        ),
        relations: z.array(
          z.object({ type: z.enum(['after', 'before', 'same-day']), fact: z.string(), offset: z.string().nullable() }),
        ),
      }),
    ),
    capture: z.object({
      lang: z.enum(['en', 'es']),
      publishedOnFrom: z.enum(['request', 'byline', 'store', 'none']),
      spans: z.array(Span),
      skipped: z.array(
        z.object({ phrase: z.string(), start: z.number().int(), end: z.number().int(), reason: z.string() }),
      ),
    }),
  })
  .meta({ id: 'CaptureDraft', description: 'A dossier that imports as is, plus the `capture` section import ignores' });

/** `POST /api/capture`: an article's text → a draft dossier of the dated events it states (nothing is written). */
export const captureRoutes: RouteSpec[] = [
  route({
    method: 'post',
    path: '/api/capture',
    operationId: 'captureArticle',
    tag: 'capture',
    role: 'editor',
    summary: 'Read an article and return a draft dossier of the dated events it states, for review (writes nothing)',
    body: CaptureBody,
    bodyLimit: CAPTURE_BODY_LIMIT,
    responses: {
      200: {
        description: 'The draft: dated facts with quotes, actors, relations, and how each date was read',
        schema: CaptureDraftSchema,
      },
      ...PROBLEMS.capture,
    },
    handle: async (ctx) => {
      const { text, html, pdf, ...rest } = ctx.body;
      const given = [text !== undefined && 'text', html !== undefined && 'html', pdf !== undefined && 'pdf'].filter(
        Boolean,
      );
      if (given.length !== 1) {
        throw ValidationError.at(
          '',
          `give exactly one of text, html or pdf (got ${given.length ? given.join(', ') : 'none'})`,
        );
      }
      const request = { text: text ?? (await extractedText(html, pdf)), ...rest };
      const { chronicle } = ctx.deps;
      const rm = chronicle.readModels();
      const context = captureContextOf(rm, chronicle.write.clock(), rest.sourceId);
      const gone = clientGone(ctx.res);
      try {
        const draft = await ctx.deps.captures.capture(request, context, (max) => rm.factIds(max), gone.signal);
        return { status: 200, body: draft };
      } finally {
        gone.dispose();
      }
    },
  }),
];
