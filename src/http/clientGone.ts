import type { Response } from 'express';

/** A signal that aborts when the client goes away before its answer is sent, until `dispose`. */
export interface ClientGone {
  readonly signal: AbortSignal;
  /** The answer is decided: the response's close is no longer listened to. */
  dispose(): void;
}

/**
 * Aborts when the response closes before it was ended: the connection closed (the client gave up,
 * timed out or was killed) while the handler still worked. A response that was ended closes too,
 * and that is not a client going away. The request's own `close` is not used: it is told once
 * the body has been read, with the client still there.
 */
export function clientGone(res: Response): ClientGone {
  const controller = new AbortController();
  const closed = () => {
    if (!res.writableEnded) controller.abort(new Error('the client closed the connection before the answer'));
  };
  if (res.destroyed || res.socket?.destroyed === true) closed();
  else res.on('close', closed);
  return { signal: controller.signal, dispose: () => res.removeListener('close', closed) };
}
