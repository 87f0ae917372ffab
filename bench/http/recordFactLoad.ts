import autocannon from 'autocannon';
import { summarize, type LatencySummary } from '../measure.ts';

/** One timed load run against one server. */
export interface LoadRun {
  readonly server: string;
  readonly round: number;
  /** Seconds autocannon ran (its own clock). */
  readonly seconds: number;
  /** 2xx responses per second. */
  readonly rps: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Latency of the 2xx responses, ms (autocannon's per-request time, fractional). */
  readonly latency: LatencySummary;
  /** CPU time the server process used during the run, ms (from its own `process.cpuUsage()`). */
  readonly serverCpuMs: number;
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
  /** Unique per run, so no fact id is ever sent twice. */
  readonly idPrefix: string;
  readonly actorId: string;
}

/**
 * A small valid fact with a unique id per request and one actor — the body every request of
 * the record-fact workload sends, on both sides.
 */
export function recordFactBody(id: string, n: number, actorId: string): string {
  return JSON.stringify({
    id,
    summary: `Customs reports scanner downtime at crossing ${n % 40}`,
    when: `2023-0${1 + (n % 9)}-1${n % 10}`,
    actors: [{ id: actorId, role: 'subject' }],
  });
}

/**
 * The record-fact request for autocannon: each request it sends gets the next fact id of
 * `idPrefix` (through `setupRequest`), so no id is sent twice.
 */
export function recordFactRequests(idPrefix: string, actorId: string): autocannon.Request[] {
  let n = 0;
  return [
    {
      method: 'POST',
      path: '/api/facts',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        n += 1;
        return { ...request, body: recordFactBody(`${idPrefix}-${n.toString(36)}`, n, actorId) };
      },
    },
  ];
}

/**
 * `POST /api/facts` from `connections` concurrent keep-alive connections for `seconds`, with
 * autocannon (each connection sends its next request when the previous answer is in). Every
 * request gets its own fact id through `setupRequest`; latencies are taken from autocannon's
 * `response` events (sub-millisecond), 2xx responses only.
 */
export async function recordFactLoad(
  url: string,
  server: string,
  round: number,
  options: LoadOptions,
  serverCpu: () => Promise<number>,
): Promise<LoadRun> {
  const cpuBefore = await serverCpu();
  const latencies: number[] = [];
  let finished!: (error: Error | null, result: autocannon.Result) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = (error, result) => (error ? reject(error) : resolve(result));
  });
  const instance = autocannon(
    {
      url,
      connections: options.connections,
      duration: options.seconds,
      timeout: 30,
      requests: recordFactRequests(options.idPrefix, options.actorId),
    },
    (error, result) => finished(error, result),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result = await done;
  const serverCpuMs = (await serverCpu()) - cpuBefore;
  return {
    serverCpuMs,
    server,
    round,
    seconds: result.duration,
    rps: result['2xx'] / result.duration,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latency: summarize(latencies),
  };
}
