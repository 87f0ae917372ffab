import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  /** Absolute path of the directory. */
  readonly path: string;
  /** A path inside the directory (nothing is created). */
  file(...parts: string[]): string;
  /** Removes the directory and everything in it. */
  remove(): Promise<void>;
}

/** A fresh directory under `os.tmpdir()`; remove it in `afterEach`. */
export async function createTempDir(prefix = 'chronicle-test-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    file: (...parts) => join(path, ...parts),
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
