/**
 * A worker thread that catches the read models of one store up while another thread appends to
 * it (`bench/importBesideBench.ts`): it opens its own connections to the store file (`storeUrl`
 * in its worker data), runs `runner.catchUp()` each time it is told that a batch was committed
 * (several notes that arrive during one catch-up are one catch-up after it), and after `done` one
 * last catch-up; then it posts the events it applied in all and closes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openChronicle } from '../../src/main.ts';

const { storeUrl, readModelsUrl } = workerData as { storeUrl: string; readModelsUrl?: string };
const chronicle = await openChronicle({ storeUrl, ...(readModelsUrl ? { readModelsUrl } : {}) });
let applied = 0;
let running: Promise<void> | undefined;
let again = false;
let finished = false;

async function catchUp(): Promise<void> {
  do {
    again = false;
    applied += await chronicle.runner.catchUp();
  } while (again);
}

function committed(): void {
  if (running) {
    again = true;
    return;
  }
  running = catchUp().finally(() => {
    running = undefined;
    if (finished) void finish();
  });
}

async function finish(): Promise<void> {
  if (running) return; // the catch-up running ends with `finish` again
  finished = false;
  applied += await chronicle.runner.catchUp();
  await chronicle.close();
  parentPort!.postMessage({ applied });
}

parentPort!.on('message', (message: 'committed' | 'done') => {
  if (message === 'committed') committed();
  else {
    finished = true;
    void finish();
  }
});
parentPort!.postMessage('ready');
