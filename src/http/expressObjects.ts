import { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Express } from 'express';

/** What `createServer` takes to make its requests and responses. */
export interface ServerObjects {
  readonly IncomingMessage: typeof IncomingMessage;
  readonly ServerResponse: typeof ServerResponse;
}

/**
 * `createServer` options whose requests and responses are made with `app`'s own prototypes
 * (`req.get`, `res.status`…) from the start. Express gives each request and response those
 * prototypes as it takes them (`Object.setPrototypeOf`), which costs V8 several µs of CPU per
 * object, about as much as building the object; for an object made with them it changes nothing.
 * Each is still an `IncomingMessage` or `ServerResponse`, built by Node's own constructor.
 */
export function expressServerObjects(app: Express): ServerObjects {
  function ExpressRequest(this: IncomingMessage, socket: Socket): void {
    IncomingMessage.call(this, socket);
  }
  ExpressRequest.prototype = app.request;
  function ExpressResponse(this: ServerResponse, req: IncomingMessage, options?: object): void {
    (ServerResponse as unknown as (this: ServerResponse, req: IncomingMessage, options?: object) => void).call(
      this,
      req,
      options,
    );
  }
  ExpressResponse.prototype = app.response;
  return {
    IncomingMessage: ExpressRequest as unknown as typeof IncomingMessage,
    ServerResponse: ExpressResponse as unknown as typeof ServerResponse,
  };
}
