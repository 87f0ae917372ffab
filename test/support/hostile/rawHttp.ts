import http from 'node:http';

export interface RawRequest {
  readonly method: string;
  /** Sent as is: may hold broken percent-encoding, repeated keys, anything but spaces and controls. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer;
}

export interface RawReply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
}

/** One keep-alive connection pool for a test file; `destroy` it in `after`. */
export const keepAliveAgent = (): http.Agent => new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * Sends one request exactly as given (no URL normalisation, unlike fetch) and reads the whole
 * reply. Rejects when the connection drops or no complete reply comes within `timeoutMs`:
 * both are failures of the property under test, never retried.
 */
export function sendRaw(
  baseUrl: string,
  request: RawRequest,
  options: { agent?: http.Agent; timeoutMs?: number } = {},
): Promise<RawReply> {
  const url = new URL(baseUrl);
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...request.headers };
    if (request.body !== undefined) headers['content-length'] = request.body.length;
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers,
        agent: options.agent ?? false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', (error) => reject(new Error(`the reply to ${describe(request)} broke off: ${error.message}`)));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`no complete reply to ${describe(request)} within ${timeoutMs} ms (a hang)`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`the connection dropped on ${describe(request)}: ${error.message}`));
    });
    req.end(request.body);
  });
}

/** `POST /api/facts (1234-byte body, application/json)`: short enough for a failure message. */
export function describe(request: RawRequest): string {
  const path =
    request.path.length > 200 ? `${request.path.slice(0, 200)}… (${request.path.length} characters)` : request.path;
  const body = request.body
    ? ` (${request.body.length}-byte body${request.headers?.['content-type'] ? `, ${request.headers['content-type']}` : ''})`
    : '';
  return `${request.method} ${path}${body}`;
}
