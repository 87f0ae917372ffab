import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The encodings a vendored file is kept in besides its own bytes. */
export type ContentCoding = 'br' | 'gzip';

/** Compresses `bytes` in one coding; asynchronous, so the work runs off the event loop. */
export type Compressor = (bytes: Buffer, coding: ContentCoding) => Promise<Buffer>;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** A compressor at one brotli quality (of 11) and one gzip level (of 9). */
export const compressorAt =
  (brotliQuality: number, gzipLevel: number): Compressor =>
  (bytes, coding) =>
    coding === 'br'
      ? brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        })
      : gzipAsync(bytes, { level: gzipLevel });

/** Brotli at quality 9 (of 11): within 10 % of the best size for a fifth of its time (about 0.4 s for the chart library). */
export const defaultCompressor: Compressor = compressorAt(9, 9);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** One vendored file: its bytes, media type and strong validator, and its compressed forms once made. */
export interface VendorFile {
  readonly name: string;
  readonly type: string;
  readonly bytes: Buffer;
  /** A hash of the bytes: each representation's ETag is built on it. */
  readonly digest: string;
  /** Whether the file is the timeline library's, served at the URL naming its version. */
  readonly versioned: boolean;
}

/**
 * The timeline library's browser files, read once from its npm package (nothing copied into the
 * repository). The standalone UMD build bundles its dependencies and defines `window.vis`.
 * Besides them, htm + Preact in one ES module (the edit forms), from htm's package, which the
 * page's modules import at `/assets/vendor/htm-preact.js`. Each file is compressed at most once per coding, on the first request that accepts it; the
 * compressed bytes are kept for every later request.
 */
export class VendorAssets {
  /** The package version, part of the versioned URLs (`/assets/vendor/vis-timeline-8.5.4/…`). */
  readonly version: string;
  private readonly files = new Map<string, VendorFile>();
  private readonly compressed = new Map<string, Promise<Buffer>>();

  constructor(private readonly compress: Compressor = defaultCompressor) {
    const require = createRequire(import.meta.url);
    const vis = dirname(require.resolve('vis-timeline/package.json'));
    this.version = (JSON.parse(readFileSync(join(vis, 'package.json'), 'utf8')) as { version: string }).version;
    // Resolving through the package's export map fails loudly at start-up if the build moved.
    require.resolve('vis-timeline/styles/vis-timeline-graph2d.min.css');
    const paths: [string, string, boolean][] = [
      ...['vis-timeline-graph2d.min.js', 'vis-timeline-graph2d.min.js.map'].map((name): [string, string, boolean] => [
        name,
        join(vis, 'standalone', 'umd', name),
        true,
      ]),
      ...['vis-timeline-graph2d.min.css', 'vis-timeline-graph2d.min.css.map'].map((name): [string, string, boolean] => [
        name,
        join(vis, 'styles', name),
        true,
      ]),
      ['htm-preact.js', join(dirname(require.resolve('htm')), '..', 'preact', 'standalone.module.js'), false],
    ];
    for (const [name, path, versioned] of paths) {
      const bytes = readFileSync(path);
      const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, 22);
      this.files.set(name, { name, type: TYPES[extname(name)]!, bytes, digest, versioned });
    }
  }

  /** The path prefix whose files never change: it names the package version. */
  get versionedPrefix(): string {
    return `/assets/vendor/vis-timeline-${this.version}/`;
  }

  /** The file called `name`, if it is one of ours (a Map: `constructor` or `__proto__` are just unknown names). */
  file(name: string): VendorFile | undefined {
    return this.files.get(name);
  }

  /** `file` in `coding`, compressed on the first call and kept (concurrent callers share the one compression). */
  encoded(file: VendorFile, coding: ContentCoding): Promise<Buffer> {
    const key = `${coding}:${file.name}`;
    let bytes = this.compressed.get(key);
    if (!bytes) {
      bytes = this.compress(file.bytes, coding);
      this.compressed.set(key, bytes);
      bytes.catch(() => this.compressed.delete(key)); // a failed compression is tried again next time
    }
    return bytes;
  }
}

/**
 * The coding to answer `accept` (an `Accept-Encoding` header) with: brotli, then gzip, then the
 * bytes as they are, skipping any the client refuses with `q=0` (RFC 9110 §12.5.3). Brotli wins a
 * tie because it is smaller.
 */
export function preferredCoding(accept: string | undefined): ContentCoding | 'identity' {
  const q = new Map<string, number>();
  for (const part of (accept ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const weight = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)).find(Boolean);
    q.set(token.trim(), weight ? Number(weight[1]) : 1);
  }
  const weightOf = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  const candidates = (['br', 'gzip'] as const).filter((c) => weightOf(c) > 0);
  if (candidates.length === 0) return 'identity';
  return candidates.reduce((best, c) => (weightOf(c) > weightOf(best) ? c : best));
}
