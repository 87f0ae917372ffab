import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { defaultCompressor, type Compressor, type ContentCoding } from './vendorAssets.ts';

/** The page's own scripts and styles by their path under `/assets/` (nothing else: no `..`, no dotfiles). */
const ASSET_PATH = /^\/(?:app\.js|js\/[\w-]+\.js|css\/[\w-]+\.css)$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** One of the page's files as read from disk: its bytes, media type and a hash of the bytes. */
export interface PageFile {
  readonly type: string;
  readonly bytes: Buffer;
  readonly digest: string;
}

/**
 * The page's own files (`web/`), read from disk when they changed (their size and time of change
 * are checked on each request, so an edited file is served at once) and kept in memory with their
 * compressed forms (brotli, gzip), each made at most once per content.
 */
export class PageAssets {
  private readonly files = new Map<string, { stamp: string; file: Promise<PageFile> }>();
  private readonly compressed = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly dir: string,
    private readonly compress: Compressor = defaultCompressor,
  ) {}

  /** The file at `path` under `/assets/` (`/js/chart.js`), or undefined when it is not one of the page's. */
  async file(path: string): Promise<PageFile | undefined> {
    if (!ASSET_PATH.test(path)) return undefined;
    const full = join(this.dir, path);
    let stamp: string;
    try {
      const info = await stat(full);
      stamp = `${info.size}:${info.mtimeMs}`;
    } catch {
      return undefined;
    }
    const kept = this.files.get(path);
    if (kept?.stamp === stamp) return kept.file;
    const file = readFile(full).then((bytes) => ({
      type: TYPES[extname(path)]!,
      bytes,
      digest: createHash('sha256').update(bytes).digest('base64url').slice(0, 22),
    }));
    this.files.set(path, { stamp, file });
    file.catch(() => this.files.delete(path));
    return file;
  }

  /** `file` in `coding`, compressed once per content and kept. */
  encoded(file: PageFile, coding: ContentCoding): Promise<Buffer> {
    const key = `${coding}:${file.digest}`;
    let bytes = this.compressed.get(key);
    if (!bytes) {
      bytes = this.compress(file.bytes, coding);
      this.compressed.set(key, bytes);
      bytes.catch(() => this.compressed.delete(key));
    }
    return bytes;
  }
}
