import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import { faviconIco } from './favicon.ts';
import { PageAssets, type PageFile } from './pageAssets.ts';
import { BUNDLE_PREFIX, bundlePage, type PageBundle } from './pageBundle.ts';
import { pageStylesheets, renderPageHtml } from './pageHtml.ts';
import { preferredCoding, VendorAssets, type VendorFile } from './vendorAssets.ts';

/** Where the page's own files live (`web/` at the project root). */
const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Nothing on the page may load from elsewhere: scripts, styles and connections stay on this
 * origin, and no other site may frame it. Inline styles are allowed because the timeline library
 * positions items with them.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year, the longest a cache is asked to keep anything; the URL changes when the content does. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Keep, but ask the server (`If-None-Match`) before each use. */
const REVALIDATE = 'no-cache';

/** Every response of the web routes carries the policy, so an HTML file is never served without it. */
function securityHeaders(res: Response): void {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
}

const strongEtag = (bytes: Buffer | string) =>
  `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;

/** Whether `If-None-Match` already names `etag` (weak comparison, RFC 9110 §13.1.2). */
function notModified(req: Request, etag: string): boolean {
  const header = req.get('If-None-Match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends `bytes` with its validator, or 304 when the client holds them already. */
function sendBytes(req: Request, res: Response, bytes: Buffer, headers: Record<string, string>): void {
  res.set(headers);
  if (notModified(req, headers.ETag!)) {
    res.removeHeader('Content-Type');
    res.removeHeader('Content-Encoding');
    res.status(304).end();
    return;
  }
  res
    .status(200)
    .set('Content-Length', String(bytes.length))
    .end(req.method === 'HEAD' ? undefined : bytes);
}

/** One of the page's files in the best coding the client accepts, with an ETag per coding. */
async function sendPageFile(
  req: Request,
  res: Response,
  own: PageAssets,
  file: PageFile,
  headers: { readonly 'Content-Type': string; readonly 'Cache-Control': string; readonly Vary: string },
): Promise<void> {
  const coding = preferredCoding(req.get('Accept-Encoding'));
  sendBytes(req, res, coding === 'identity' ? file.bytes : await own.encoded(file, coding), {
    ...headers,
    ETag: `"${file.digest}${coding === 'identity' ? '' : `-${coding}`}"`,
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
  });
}

/** A vendored file in the best coding the client accepts; compressed bytes are made once and kept. */
async function sendVendor(req: Request, res: Response, assets: VendorAssets, file: VendorFile, cache: string) {
  const coding = preferredCoding(req.get('Accept-Encoding'));
  const bytes = coding === 'identity' ? file.bytes : await assets.encoded(file, coding);
  sendBytes(req, res, bytes, {
    'Content-Type': file.type,
    'Cache-Control': cache,
    Vary: 'Accept-Encoding',
    ETag: `"${file.digest}${coding === 'identity' ? '' : `-${coding}`}"`,
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
  });
}

/** What the web routes need to know of the API's side. */
interface WebRouteOptions {
  /** Whether the request must sign in before it sees anything (tokens set, no session); default never. */
  readonly needsSignIn?: (req: Request) => boolean;
  /** Where a failure to bundle the page is told; default nowhere. */
  readonly logger?: Pick<Logger, 'warn'>;
  readonly assets?: VendorAssets;
}

/**
 * The timeline page at `/`, its modules bundled into one (made on the first request of the page,
 * then kept: `/assets/bundle/<name>-<hash>.js`, immutable), its scripts and styles as they are
 * under `/assets/` (revalidated on each use), the vendored library under
 * `/assets/vendor/vis-timeline-<version>/` (immutable, brotli or gzip when accepted; also at
 * `/assets/vendor/<file>`, revalidated) and the icon at `/favicon.ico`.
 */
export function webRoutes({
  needsSignIn = () => false,
  logger,
  assets = new VendorAssets(),
}: WebRouteOptions = {}): Router {
  const router = express.Router();
  const favicon = faviconIco();
  const faviconTag = strongEtag(favicon);

  router.use((_req: Request, res: Response, next) => {
    securityHeaders(res);
    next();
  });
  const own = new PageAssets(WEB_DIR);
  let bundling: Promise<PageBundle | undefined> | undefined;
  /** The bundle, made once; when esbuild fails the page is served from its sources (logged once). */
  const bundle = (html: string) =>
    (bundling ??= bundlePage(WEB_DIR, pageStylesheets(html)).catch((error: unknown) => {
      logger?.warn({ err: error }, 'the page could not be bundled: serving its modules one by one');
      return undefined;
    }));
  router.get('/', async (req: Request, res: Response) => {
    const html = await readFile(join(WEB_DIR, 'index.html'), 'utf8');
    const page = renderPageHtml(html, assets, { bundle: await bundle(html), signedOut: needsSignIn(req) });
    const bytes = Buffer.from(page, 'utf8');
    const file: PageFile = { type: 'text/html; charset=utf-8', bytes, digest: strongEtag(bytes).slice(1, -1) };
    await sendPageFile(req, res, own, file, {
      'Content-Type': file.type,
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding, Cookie',
    });
  });
  // The bundle's files: their names change with their content, so caches keep them for a year.
  router.get(`${BUNDLE_PREFIX}:file`, async (req: Request, res: Response, next: () => void) => {
    const file = bundling && (await bundling)?.files.get(String(req.params.file));
    if (!file) {
      next();
      return;
    }
    await sendPageFile(req, res, own, file, {
      'Content-Type': file.type,
      'Cache-Control': IMMUTABLE,
      Vary: 'Accept-Encoding',
    });
  });
  router.get('/favicon.ico', (req: Request, res: Response) => {
    sendBytes(req, res, favicon, {
      'Content-Type': 'image/x-icon',
      'Cache-Control': 'public, max-age=86400',
      ETag: faviconTag,
    });
  });
  const vendorRoute = (cache: string) => async (req: Request, res: Response, next: () => void) => {
    const file = assets.file(String(req.params.file));
    if (!file || (cache === IMMUTABLE && !file.versioned)) {
      next();
      return;
    }
    await sendVendor(req, res, assets, file, cache);
  };
  router.get(`${assets.versionedPrefix}:file`, vendorRoute(IMMUTABLE));
  router.get('/assets/vendor/:file', vendorRoute(REVALIDATE));
  // The page's scripts and styles, compressed when the client accepts it (mobile networks).
  router.get(/^\/assets\/.+/, async (req: Request, res: Response, next: () => void) => {
    const file = await own.file(req.path.slice('/assets'.length));
    if (!file) {
      next();
      return;
    }
    await sendPageFile(req, res, own, file, {
      'Content-Type': file.type,
      'Cache-Control': REVALIDATE,
      Vary: 'Accept-Encoding',
    });
  });
  router.use(
    '/assets',
    express.static(WEB_DIR, {
      index: false,
      dotfiles: 'ignore',
      setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE),
    }),
  );
  return router;
}
