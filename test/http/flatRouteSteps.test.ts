/**
 * `flatRoute` on its own, over recording steps: the steps in express's order, the body read once,
 * what it leaves to express, and what it hands to the error handlers.
 */
import { expect } from 'chai';
import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { flatRoute } from '../../src/http/flatRoute.ts';
import { refuseDeepJson } from '../../src/http/jsonDepth.ts';

/** What `JSON.parse` says of `text`. */
function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
}

describe('flatRoute', () => {
  /** A server whose listener is `flatRoute` over recording steps, and express for what it leaves. */
  async function recording() {
    const app = express();
    const calls: string[] = [];
    const step = (name: string) => (_req: Request, _res: Response, next: () => void) => {
      calls.push(name);
      next();
    };
    const flat = flatRoute({
      app,
      path: '/api/facts',
      appLayers: [step('log'), step('rate')],
      admit: step('admit'),
      verify: (body) => {
        calls.push(`verify ${body.length}`);
        refuseDeepJson(body);
      },
      handle: async (req, res) => {
        calls.push(`handle ${JSON.stringify(req.body)}`);
        res.status(201).json({ ok: true });
      },
      locate: (error, _req, _res, next) => next(error),
      fail: (error, _req, res) => {
        calls.push(`fail ${(error as Error).message}`);
        res.status(400).end();
      },
      limit: 200,
    });
    app.use((_req, res) => {
      calls.push('express');
      res.status(204).end();
    });
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      if (!flat(req, res)) app(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const send = (method: string, path: string, headers: Record<string, string>, body: string | Buffer[]) =>
      new Promise<number>((done, fail) => {
        const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode ?? 0));
        });
        req.on('error', fail);
        for (const chunk of typeof body === 'string' ? [body] : body) req.write(chunk);
        req.end();
      });
    return { calls, send, close: () => new Promise<void>((done) => server.close(() => done())) };
  }

  it('runs the steps in express’s order and parses the body once, from one buffer of its chunks', async () => {
    const r = await recording();
    try {
      const status = await r.send('POST', '/api/facts', { 'content-type': 'application/json', 'content-length': '9' }, [
        Buffer.from('{"a":'),
        Buffer.from('[1]}'),
      ]);
      expect(status).to.equal(201);
      expect(r.calls).to.deep.equal(['log', 'rate', 'admit', 'verify 9', 'handle {"a":[1]}']);
    } finally {
      await r.close();
    }
  });

  it('leaves to express any request whose head it does not take as it is', async () => {
    const r = await recording();
    const body = '{"a":1}';
    const length = String(body.length);
    try {
      const heads: [string, string, Record<string, string>][] = [
        ['GET', '/api/facts', {}],
        ['POST', '/api/facts?x=1', { 'content-type': 'application/json', 'content-length': length }],
        ['POST', '/api/facts/', { 'content-type': 'application/json', 'content-length': length }],
        ['POST', '/API/facts', { 'content-type': 'application/json', 'content-length': length }],
        ['POST', '/api/facts', { 'content-type': 'text/plain', 'content-length': length }],
        ['POST', '/api/facts', { 'content-type': 'application/json; charset=latin1', 'content-length': length }],
        ['POST', '/api/facts', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }],
        [
          'POST',
          '/api/facts',
          { 'content-type': 'application/json', 'content-encoding': 'identity', 'content-length': length },
        ],
        ['POST', '/api/facts', { 'content-type': 'application/json', 'content-length': '0' }],
      ];
      for (const [method, path, headers] of heads) {
        expect(
          await r.send(method, path, headers, method === 'GET' || headers['content-length'] === '0' ? '' : body),
        ).to.equal(204);
      }
      const large = 'x'.repeat(201);
      expect(
        await r.send('POST', '/api/facts', { 'content-type': 'application/json', 'content-length': '201' }, large),
      ).to.equal(204);
      expect(r.calls).to.deep.equal(Array(heads.length + 1).fill('express'));
    } finally {
      await r.close();
    }
  });

  it('hands malformed JSON and a failing check to its error handlers, naming the problem', async () => {
    const r = await recording();
    try {
      const send = (body: string) =>
        r.send(
          'POST',
          '/api/facts',
          { 'content-type': 'application/json', 'content-length': String(body.length) },
          body,
        );
      expect(await send('{"a":')).to.equal(400);
      expect(await send(`${'['.repeat(65)}${']'.repeat(65)}`)).to.equal(400);
      expect(r.calls.filter((c) => c.startsWith('fail'))).to.deep.equal([
        `fail the request body is not valid JSON: ${jsonError('{"a":')}`,
        'fail the request body is nested more than 64 levels deep',
      ]);
    } finally {
      await r.close();
    }
  });
});
