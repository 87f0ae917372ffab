import net from 'node:net';

/** One HTTP/1.1 response read off a socket: its status line, headers and the body its Content-Length gives. */
export interface SocketResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Splits the first complete response off `bytes` (one with a Content-Length), or undefined while incomplete. */
export function parseResponse(bytes: Buffer): { response: SocketResponse; rest: Buffer } | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return undefined;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  if (bytes.length < end + 4 + length) return undefined;
  return {
    response: {
      status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine!)?.[1]),
      headers,
      body: bytes.subarray(end + 4, end + 4 + length).toString('utf8'),
    },
    rest: bytes.subarray(end + 4 + length),
  };
}

/**
 * Opens a connection to `url`, writes `bytes` (a request head and as much of a body as the test
 * wants sent), and collects every response until the server closes the connection or `count`
 * responses are in. Rejects after `deadlineMs` with what arrived so far: a server that waits for
 * bytes never sent would otherwise hang the test.
 */
export function exchange(
  url: string,
  bytes: Buffer | string,
  options: { count?: number; deadlineMs?: number } = {},
): Promise<{ responses: SocketResponse[]; closed: boolean; trailing: string }> {
  const { port, hostname } = new URL(url);
  const count = options.count ?? Infinity;
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let received: Buffer = Buffer.alloc(0);
    const responses: SocketResponse[] = [];
    const finish = (closed: boolean) => {
      clearTimeout(deadline);
      socket.destroy();
      resolve({ responses, closed, trailing: received.toString('utf8') });
    };
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `no complete answer within ${options.deadlineMs ?? 10_000} ms; received ${responses.length} response(s) and ${JSON.stringify(received.toString('latin1').slice(0, 200))}`,
        ),
      );
    }, options.deadlineMs ?? 10_000);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      for (let next = parseResponse(received); next; next = parseResponse(received)) {
        responses.push(next.response);
        received = next.rest;
      }
      if (responses.length >= count) finish(false);
    });
    socket.on('end', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(bytes);
  });
}

/**
 * Writes `bytes` on a new connection and resolves with everything the server sends until it closes
 * the connection; `then`, when given, is written once the first bytes of an answer are in.
 */
export function untilClosed(
  url: string,
  bytes: Buffer | string,
  options: { then?: string; deadlineMs?: number } = {},
): Promise<string> {
  const deadlineMs = options.deadlineMs ?? 10_000;
  let then = options.then;
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const deadline = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(
          `the server kept the connection open for ${deadlineMs} ms; it sent ${JSON.stringify(Buffer.concat(chunks).toString('latin1').slice(0, 300))}`,
        ),
      );
    }, deadlineMs);
    const done = () => {
      clearTimeout(deadline);
      resolve(Buffer.concat(chunks).toString('latin1'));
    };
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (then !== undefined) socket.write(then);
      then = undefined;
    });
    socket.on('close', done);
    socket.on('error', () => socket.destroy());
    socket.write(bytes);
  });
}

/** The status lines in raw response text (one per response on the connection; a body may end right before one). */
export const statusLinesIn = (text: string): string[] => [...text.matchAll(/HTTP\/1\.1 \d{3}[^\r]*/g)].map((m) => m[0]);
