/** The public HTTP API, as the page reads it. Errors are RFC 9457 problems. */

export class ApiError extends Error {
  /** @param {number} status @param {any} problem the problem+json body, when there is one */
  constructor(status, problem) {
    super(problem?.detail ?? `the server answered HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** One line for the page: the detail, and each issue with its field. */
  describe() {
    const issues = (this.problem?.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    if (this.status === 401) return 'You are not signed in, or your session has ended: sign in again.';
    return issues.length > 0 ? issues.join('; ') : this.message;
  }
}

let unauthorized = () => {};

/** `handler` is called whenever the server answers 401: the session ended, the page asks to sign in. */
export function whenUnauthorized(handler) {
  unauthorized = handler;
}

/** GET `path` as JSON; a non-2xx answer throws an ApiError. */
export async function getJson(path, { signal } = {}) {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, signal, cache: 'no-store' });
  const body = await res.json().catch(() => null);
  if (res.status === 401) unauthorized();
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

/** Entries per request (the API's maximum), and how many pages the page reads at most. */
const PAGE = 1000;
const MAX_PAGES = 20;

/**
 * A whole timeline, every page followed through `nextCursor`.
 * @param {{ actor?: string, topic?: string, from?: string, to?: string, q?: string, asOf?: string, includeRetracted?: string }} query
 * @returns {Promise<{ timeline: any, asOf: string|null, position: string|null, entries: any[], truncated: boolean }>}
 */
export async function readTimeline(query, { signal } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  params.set('limit', String(PAGE));
  const entries = [];
  let first;
  let cursor = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    if (cursor) params.set('cursor', cursor);
    const body = await getJson(`/api/timelines?${params}`, { signal });
    first ??= body;
    entries.push(...body.entries);
    cursor = body.nextCursor;
    if (!cursor) break;
  }
  return { timeline: first.timeline, asOf: first.asOf, position: first.position, entries, truncated: cursor !== null };
}

export const readFact = (id, options) => getJson(`/api/facts/${encodeURIComponent(id)}`, options);
export const readHistory = (id, options) => getJson(`/api/facts/${encodeURIComponent(id)}/history`, options);
export const readActors = (options) => getJson('/api/actors', options).then((b) => b.items);
export const readTopics = (options) => getJson('/api/topics', options).then((b) => b.items);
export const readSources = (options) => getJson('/api/sources', options).then((b) => b.items);

/** Compares two global positions (decimal strings); null is before every position. */
export function comparePositions(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A write: `method` `path` with a JSON `body`, `If-Match: etag` when given, `X-Request-Id` too. Resolves to the
 * answer's body and ETag; a non-2xx answer throws an ApiError (a 412 carries the current ETag).
 */
export async function send(method, path, body, { etag, requestId } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (etag) headers['If-Match'] = etag;
  // The server records the request id as the events' correlationId: the page knows its own events.
  if (requestId) headers['X-Request-Id'] = requestId;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const json = await res.json().catch(() => null);
  if (res.status === 401) unauthorized();
  if (!res.ok) {
    const error = new ApiError(res.status, json);
    error.etag = res.headers.get('ETag');
    throw error;
  }
  return { body: json, etag: res.headers.get('ETag') };
}

/** What a date would be recorded as (and, with `factId`, the findings it would give that fact). */
export function readDate(edtf, factId, options) {
  const params = new URLSearchParams({ edtf });
  if (factId) params.set('fact', factId);
  return getJson(`/api/dates?${params}`, options);
}
