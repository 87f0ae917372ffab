import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { captureText, type CaptureContext } from './captureText.ts';
import {
  failedCapture,
  type CaptureJob,
  type CaptureThreadData,
  type FromCaptureThread,
  type KnownFact,
  type StoreAnswer,
  type StoreQuestion,
} from './captureWire.ts';

/**
 * A capture thread (started by `capturePool.ts`): runs `captureText` on each job it is sent and
 * answers with the draft. The store stays in the main thread: `knownFacts`, and `factExists` when
 * the store's ids were not sent with the job, are asked there synchronously, as the capture calls them: the question goes on the question port,
 * this thread waits on the shared flag, and reads the answer from the port once the main thread
 * (free while this thread works) has put it there and raised the flag.
 */

const port = parentPort;
if (!port) throw new Error('captureThread.ts runs only as a worker thread');
const { flag, questions } = workerData as CaptureThreadData;
const answered = new Int32Array(flag);

function ask(question: StoreQuestion): StoreAnswer & { ok: true } {
  Atomics.store(answered, 0, 0);
  questions.postMessage(question);
  Atomics.wait(answered, 0, 0);
  const reply = receiveMessageOnPort(questions);
  if (!reply) throw new Error(`the main thread raised the flag without answering ${question.type}`);
  const answer = reply.message as StoreAnswer;
  if (!answer.ok) {
    const error = new Error(`the store could not answer ${question.type}: ${answer.failure.message}`);
    error.name = answer.failure.name;
    throw error;
  }
  return answer;
}

function contextOf(job: CaptureJob): CaptureContext {
  const ids = job.knownIds ? new Set(job.knownIds) : undefined;
  return {
    today: job.today,
    ...(job.knownActors ? { knownActors: job.knownActors } : {}),
    ...(job.knownSource !== undefined ? { knownSource: job.knownSource } : {}),
    ...(job.asksFacts ? { knownFacts: () => ask({ type: 'known-facts' }).value as readonly KnownFact[] } : {}),
    ...(ids ? { factExists: (id: string) => ids.has(id) } : {}),
    ...(job.asksIds && !ids ? { factExists: (id: string) => ask({ type: 'fact-exists', id }).value as boolean } : {}),
  };
}

port.on('message', (job: CaptureJob) => {
  let reply: FromCaptureThread;
  try {
    reply = { type: 'drafted', draft: captureText(job.request, contextOf(job)) };
  } catch (error) {
    reply = failedCapture(error);
  }
  port.postMessage(reply);
});
