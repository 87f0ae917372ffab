import { compressorAt, preferredCoding, type Compressor, type ContentCoding } from './vendorAssets.ts';

/** Bodies shorter than this go as they are: compressing them saves less than a packet. */
const MIN_BYTES = 1024;
/** What is worth compressing: JSON, problem documents, CSV, Markdown, iCalendar. */
const COMPRESSIBLE = /^(?:application\/(?:[\w.+-]*\+)?json|text\/[\w.+-]+)(?:;|$)/i;

/**
 * Brotli at quality 4 (of 11), gzip at level 6: an API reply is compressed on the request's time
 * (a timeline of 2,000 facts, about 1 MB of JSON, in a few ms), unlike the page's files, which are
 * compressed once at a higher quality.
 */
export const replyCompressor: Compressor = compressorAt(4, 6);

/** A reply's body as sent, and the headers its coding adds. */
interface EncodedBody {
  readonly bytes: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * `bytes` (of media type `type`) in the coding `acceptEncoding` prefers, when it is worth it. A
 * compressed reply's ETag is made weak (`W/`), as a proxy that compresses would: it names the same
 * content, which `If-None-Match` (weak comparison) still matches, but not the same bytes. A reply
 * with a strong ETag that clients send back in `If-Match` (a fact's) is therefore only compressed
 * when `etagUse` says the ETag only serves revalidation. `encode` may hand out bytes compressed
 * before (a cached page's).
 */
export async function encodeBody(
  bytes: Buffer,
  type: string,
  acceptEncoding: string | undefined,
  { etag, revalidationOnly = false, encode = replyCompressor }: EncodeOptions = {},
): Promise<EncodedBody> {
  if (!mayEncode(bytes.length, type, etag, revalidationOnly)) return { bytes, headers: {} };
  const coding = preferredCoding(acceptEncoding);
  const varies = { Vary: 'Accept-Encoding' };
  if (coding === 'identity') return { bytes, headers: varies };
  return {
    bytes: await encode(bytes, coding),
    headers: { ...varies, 'Content-Encoding': coding, ...(etag === undefined ? {} : { ETag: weak(etag) }) },
  };
}

/**
 * Whether a body of `length` bytes may go compressed (see `encodeBody`); when not, it goes as it
 * is, whatever the client accepts, and without `Vary`.
 */
export function mayEncode(length: number, type: string, etag: string | undefined, revalidationOnly = false): boolean {
  if (length < MIN_BYTES || !COMPRESSIBLE.test(type)) return false;
  return etag === undefined || etag.startsWith('W/') || revalidationOnly;
}

interface EncodeOptions {
  /** The reply's ETag, if it has one. */
  readonly etag?: string;
  /** Whether the ETag only answers `If-None-Match` (never sent back in `If-Match`). */
  readonly revalidationOnly?: boolean;
  readonly encode?: (bytes: Buffer, coding: ContentCoding) => Promise<Buffer>;
}

const weak = (etag: string) => (etag.startsWith('W/') ? etag : `W/${etag}`);
