import { expect } from 'chai';
import { once } from 'node:events';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expressServerObjects } from '../../src/http/expressObjects.ts';

describe('expressServerObjects', () => {
  it('makes each request and response with the app’s prototypes, still Node’s own objects', async () => {
    const app = express();
    app.post('/echo', express.json(), (req, res) => {
      res.status(201).json({ body: req.body as unknown, type: req.get('Content-Type') });
    });
    const seen: unknown[] = [];
    const server = createServer({ ...expressServerObjects(app) }, (req, res) => {
      seen.push([
        Object.getPrototypeOf(req) === app.request,
        Object.getPrototypeOf(res) === app.response,
        req instanceof IncomingMessage,
        res instanceof ServerResponse,
      ]);
      app(req, res);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ a: [1, 2] }),
      });
      expect(answer.status).to.equal(201);
      expect(await answer.json()).to.deep.equal({ body: { a: [1, 2] }, type: 'application/json' });
      expect(seen).to.deep.equal([[true, true, true, true]]);
    } finally {
      server.close();
    }
  });
});
