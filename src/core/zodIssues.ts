import type { z } from 'zod';
import { joinPath, type Issue } from './errors.ts';

/** Turns a zod error into our issues, with JSON-path-like paths such as `facts[2].when`. */
export function zodIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((issue) => ({
    path: joinPath(prefix, formatPath(issue.path)),
    message: issue.message,
  }));
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
