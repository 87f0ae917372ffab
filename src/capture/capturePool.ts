import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { CancelledError, ThreadFailedError, UnavailableError, ValidationError } from '../core/errors.ts';
import { captureText, type CaptureContext } from './captureText.ts';
import type { CaptureRequest } from './captureInput.ts';
import type { CaptureDraft } from './draft.ts';
import type { CaptureJob, CaptureThreadData, FromCaptureThread, StoreAnswer, StoreQuestion } from './captureWire.ts';
import { toCaptureFailure } from './captureWire.ts';
import { spawnCaptureThread } from './spawnCaptureThread.ts';

export interface CapturePoolOptions {
  /**
   * Texts shorter than this, in characters, are captured inline, on the calling thread: below it a
   * capture costs less than the round trip is worth (docs/benchmarks.md, "Capture on long texts").
   * Default `INLINE_BELOW`; 0 sends every capture to a thread.
   */
  readonly inlineBelow?: number;
  /** Captures run at once, each in its own thread. Default 1. */
  readonly threads?: number;
  /** Captures that may wait for a thread; one more is refused with `UnavailableError`. Default 4. */
  readonly queue?: number;
  /** Told when a capture is handed to a thread, with its text's length (for the server's tests). */
  readonly onStart?: (characters: number) => void;
  /** Told when a capture is put in the queue to wait for a thread, with its text's length (for tests). */
  readonly onQueued?: (characters: number) => void;
  /** Told when a capture is cancelled through its signal, with its text's length and where it was (for tests). */
  readonly onCancel?: (characters: number, where: 'waiting' | 'running') => void;
}

/**
 * A store of at most this many facts sends their ids with a capture, and `factExists` is answered
 * in the thread; a larger one is asked per id. Each question waits for a turn of the main thread's
 * event loop, which a busy server makes long; listing 100,000 ids takes tens of ms.
 */
export const IDS_SENT_UP_TO = 100_000;

/** Below 20,000 characters (about 3,000 words, 0.1–0.3 s of CPU) a capture runs inline. */
export const INLINE_BELOW = 20_000;

interface Waiting {
  readonly job: CaptureJob;
  readonly context: CaptureContext;
  resolve(draft: CaptureDraft): void;
  reject(error: Error): void;
}

/** Why a capture was cancelled, as its caller's promise rejects. */
const CANCELLED = 'the capture was cancelled: its client went away before the answer; nothing was written';

/** One capture thread, with the capture it runs and the store questions it asks through `questions`. */
interface Slot {
  readonly worker: Worker;
  readonly questions: MessagePort;
  readonly answered: Int32Array;
  running: Waiting | undefined;
  lastError: Error | undefined;
  /** Terminated for a cancelled capture: it takes no other, and its exit starts the next one waiting. */
  stopping: boolean;
}

/**
 * Runs the server's captures in worker threads, so that a long text (2 MiB take half a minute of
 * CPU and more) never holds the event loop; short texts are captured inline. The threads start on
 * first use and stay; each runs one capture at a time. Captures beyond the threads wait, up to
 * `queue` of them; one more is refused with `UnavailableError`, and nothing waits unbounded.
 *
 * The draft is the one `captureText` gives inline: the store's facts and ids are asked for on this
 * thread, as the capture asks for them (`captureThread.ts`). A thread that throws what capture does
 * not throw, or stops, fails its capture with `ThreadFailedError`; a stopped thread is replaced at
 * the next capture. A capture only reads: a failed one wrote nothing.
 *
 * A long capture may be given an `AbortSignal` (the server's aborts when the client goes away).
 * When it aborts, a waiting capture leaves the queue and a running one stops its thread
 * (`worker.terminate()`), whose exit hands the next waiting capture to a new thread; either way
 * the capture fails with `CancelledError`. A capture already settled is not affected.
 */
export class CapturePool {
  readonly #inlineBelow: number;
  readonly #threads: number;
  readonly #queueBound: number;
  readonly #onStart: ((characters: number) => void) | undefined;
  readonly #onQueued: ((characters: number) => void) | undefined;
  readonly #onCancel: ((characters: number, where: 'waiting' | 'running') => void) | undefined;
  readonly #slots: Slot[] = [];
  readonly #waiting: Waiting[] = [];
  #closed = false;

  constructor(options: CapturePoolOptions = {}) {
    this.#inlineBelow = atLeast(options.inlineBelow ?? INLINE_BELOW, 0, 'inlineBelow');
    this.#threads = atLeast(options.threads ?? 1, 1, 'threads');
    this.#queueBound = atLeast(options.queue ?? 4, 0, 'queue');
    this.#onStart = options.onStart;
    this.#onQueued = options.onQueued;
    this.#onCancel = options.onCancel;
  }

  /**
   * `captureText(request, context)`, inline for a short text, else in a thread. `factIds` lists
   * the ids `context.factExists` answers true for, when there are at most `max` (else null).
   * When `signal` aborts before the draft, a long capture is cancelled (see the class); an inline
   * capture runs to its end before the signal can be heard.
   */
  async capture(
    request: CaptureRequest,
    context: CaptureContext,
    factIds?: (max: number) => readonly string[] | null,
    signal?: AbortSignal,
  ): Promise<CaptureDraft> {
    if (typeof request.text !== 'string' || request.text.length < this.#inlineBelow)
      return captureText(request, context);
    if (this.#closed) throw new UnavailableError('the server is stopping: it takes no more captures');
    if (signal?.aborted) throw new CancelledError(CANCELLED);
    const ids = context.factExists && factIds ? factIds(IDS_SENT_UP_TO) : null;
    const job: CaptureJob = {
      request,
      today: context.today,
      ...(context.knownActors ? { knownActors: context.knownActors } : {}),
      ...(context.knownSource !== undefined ? { knownSource: context.knownSource } : {}),
      asksFacts: context.knownFacts !== undefined,
      asksIds: context.factExists !== undefined,
      ...(ids ? { knownIds: ids } : {}),
    };

    return new Promise<CaptureDraft>((resolve, reject) => {
      const cancel = () => this.#cancel(waiting);
      const settled = () => signal?.removeEventListener('abort', cancel);
      const waiting: Waiting = {
        job,
        context,
        resolve: (draft) => (settled(), resolve(draft)),
        reject: (error) => (settled(), reject(error)),
      };
      const slot = this.#idleSlot();
      if (slot) {
        signal?.addEventListener('abort', cancel, { once: true });
        return this.#run(slot, waiting);
      }
      if (this.#waiting.length >= this.#queueBound) {
        return reject(
          new UnavailableError(
            `too many captures at once: ${this.#threads} running and ${this.#waiting.length} waiting (the most this server queues); retry later`,
          ),
        );
      }
      signal?.addEventListener('abort', cancel, { once: true });
      this.#waiting.push(waiting);
      this.#onQueued?.(request.text.length);
    });
  }

  /** A waiting capture leaves the queue; a running one stops its thread, whose exit starts the next. */
  #cancel(waiting: Waiting): void {
    const characters = waiting.job.request.text.length;
    const queued = this.#waiting.indexOf(waiting);
    if (queued >= 0) {
      this.#waiting.splice(queued, 1);
      waiting.reject(new CancelledError(CANCELLED));
      this.#onCancel?.(characters, 'waiting');
      return;
    }
    const slot = this.#slots.find((s) => s.running === waiting);
    if (!slot || slot.stopping) return;
    slot.stopping = true;
    waiting.reject(new CancelledError(CANCELLED));
    this.#onCancel?.(characters, 'running');
    void slot.worker.terminate();
  }

  /** Refuses the waiting captures and stops the threads; a capture still running fails. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const waiting of this.#waiting.splice(0))
      waiting.reject(new UnavailableError('the server is stopping: the capture was not started'));
    await this.terminate();
  }

  /** Stops every thread at once, as a crash of each would: its capture fails, and the next starts a new one. */
  async terminate(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.worker.terminate()));
  }

  #idleSlot(): Slot | undefined {
    const idle = this.#slots.find((slot) => !slot.running && !slot.stopping);
    if (idle) return idle;
    if (this.#slots.length >= this.#threads) return undefined;
    const slot = this.#start();
    this.#slots.push(slot);
    return slot;
  }

  #start(): Slot {
    const flag = new SharedArrayBuffer(4);
    const { port1: questions, port2: theirs } = new MessageChannel();
    const data: CaptureThreadData = { flag, questions: theirs };
    const worker = spawnCaptureThread(data, [theirs]);
    const slot: Slot = {
      worker,
      questions,
      answered: new Int32Array(flag),
      running: undefined,
      lastError: undefined,
      stopping: false,
    };
    worker.unref();
    questions.unref();
    worker.on('message', (reply: FromCaptureThread) => this.#settle(slot, reply));
    worker.on('error', (error: Error) => (slot.lastError = error));
    worker.on('exit', (code: number) => this.#exited(slot, code));
    questions.on('message', (question: StoreQuestion) => this.#answer(slot, question));
    return slot;
  }

  #run(slot: Slot, waiting: Waiting): void {
    slot.running = waiting;
    slot.worker.ref();
    slot.worker.postMessage(waiting.job);
    this.#onStart?.(waiting.job.request.text.length);
  }

  /** Answers the thread's question from the running capture's context, then wakes the thread. */
  #answer(slot: Slot, question: StoreQuestion): void {
    const context = slot.running?.context;
    let answer: StoreAnswer;
    try {
      if (!context) throw new Error('no capture is running in this thread');
      const value =
        question.type === 'known-facts' ? (context.knownFacts?.() ?? []) : (context.factExists?.(question.id) ?? false);
      answer = { ok: true, value };
    } catch (error) {
      answer = { ok: false, failure: toCaptureFailure(error) };
    }
    slot.questions.postMessage(answer);
    Atomics.store(slot.answered, 0, 1);
    Atomics.notify(slot.answered, 0);
  }

  #settle(slot: Slot, reply: FromCaptureThread): void {
    const waiting = slot.running;
    slot.running = undefined;
    slot.worker.unref();
    if (waiting) {
      if (reply.type === 'drafted') waiting.resolve(reply.draft);
      else if (reply.type === 'refused') waiting.reject(new ValidationError(reply.issues));
      else {
        const error = new ThreadFailedError(
          `the capture failed in its thread (${reply.failure.name}: ${reply.failure.message}); nothing was written`,
        );
        if (reply.failure.stack) error.stack = `${error.stack ?? ''}\nin the capture thread: ${reply.failure.stack}`;
        waiting.reject(error);
      }
    }
    if (!slot.stopping) this.#next(slot);
  }

  #exited(slot: Slot, code: number): void {
    this.#slots.splice(this.#slots.indexOf(slot), 1);
    slot.questions.close();
    const waiting = slot.running;
    slot.running = undefined;
    const reason = slot.lastError ? slot.lastError.message : `exit code ${code}`;
    waiting?.reject(
      new ThreadFailedError(
        `the capture thread stopped (${reason}) before it answered; nothing was written, and the next capture starts a new thread`,
      ),
    );
    if (!this.#closed && this.#waiting.length > 0) {
      const next = this.#idleSlot();
      if (next) this.#next(next);
    }
  }

  /** Hands the longest-waiting capture to `slot`, when one waits. */
  #next(slot: Slot): void {
    const waiting = this.#waiting.shift();
    if (waiting) this.#run(slot, waiting);
  }
}

function atLeast(value: number, least: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < least)
    throw ValidationError.at(name, `expected an integer of at least ${least}, got ${value}`);
  return value;
}
