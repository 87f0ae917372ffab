// Node 20 runs a worker thread without the parent's `--import tsx` hooks: register them, then load
// the worker's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./catchUpWorker.ts');
