import { ProblemSchema } from '../schemas.ts';

const problem = (description: string) => ({
  description,
  schema: ProblemSchema,
  contentType: 'application/problem+json',
});

/** The problem responses routes share, for the OpenAPI document. */
export const PROBLEMS = {
  read: {
    400: problem('Invalid parameters'),
    401: problem('No or invalid token'),
    403: problem('Role too low'),
    404: problem('Not found'),
    429: problem('This token’s request rate (or live-feed streams) is spent: see `Retry-After`'),
  },
  write: {
    400: problem('Invalid input: each issue with its JSON path'),
    401: problem('No or invalid token'),
    403: problem('Role too low'),
    404: problem('Not found'),
    409: problem('Already exists, or not allowed in the current state'),
    412: problem('Stale If-Match: `ETag` carries the current revision'),
    413: problem('Body too large'),
    415: problem('Not JSON'),
    429: problem('This token’s request rate is spent: see `Retry-After`'),
    503: problem(
      'The store did not answer in time, or lost what the read models hold; `writeOutcome` says whether the write was recorded',
    ),
  },
} as const;
