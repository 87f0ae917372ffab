import { z } from 'zod';
import { readRegistryDoc } from '../../../projections/queries/registryQuery.ts';
import { readSourceQuotes } from '../../../projections/queries/sourceQuotes.ts';
import { sourceTextOf } from '../../../projections/sourceTexts.ts';
import { execute } from '../../commands/execute.ts';
import { NotFoundError } from '../../core/errors.ts';
import { Slug } from '../../core/slug.ts';
import { extractText, MAX_DOCUMENT_BYTES, paragraphCount, type ExtractTextInput } from '../../sources/text/index.ts';
import { formatEtag, parseIfMatch } from '../etag.ts';
import { route, type RouteSpec } from '../route.ts';
import { IdParams, SourceSchema } from '../schemas.ts';
import { AttachSourceTextBody, SourceTextSchema } from '../sourceTextSchemas.ts';
import { PROBLEMS } from './problems.ts';

/** The reply: whether anything was written, what reading dropped, where the quotes stand, the source. */
const SourceTextReplySchema = z
  .object({
    attached: z
      .boolean()
      .meta({ description: 'false when the source already held this very text: nothing was written' }),
    warnings: z.array(z.string()).meta({ description: 'What reading the document dropped or guessed' }),
    quotes: z
      .object({
        found: z.number().int().meta({ description: 'Citations of this source whose quote is in the text' }),
        notFound: z
          .array(z.object({ factId: Slug, citationId: z.string(), quote: z.string() }))
          .meta({ description: 'Citations whose quote is not in it (each is a quote-not-in-source finding)' }),
      })
      .meta({ description: 'The quotes current facts cite from the source' }),
    source: SourceSchema,
  })
  .meta({ id: 'SourceTextReply' });

/** Base64 of the largest document read, and room for the rest of the body. */
const BODY_LIMIT = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4 + 1024 * 1024;

/**
 * `POST /api/sources/:id/text`: a source's full text, read from plain text, an HTML page or a PDF;
 * `GET` of it: the text as held, for quotes to be picked from it.
 */
export const sourceTextRoutes: RouteSpec[] = [
  route({
    method: 'get',
    path: '/api/sources/:id/text',
    operationId: 'getSourceText',
    tag: 'sources',
    role: 'reader',
    summary: 'A source’s full text as it is held (the text quotes are located in)',
    params: IdParams,
    responses: {
      200: { description: 'The text; `ETag` = the source’s revision', schema: SourceTextSchema },
      ...PROBLEMS.read,
    },
    handle: async (ctx) => {
      const { id } = ctx.params;
      const rm = ctx.deps.chronicle.readModels();
      const source = readRegistryDoc(rm, 'sources', id);
      const held = sourceTextOf(rm, id);
      if (!held) throw new NotFoundError(`source ${id} holds no text`);
      return {
        status: 200,
        body: { sourceId: id, sha256: held.sha256, text: held.text, paragraphs: paragraphCount(held.text) },
        headers: { ETag: formatEtag(source.revision) },
      };
    },
  }),
  route({
    method: 'post',
    path: '/api/sources/:id/text',
    operationId: 'attachSourceText',
    tag: 'sources',
    role: 'editor',
    ifMatch: true,
    summary: 'Attach a source’s full text; its citations’ quotes are then located and checked',
    params: IdParams,
    body: AttachSourceTextBody,
    bodyLimit: BODY_LIMIT,
    responses: {
      200: {
        description:
          'The text is held (`attached: false` when it was already: nothing was written); where the quotes cited from the source stand. `ETag` = the source’s revision',
        schema: SourceTextReplySchema,
      },
      ...PROBLEMS.write,
    },
    handle: async (ctx) => {
      const { id } = ctx.params;
      const { text, html, pdf, reason } = ctx.body;
      const input: ExtractTextInput =
        text !== undefined
          ? { kind: 'txt', bytes: text, field: 'text' }
          : html !== undefined
            ? { kind: 'html', bytes: html, field: 'html' }
            : { kind: 'pdf', bytes: Buffer.from(pdf ?? '', 'base64'), field: 'pdf' };
      const extracted = await extractText(input);
      const ifMatch = parseIfMatch(ctx.req.get('If-Match'));
      const result = await execute(
        ctx.deps.chronicle.write,
        'source',
        id,
        { type: 'AttachSourceText', data: { sourceId: id, text: extracted.text } },
        {
          metadata: {
            recordedBy: ctx.recordedBy,
            ...(reason ? { reason } : {}),
            correlationId: String(ctx.req.id),
          },
          ...(typeof ifMatch === 'bigint' ? { expectedRevision: ifMatch } : {}),
        },
      );
      if (result.position !== undefined) await ctx.deps.chronicle.runner.waitFor(result.position);
      const rm = ctx.deps.chronicle.readModels();
      const source = readRegistryDoc(rm, 'sources', id);
      return {
        status: 200,
        body: {
          attached: result.events.length > 0,
          warnings: extracted.warnings,
          quotes: readSourceQuotes(rm, id),
          source,
        },
        headers: { ETag: formatEtag(source.revision) },
      };
    },
  }),
];
