import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { RecordFactBody } from '../../src/http/schemas.ts';
import { childProfiler } from './childProfiler.ts';
import { answerCalls } from '../../test/support/childProcess/child.ts';
import { cpuMsSoFar, eventLoopSoFar, sendReady, type ServerStats } from './childProtocol.ts';

/**
 * Child process: the reference server. A bare express 5 app whose `POST /api/facts` parses the
 * body with express.json and validates it with the very same zod schema Chronicle uses
 * (`RecordFactBody`), then answers 201 with a small JSON. Nothing is stored.
 *
 * For the live-feed reference it also keeps SSE subscribers (`GET /api/updates?actor=ID`) and, for
 * each accepted fact, writes one `id:`/`event:`/`data:` message to every subscriber of one of the
 * fact's actors — the entry serialised once, the same backpressure bound as Chronicle's (1 MiB) —
 * before it answers the POST, as Chronicle does.
 */
interface Subscriber {
  readonly res: ServerResponse;
  readonly actor: string;
}

const MAX_BUFFERED = 1024 * 1024;

async function main(): Promise<void> {
  const subscribers = new Set<Subscriber>();
  let position = 0;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.post('/api/facts', express.json({ limit: 1024 * 1024, strict: false }), (req: Request, res: Response) => {
    const parsed = RecordFactBody.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        title: 'Invalid input',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
      return;
    }
    const fact = parsed.data;
    position += 1;
    if (subscribers.size > 0) {
      const actors = new Set(fact.actors.map((a) => a.id));
      const entry = {
        factId: fact.id,
        summary: fact.summary,
        notes: fact.notes,
        when: {
          edtf: fact.when,
          earliest: null,
          latest: null,
          precision: 'day',
          approximate: false,
          uncertain: false,
          label: fact.when,
        },
        actors: fact.actors.map((a) => ({ id: a.id, name: a.id, role: a.role })),
        topics: fact.topics.map((t) => ({ id: t, label: t })),
        place: fact.place,
        citations: [],
        relations: [],
        status: 'active',
        revision: 0,
        findings: [],
      };
      const message = `id: ${position}\nevent: entry-added\ndata: ${JSON.stringify({ position: String(position), factId: fact.id, type: 'FactRecorded', changes: [], entry })}\n\n`;
      for (const s of subscribers) {
        if (!actors.has(s.actor) || s.res.writableEnded) continue;
        if (s.res.writableLength > MAX_BUFFERED) {
          subscribers.delete(s);
          s.res.end('event: dropped\ndata: {}\n\n');
          continue;
        }
        s.res.write(message);
      }
    }
    res.status(201).json({ id: fact.id, status: 'recorded', position });
  });
  app.get('/api/updates', (req: Request, res: Response) => {
    const actor = typeof req.query.actor === 'string' ? req.query.actor : '';
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    });
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const subscriber: Subscriber = { res, actor };
    subscribers.add(subscriber);
    req.on('close', () => subscribers.delete(subscriber));
  });
  const server = createServer(app);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const profiler = childProfiler(process.argv);
  answerCalls({
    stats: async (): Promise<ServerStats> => ({
      feedClients: subscribers.size,
      written: position,
      cpuMs: cpuMsSoFar(),
      eventLoop: eventLoopSoFar(),
    }),
    'profile-start': async (name) => profiler.start(name ?? 'bare'),
    'profile-stop': async () => profiler.stop(),
    stop: async () => {
      await profiler.stop();
      for (const s of subscribers) s.res.end();
      subscribers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
  sendReady(`http://127.0.0.1:${port}`, {
    app: 'express 5: express.json() + RecordFactBody.safeParse, 201 with a small JSON; nothing stored',
    feed: 'SSE subscribers in a Set; each fact serialised once and written to the subscribers of its actors',
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bare server child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
