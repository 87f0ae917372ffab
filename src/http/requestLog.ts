import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { pino, type Logger } from 'pino';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id (`X-Request-Id`), given by `requestLog`. */
    id: string;
  }
}

/** A client's own `X-Request-Id` is kept when it is this tame; otherwise the server makes one. */
const GIVEN_ID = /^[\w.-]{1,100}$/;

/**
 * Gives every request its id (`X-Request-Id`, echoed back) and writes one JSON line when it ends:
 * `request completed`, `request errored` for a 5xx, or `request aborted` when the client closed
 * the connection before any answer (its status null: none was sent), with the request (`Authorization` and
 * `Cookie` redacted), the response's status and headers (`Set-Cookie` redacted) and `responseTime`
 * in ms. A 503 (the store not answering in time: expected under faults, and said to the client)
 * is a warning, another 5xx an error, the rest info. Nothing is serialised for a line whose level
 * is off.
 */
export function requestLog(logger: Logger) {
  const log = logger.child(
    {},
    {
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: { req: pino.stdSerializers.req, res: pino.stdSerializers.res, err: pino.stdSerializers.err },
    },
  );
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.headers['x-request-id'];
    req.id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = Date.now();
    const ended = (error?: Error) => {
      res.removeListener('close', ended);
      res.removeListener('finish', ended);
      res.removeListener('error', ended);
      const responseTime = Date.now() - started;
      if (!res.writableEnded && !res.headersSent && error === undefined) {
        // The client closed the connection before any answer: nothing was sent (the line's status
        // is null), and the work it asked for may have been stopped.
        if (!log.isLevelEnabled('info')) return;
        log.info({ req, res, responseTime }, 'request aborted');
        return;
      }
      const failed = error !== undefined || res.statusCode >= 500;
      const level = res.statusCode === 503 ? 'warn' : failed ? 'error' : 'info';
      if (!log.isLevelEnabled(level)) return;
      if (failed)
        log[level](
          { req, res, err: error ?? new Error(`failed with status code ${res.statusCode}`), responseTime },
          'request errored',
        );
      else log[level]({ req, res, responseTime }, 'request completed');
    };
    res.on('close', ended);
    res.on('finish', ended);
    res.on('error', ended);
    next();
  };
}
