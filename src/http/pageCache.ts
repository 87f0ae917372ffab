import { createHash } from 'node:crypto';

/** One serialised response, kept as the bytes that were sent. */
export interface CachedPage {
  readonly etag: string;
  readonly body: Buffer;
  readonly contentType: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The body compressed, by coding, as the clients asked for it (made once each). */
  readonly encoded?: Map<string, Promise<Buffer>>;
}

interface Slot {
  readonly token: string;
  readonly page: CachedPage;
}

/**
 * Read-model pages (timelines in every format), serialised once and kept by request URL under the
 * read models' write token. Every write transaction of the read models, by any connection or
 * process, stores a new token, so a page is served again only while nothing it was built from can
 * have changed; its ETag names the token and the URL, so `If-None-Match` is answered from the token
 * alone. Least recently used pages go first once the bytes held pass `capacityBytes`.
 */
export class PageCache {
  readonly #slots = new Map<string, Slot>();
  readonly #building = new Map<string, Promise<unknown>>();
  #bytes = 0;

  constructor(readonly capacityBytes: number = 16 * 1024 * 1024) {}

  /** The ETag a page of `url` has while the read models' write token is `token`. */
  static etagOf(url: string, token: string): string {
    return `"${createHash('sha256').update(token).update('\0').update(url).digest('base64url').slice(0, 27)}"`;
  }

  /** The page kept for `url` under `token`; a page kept under another token is dropped. */
  get(url: string, token: string): CachedPage | undefined {
    const slot = this.#slots.get(url);
    if (!slot) return undefined;
    this.#slots.delete(url);
    if (slot.token !== token) {
      this.#bytes -= slot.page.body.length;
      return undefined;
    }
    this.#slots.set(url, slot); // most recently used last
    return slot.page;
  }

  /**
   * `build()`'s result for `url` under `token`, shared by every caller that asks while it runs:
   * pages that all read the timeline again after one change (the live feed tells them at once)
   * wait for one build, not one each, one after another.
   */
  once<T>(url: string, token: string, build: () => Promise<T>): Promise<T> {
    const key = `${token}\0${url}`;
    const running = this.#building.get(key) as Promise<T> | undefined;
    if (running) return running;
    const built = build().finally(() => this.#building.delete(key));
    this.#building.set(key, built);
    return built;
  }

  set(url: string, token: string, page: CachedPage): void {
    const previous = this.#slots.get(url);
    if (previous) {
      this.#slots.delete(url);
      this.#bytes -= previous.page.body.length;
    }
    if (page.body.length > this.capacityBytes) return;
    this.#slots.set(url, { token, page });
    this.#bytes += page.body.length;
    for (const [key, slot] of this.#slots) {
      if (this.#bytes <= this.capacityBytes) break;
      this.#slots.delete(key);
      this.#bytes -= slot.page.body.length;
    }
  }

  get size(): number {
    return this.#slots.size;
  }

  get bytes(): number {
    return this.#bytes;
  }
}

/**
 * Whether `If-None-Match` names `etag` (RFC 9110 § 13.1.2: weak comparison, `*` matches any
 * current representation).
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === opaque;
  });
}
