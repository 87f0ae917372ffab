import type { Request, Response } from 'express';
import { encodeBody, mayEncode } from './replyEncoding.ts';
import type { Reply } from './route.ts';

export function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/**
 * A request answered before its body was read (refused on its headers) closes its connection after
 * the answer: the server never reads a body it will not use.
 */
export function closeIfBodyUnread(req: Request, res: Response): void {
  if (!req.complete && hasBody(req) && !res.headersSent) res.set('Connection', 'close');
}

/** Sends `reply`, compressed when the client accepts it and it is worth it (see replyEncoding.ts). */
export async function sendReply(req: Request, res: Response, reply: Reply): Promise<void> {
  closeIfBodyUnread(req, res);
  res.status(reply.status).set(reply.headers ?? {});
  if (reply.body === undefined) {
    res.end();
    return;
  }
  const type = reply.contentType ?? 'application/json';
  const text = Buffer.isBuffer(reply.body)
    ? undefined
    : reply.contentType && typeof reply.body === 'string'
      ? reply.body
      : JSON.stringify(reply.body);
  // A body that goes as it is (small, or with a strong ETag) is sent without being copied into bytes first.
  const length = text === undefined ? 0 : Buffer.byteLength(text, 'utf8');
  if (text !== undefined && !mayEncode(length, type, reply.headers?.ETag, reply.revalidationOnly)) {
    if (type === 'application/json' && req.method !== 'GET' && req.method !== 'HEAD') sendJsonText(res, text, length);
    else res.type(type).send(text);
    return;
  }
  const bytes = text === undefined ? (reply.body as Buffer) : Buffer.from(text, 'utf8');
  const encoded = await encodeBody(bytes, type, req.get('Accept-Encoding'), {
    etag: reply.headers?.ETag,
    revalidationOnly: reply.revalidationOnly,
    encode: reply.encode,
  });
  res.type(type).set(encoded.headers);
  // A string goes as before (express names its charset); compressed bytes say it themselves.
  if (encoded.bytes === bytes && text !== undefined) res.send(text);
  else if (encoded.bytes === bytes) res.send(bytes);
  else res.type(text !== undefined && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type).send(encoded.bytes);
}

/**
 * A write's JSON reply, with the headers express's `res.send` gives it (a GET's goes through
 * `res.send`, which answers 304 to a matching `If-None-Match`). The text goes to the socket as it
 * is, in one write with the head; `res.send` copies a text of 1,000 characters or more into a
 * `Buffer`, which Node then writes beside the head in a `writev`.
 */
function sendJsonText(res: Response, text: string, length: number): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', length);
  res.end(text);
}
