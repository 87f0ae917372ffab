import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { MESSAGE_FD, type CallMessage, type ChildMessage, type ReplyMessage } from './protocol.ts';

/**
 * The child's side of the harness (the parent's is `parent.ts`). It loads only node's built-in
 * modules, so a child that times its own start-up can import it before its first reading.
 */

/**
 * Sends a message to the parent with a synchronous write: it is in the pipe before the child takes
 * another step, so a parent that kills the child on a message knows how far the child had got.
 */
export function say<M extends ChildMessage>(message: M): void {
  writeSync(MESSAGE_FD, `${JSON.stringify(message)}\n`);
}

/** The parent's messages, in order, until it closes the child's stdin (or goes away). */
async function* received(): AsyncGenerator<unknown> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as unknown;
}

/** The parent's next message, or undefined when it closed the child's stdin first. */
export async function nextMessage<M>(): Promise<M | undefined> {
  for await (const message of received()) return message as M;
  return undefined;
}

/**
 * Answers the parent's calls with `handlers`, each reply sent once its handler settles. After
 * replying to `stop` the child exits; when the parent closes the child's stdin (or dies), `stop`
 * runs and the child exits too, so a child never lingers.
 */
export function answerCalls(
  handlers: { readonly stop: () => Promise<unknown> } & Readonly<Record<string, (arg?: string) => Promise<unknown>>>,
): void {
  let stopping: Promise<unknown> | undefined;
  const stopOnce = () => (stopping ??= handlers.stop());
  const answer = (call: CallMessage): void => {
    const handler = call.op === 'stop' ? stopOnce : handlers[call.op];
    const outcome = handler
      ? Promise.resolve().then(() => handler(call.arg))
      : Promise.reject(new Error(`this child does not answer ${call.op}`));
    void outcome.then(
      (result) => {
        say({ type: 'reply', id: call.id, result } satisfies ReplyMessage);
        if (call.op === 'stop') process.exit(0);
      },
      (error: unknown) =>
        say({
          type: 'reply',
          id: call.id,
          error: error instanceof Error ? error.message : String(error),
        } satisfies ReplyMessage),
    );
  };
  void (async () => {
    for await (const message of received()) {
      if ((message as CallMessage).type === 'call') answer(message as CallMessage);
    }
    await stopOnce();
    process.exit(0);
  })();
}
