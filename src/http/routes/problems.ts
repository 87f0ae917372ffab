import type { ResponseSpec } from '../route.ts';
import { ProblemSchema } from '../problemSchema.ts';

const problem = (description: string, headers: ResponseSpec['headers'] = []): ResponseSpec => ({
  description,
  schema: ProblemSchema,
  contentType: 'application/problem+json',
  headers,
});

/**
 * The problem responses of routes that read or change one document, for the OpenAPI document
 * (the refusals every route may answer with — bad input, auth, size, rate — are added there).
 */
export const PROBLEMS = {
  read: {
    404: problem('Not found'),
  },
  write: {
    404: problem('Not found'),
    409: problem('Already exists, or not allowed in the current state'),
    412: problem('Stale If-Match: `ETag` carries the current revision', ['ETag']),
    503: {
      ...problem(
        'The store did not answer in time (with `Retry-After`), or lost what the read models hold; `writeOutcome` says whether the write was recorded',
      ),
      optionalHeaders: ['Retry-After'],
    },
  },
  capture: {
    500: problem(
      'The capture failed in its worker thread (it threw, or stopped), and the detail says how; nothing was written, and the next capture starts a new thread',
    ),
    503: {
      ...problem(
        'Too many captures at once (those running in worker threads and as many waiting as the server queues), or the server is stopping: try again after `Retry-After`',
      ),
      optionalHeaders: ['Retry-After'],
    },
  },
} as const;
