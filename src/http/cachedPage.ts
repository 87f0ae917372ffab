import type { Reply, RouteContext } from './route.ts';
import { noneMatchHits, PageCache, type CachedPage } from './pageCache.ts';
import { replyCompressor } from './replyEncoding.ts';

/**
 * Answers a read of the read models from the page cache: `304` when `If-None-Match` names the
 * page's current ETag (nothing is built), the kept bytes when the read models have not changed
 * since they were serialised, else `build()`'s reply (bytes, or serialised here), kept; requests that
 * arrive while it is built wait for that one build. Replies other than 200 are passed through and
 * not kept. A kept page is compressed once per coding (see replyEncoding.ts).
 */
export async function cachedPage(
  ctx: RouteContext<unknown, unknown, unknown>,
  build: () => Reply | Promise<Reply>,
): Promise<Reply> {
  const url = ctx.req.originalUrl;
  const token = ctx.deps.chronicle.readModels().writeToken();
  const etag = PageCache.etagOf(url, token);
  const validators = { ETag: etag, 'Cache-Control': 'private, no-cache' };
  if (noneMatchHits(ctx.req.get('If-None-Match'), etag)) return { status: 304, headers: validators };
  const kept =
    ctx.deps.pages.get(url, token) ??
    (await ctx.deps.pages.once(url, token, async (): Promise<CachedPage | Reply> => {
      const reply = await build();
      if (reply.status !== 200 || reply.body === undefined) return reply;
      const contentType = reply.contentType ?? 'application/json';
      const body = Buffer.isBuffer(reply.body)
        ? reply.body
        : Buffer.from(
            typeof reply.body === 'string' && reply.contentType ? reply.body : JSON.stringify(reply.body),
            'utf8',
          );
      const page = { etag, body, contentType, headers: reply.headers ?? {}, encoded: new Map() };
      ctx.deps.pages.set(url, token, page);
      return page;
    }));
  if (!('etag' in kept)) return kept;
  const { encoded } = kept;
  return {
    status: 200,
    body: kept.body,
    contentType: kept.contentType,
    headers: { ...kept.headers, ...validators },
    revalidationOnly: true,
    encode: (bytes, coding) => {
      let done = encoded?.get(coding);
      if (!done) {
        done = replyCompressor(bytes, coding);
        encoded?.set(coding, done);
      }
      return done;
    },
  };
}
