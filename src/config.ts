import { userInfo } from 'node:os';
import { z } from 'zod';
import { ValidationError } from './core/errors.ts';
import { zodIssues } from './core/zodIssues.ts';

export const DEFAULT_STORE_URL = 'sqlite:./data/chronicle.db';

const Env = z.object({
  CHRONICLE_STORE: z.string().min(1).default(DEFAULT_STORE_URL),
  CHRONICLE_READ_MODELS: z.string().min(1).optional(),
  CHRONICLE_USER: z.string().min(1).max(200).optional(),
  CHRONICLE_DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
});

/** Settings from the environment, parsed once at the edge. */
export interface Config {
  readonly storeUrl: string;
  readonly readModelsUrl: string | undefined;
  /** Who is recorded as `recordedBy` on writes from this process. */
  readonly user: string;
  readonly demo: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error));
  const e = parsed.data;
  return {
    storeUrl: e.CHRONICLE_STORE,
    readModelsUrl: e.CHRONICLE_READ_MODELS,
    user: e.CHRONICLE_USER ?? defaultUser(),
    demo: e.CHRONICLE_DEMO === undefined ? true : e.CHRONICLE_DEMO === '1' || e.CHRONICLE_DEMO === 'true',
  };
}

function defaultUser(): string {
  try {
    return userInfo().username || 'chronicle';
  } catch {
    return 'chronicle';
  }
}
