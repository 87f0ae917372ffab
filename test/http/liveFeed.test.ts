import { expect } from 'chai';
import { pino } from 'pino';
import { parseTokens } from '../../src/http/auth.ts';
import { startServer, type RunningServer } from '../../src/http/server.ts';
import { execute } from '../../src/commands/execute.ts';
import { openChronicle, type Chronicle } from '../../src/main.ts';
import type { LiveFeedOptions } from '../../src/http/liveFeedOptions.ts';
import { testClock } from '../support/chronicleFixture.ts';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { apiValidator } from '../support/openapiValidator.ts';
import { FeedClient, RawEventStream, eventNamesIn, type FeedMessage } from '../support/sseClient.ts';

const REPORT = 'state-dept-report-to-sedena'; // ?2022-04-22, linked to sedena
const DHS_REPORT = 'dhs-ia-report-via-us-embassy'; // ?2022-04-22, linked to sedena
const INSTALLS = 'mexico-installs-nuctech-equipment'; // not linked to sedena

/** What a test looks at in a feed message: the event name, the SSE id and the fact. */
const shapeOf = (m: FeedMessage) => ({ event: m.event, id: m.id, factId: m.data.factId });

describe('GET /api/updates (the live feed)', () => {
  const cleanups: (() => unknown)[] = [];
  /** Closes `resource` after the test, the last opened first. */
  const track = <T>(resource: T, close: (r: T) => unknown): T => {
    cleanups.push(() => close(resource));
    return resource;
  };
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()!();
  });

  const serve = async (feed?: LiveFeedOptions): Promise<HttpFixture> =>
    track(await startTestServer(feed ? { feed } : {}), (f) => f.close());
  const subscribe = async (baseUrl: string, query: string, lastEventId?: string): Promise<FeedClient> =>
    track(
      await FeedClient.open(`${baseUrl}/api/updates${query}`, lastEventId === undefined ? {} : { lastEventId }),
      (c) => c.close(),
    );

  async function ok(
    f: { request: HttpFixture['request'] },
    method: string,
    path: string,
    body?: unknown,
    status = 200,
  ) {
    const res = await f.request(method, path, body === undefined ? {} : { body });
    expect(res.status, `${method} ${path}: ${res.text}`).to.equal(status);
    return res.json;
  }
  const revise = (f: { request: HttpFixture['request'] }, factId: string, when: string) =>
    ok(f, 'POST', `/api/facts/${factId}/date`, { when, reason: `the source dates it ${when}` });

  /** The global position of a fact's event of `type` (the last one unless `nth` says otherwise). */
  async function positionOf(
    f: { request: HttpFixture['request'] },
    factId: string,
    type: string,
    nth = -1,
  ): Promise<string> {
    const { events } = await ok(f, 'GET', `/api/facts/${factId}/history`);
    const found = (events as { type: string; position: string }[]).filter((e) => e.type === type).at(nth);
    if (!found) expect.fail(`${factId} has no ${type} event`);
    return found.position;
  }

  const newFact = (id: string, overrides: Record<string, unknown> = {}) => ({
    id,
    summary: `Fact ${id}`,
    when: '2022-05-10',
    actors: [{ id: 'sedena', role: 'recipient' }],
    reason: 'new information',
    ...overrides,
  });

  describe('a subscriber to an actor', () => {
    it('sees entry-changed, naming the changed field and carrying the new date, when a fact of that actor is re-dated', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');

      await revise(f, REPORT, '?2022-04-21');

      const message = await sedena.next();
      expect(message.event).to.equal('entry-changed');
      expect(message.data).to.include({ factId: REPORT, type: 'FactDateRevised' });
      expect(message.data.changes).to.include('when');
      expect(message.data.entry.factId).to.equal(REPORT);
      expect(message.data.entry.when.edtf).to.equal('?2022-04-21');
    });

    it('gets the global position of each event as its SSE id: a decimal string that increases', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');

      await revise(f, REPORT, '?2022-04-21');
      await revise(f, DHS_REPORT, '?2022-04-21');
      const [first, second] = await sedena.take(2);

      expect(first!.id).to.match(/^(0|[1-9][0-9]*)$/);
      expect(first!.id).to.equal(await positionOf(f, REPORT, 'FactDateRevised'));
      expect(first!.data.position).to.equal(first!.id);
      expect(second!.id).to.equal(await positionOf(f, DHS_REPORT, 'FactDateRevised'));
      expect(Number(second!.id)).to.be.greaterThan(Number(first!.id));
    });

    it('sees entry-added when a fact linked to the actor is recorded, while subscribers to another actor or topic do not', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');
      const guacamaya = await subscribe(f.url, '?actor=guacamaya');
      const privacy = await subscribe(f.url, '?topic=privacy');

      await ok(f, 'POST', '/api/facts', newFact('sedena-receives-follow-up'), 201);
      // A fact the other two do follow: it must be the first thing either of them sees.
      await ok(
        f,
        'POST',
        '/api/facts',
        newFact('guacamaya-leaks-privacy-files', {
          actors: [{ id: 'guacamaya', role: 'publisher' }],
          topics: ['privacy'],
        }),
        201,
      );

      const added = await sedena.next();
      expect(added.event).to.equal('entry-added');
      expect(added.data.factId).to.equal('sedena-receives-follow-up');
      expect(added.data.entry.actors).to.deep.include({
        id: 'sedena',
        name: 'Secretariat of National Defense',
        role: 'recipient',
      });
      expect(shapeOf(await guacamaya.next())).to.include({
        event: 'entry-added',
        factId: 'guacamaya-leaks-privacy-files',
      });
      expect(shapeOf(await privacy.next())).to.include({
        event: 'entry-added',
        factId: 'guacamaya-leaks-privacy-files',
      });
    });

    it('sees one message per append, never half of one: a fact with an actor and topics arrives whole', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');
      await ok(f, 'POST', '/api/facts', newFact('whole-append', { topics: ['privacy', 'nuctech-scanners'] }), 201);
      await ok(f, 'POST', '/api/facts', newFact('next-append'), 201);
      const first = await sedena.next();
      expect(first.event).to.equal('entry-added');
      expect(first.data.factId).to.equal('whole-append');
      expect(first.data.entry.topics.map((t: { id: string }) => t.id)).to.deep.equal(['privacy', 'nuctech-scanners']);
      expect((await sedena.next()).data.factId).to.equal('next-append');
    });

    it('sees entry-removed when the fact is retracted', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');
      await ok(f, 'POST', '/api/facts', newFact('sedena-receives-follow-up'), 201);
      expect((await sedena.next()).event).to.equal('entry-added');

      await ok(f, 'POST', '/api/facts/sedena-receives-follow-up/retraction', {
        reason: 'the follow-up never happened',
      });

      const removed = await sedena.next();
      expect(removed.event).to.equal('entry-removed');
      expect(removed.data).to.include({ factId: 'sedena-receives-follow-up', type: 'FactRetracted' });
      expect(removed.data.entry.status).to.equal('retracted');
      expect(removed.id).to.equal(await positionOf(f, 'sedena-receives-follow-up', 'FactRetracted'));
    });

    it('sees entry-removed when the fact is unlinked from the actor, which an unfiltered subscriber sees as entry-changed', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');
      const everything = await subscribe(f.url, '');

      await ok(f, 'DELETE', '/api/facts/guacamaya-hacks-sedena/actors/sedena?reason=wrong%20actor');

      const removed = await sedena.next();
      expect(removed.event).to.equal('entry-removed');
      expect(removed.data).to.include({ factId: 'guacamaya-hacks-sedena', type: 'ActorUnlinked' });
      expect(removed.data.changes).to.include('actors');
      expect(removed.data.entry.actors.map((a: { id: string }) => a.id)).not.to.include('sedena');
      expect(shapeOf(await everything.next())).to.deep.equal({
        event: 'entry-changed',
        id: removed.id,
        factId: 'guacamaya-hacks-sedena',
      });
    });
  });

  describe('resuming after a dropped connection', () => {
    /**
     * While a sedena subscriber is away: a re-dating, a new sedena fact (its FactRecorded is not on
     * the actor's timeline yet, its ActorLinked adds it), a change sedena does not follow, and a
     * second re-dating. Returns what the subscriber should see, in order.
     */
    async function missChanges(f: {
      request: HttpFixture['request'];
    }): Promise<{ event: string; id: string; factId: string }[]> {
      await revise(f, DHS_REPORT, '?2022-04-21');
      await ok(f, 'POST', '/api/facts', newFact('sedena-receives-follow-up'), 201);
      await revise(f, INSTALLS, '2022-10');
      await revise(f, REPORT, '?2022-04-20');
      return [
        { event: 'entry-changed', id: await positionOf(f, DHS_REPORT, 'FactDateRevised'), factId: DHS_REPORT },
        {
          event: 'entry-added',
          id: await positionOf(f, 'sedena-receives-follow-up', 'ActorLinked'),
          factId: 'sedena-receives-follow-up',
        },
        { event: 'entry-changed', id: await positionOf(f, REPORT, 'FactDateRevised'), factId: REPORT },
      ];
    }

    /** Takes the missed messages, then a fresh change: anything repeated or extra would come before it. */
    async function expectExactly(
      client: FeedClient,
      f: { request: HttpFixture['request'] },
      missed: { event: string; id: string; factId: string }[],
    ) {
      const resumed = await client.take(missed.length);
      await revise(f, REPORT, '?2022-04-19');
      const fresh = await client.next();
      const expected = [
        ...missed,
        { event: 'entry-changed', id: await positionOf(f, REPORT, 'FactDateRevised'), factId: REPORT },
      ];
      expect([...resumed, fresh].map(shapeOf)).to.deep.equal(expected);
      expect(client.received).to.have.length(expected.length);
    }

    it('delivers with Last-Event-ID exactly the events missed, once each and in order', async () => {
      const f = await serve();
      const before = await subscribe(f.url, '?actor=sedena');
      await revise(f, REPORT, '?2022-04-21');
      const last = await before.next();
      before.close();

      const missed = await missChanges(f);

      const after = await subscribe(f.url, '?actor=sedena', last.id);
      await expectExactly(after, f, missed);
    });

    it('delivers the same with the position given as ?after=', async () => {
      const f = await serve();
      const before = await subscribe(f.url, '?actor=sedena');
      await revise(f, REPORT, '?2022-04-21');
      const last = await before.next();
      before.close();

      const missed = await missChanges(f);

      const after = await subscribe(f.url, `?actor=sedena&after=${last.id}`);
      await expectExactly(after, f, missed);
    });

    it('delivers exactly the missed events across a server restart, including those written while it was down', async () => {
      const f = await serve();
      const before = await subscribe(f.url, '?actor=sedena');
      await revise(f, REPORT, '?2022-04-21');
      const last = await before.next();
      before.close();
      await revise(f, DHS_REPORT, '?2022-04-21');
      await f.server.close();
      await f.chronicle.close();

      // Fresh event ids: the fixture's counting ids would repeat those already in the streams.
      const chronicle: Chronicle = track(await openChronicle({ storeUrl: f.storeUrl, clock: testClock() }), (c) =>
        c.close(),
      );
      await execute(
        chronicle.write,
        'fact',
        INSTALLS,
        { type: 'ReviseFactDate', data: { factId: INSTALLS, when: '2022-10' } },
        { metadata: { recordedBy: 'cli' } },
      );
      await execute(
        chronicle.write,
        'fact',
        REPORT,
        { type: 'ReviseFactDate', data: { factId: REPORT, when: '?2022-04-20' } },
        { metadata: { recordedBy: 'cli' } },
      );
      const server: RunningServer = track(
        await startServer({
          chronicle,
          logger: pino({ level: 'silent' }),
          tokens: parseTokens('', 'test'),
          host: '127.0.0.1',
          port: 0,
        }),
        (s) => s.close(),
      );
      const restarted = {
        request: (method: string, path: string, options?: { body?: unknown }) =>
          requestTo(server.url, method, path, options),
      };
      await ok(restarted, 'POST', '/api/facts', newFact('sedena-receives-follow-up'), 201);

      const after = await subscribe(server.url, '?actor=sedena', last.id);
      await expectExactly(after, restarted, [
        { event: 'entry-changed', id: await positionOf(restarted, DHS_REPORT, 'FactDateRevised'), factId: DHS_REPORT },
        { event: 'entry-changed', id: await positionOf(restarted, REPORT, 'FactDateRevised'), factId: REPORT },
        {
          event: 'entry-added',
          id: await positionOf(restarted, 'sedena-receives-follow-up', 'ActorLinked'),
          factId: 'sedena-receives-follow-up',
        },
      ]);
    });

    it('sends event: reset to every subscriber on resetAll (a log no longer followed), then carries on live', async () => {
      const f = await serve();
      const sedena = await subscribe(f.url, '?actor=sedena');
      const everything = await subscribe(f.url, '');

      f.server.feed.resetAll('the store was replaced');

      for (const client of [sedena, everything]) {
        const reset = await client.next();
        expect(reset.event).to.equal('reset');
        expect(reset.data).to.deep.equal({ reason: 'the store was replaced' });
      }
      await revise(f, REPORT, '?2022-04-21');
      expect(shapeOf(await sedena.next())).to.include({ event: 'entry-changed', factId: REPORT });
    });

    it('sends event: reset for a Last-Event-ID the feed does not know, then carries on live', async () => {
      const f = await serve();
      const client = await subscribe(f.url, '?actor=sedena', '999999');

      const reset = await client.next();
      expect(reset.event).to.equal('reset');
      expect(reset.data.reason).to.be.a('string').and.include('999999');

      await revise(f, REPORT, '?2022-04-21');
      expect(shapeOf(await client.next())).to.include({ event: 'entry-changed', factId: REPORT });
    });
  });

  describe('keeping connections healthy', () => {
    /** A sedena fact whose entry is about 200 kB: each change of it is a large message. */
    async function recordLargeFact(f: HttpFixture): Promise<void> {
      const citations = Array.from({ length: 20 }, (_, i) => ({
        source: 'yucatan-times-nuctech',
        quote: `${i}: ${'q'.repeat(9_990)}`,
      }));
      await ok(
        f,
        'POST',
        '/api/facts',
        newFact('large-fact', { when: '2022-05-01', notes: 'n'.repeat(10_000), citations }),
        201,
      );
    }
    const alternateDate = (i: number) => (i % 2 === 0 ? '2022-05-02' : '2022-05-01');

    it('sends heartbeat comments on an idle stream', async () => {
      const f = await serve({ heartbeatMs: 20 });
      const stream = track(await RawEventStream.open(`${f.url}/api/updates`), (s) => s.destroy());
      expect(stream.response.statusCode).to.equal(200);
      expect(stream.response.headers['content-type']).to.match(/^text\/event-stream/);

      await stream.waitFor((text) => /^: heartbeat\n\n/m.test(text));
    });

    it('drops a client that stops reading, while a reading client still gets every event', async () => {
      const f = await serve({ maxBufferedBytes: 1 });
      await recordLargeFact(f);
      const reader = await subscribe(f.url, '?actor=sedena');
      const stalled = track(await RawEventStream.open(`${f.url}/api/updates?actor=sedena`, { paused: true }), (s) =>
        s.destroy(),
      );
      expect(stalled.response.statusCode).to.equal(200);
      expect(f.server.feed.size).to.equal(2);

      // Change the fact until the stalled client's socket buffers are full and it is dropped.
      let changes = 0;
      while (f.server.feed.size === 2) {
        if (changes === 200) expect.fail('the client that never reads was not dropped after 200 large events');
        await revise(f, 'large-fact', alternateDate(changes));
        changes += 1;
        await reader.next();
      }
      await revise(f, 'large-fact', alternateDate(changes));
      changes += 1;
      await reader.next();

      const { events } = await ok(f, 'GET', '/api/facts/large-fact/history');
      const revisions = (events as { type: string; position: string }[])
        .filter((e) => e.type === 'FactDateRevised')
        .map((e) => e.position);
      expect(revisions).to.have.length(changes);
      expect(reader.received.map((m) => [m.event, m.id])).to.deep.equal(revisions.map((id) => ['entry-changed', id]));
      expect(f.server.feed.size).to.equal(1);

      stalled.resume();
      await stalled.ended;
      const names = eventNamesIn(stalled.text);
      expect(names.at(-1)).to.equal('dropped');
      expect(names.filter((n) => n === 'dropped')).to.have.length(1);
      expect(stalled.text).to.match(/retry: \d+\nevent: dropped\ndata: \{"reason":".+"\}\n\n$/);

      const health = await f.request('GET', '/health');
      expect(health.status).to.equal(200);
      expect(health.json.status).to.equal('ok');
    });

    it('drops a client that stops reading during a long replay once, and writes nothing to its ended stream', async () => {
      const f = await serve({ maxBufferedBytes: 1 });
      // With no listener, an 'error' on a response is an uncaught exception: the process dies.
      const responseErrors: string[] = [];
      f.server.server.on('request', (_req, res) => res.on('error', (e: Error) => responseErrors.push(e.message)));
      await recordLargeFact(f);
      const from = await positionOf(f, 'large-fact', 'SourceCited');
      const gap = 30;
      for (let i = 0; i < gap; i++) await revise(f, 'large-fact', alternateDate(i));

      const stalled = track(
        await RawEventStream.open(`${f.url}/api/updates?actor=sedena&after=${from}`, { paused: true }),
        (s) => s.destroy(),
      );
      stalled.resume();
      await Promise.race([stalled.ended, stalled.waitFor((text) => eventNamesIn(text).length === gap)]);

      expect(
        responseErrors.length,
        `'error' events on a response after it was ended, e.g. "${responseErrors[0]}"`,
      ).to.equal(0);
      const names = eventNamesIn(stalled.text);
      if (names.includes('dropped')) {
        expect(
          names.filter((n) => n === 'dropped'),
          'dropped once',
        ).to.have.length(1);
        expect(names.at(-1)).to.equal('dropped');
      } else {
        expect(names).to.deep.equal(Array(gap).fill('entry-changed'));
      }
      expect((await f.request('GET', '/health')).status).to.equal(200);
    });
  });

  describe('refusing a subscription it cannot serve', () => {
    it('answers 400 problem+json to actor and topic together', async () => {
      const f = await serve();
      const res = await f.request('GET', '/api/updates?actor=sedena&topic=privacy');
      expect(res.status).to.equal(400);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(res.json).to.include({ type: '/problems/validation', status: 400 });
      expect(res.json.issues.map((i: { path: string }) => i.path)).to.include('topic');
    });

    it('answers 404 problem+json to an unknown actor', async () => {
      const f = await serve();
      const res = await f.request('GET', '/api/updates?actor=no-such-actor');
      expect(res.status).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
      expect(res.json).to.include({ type: '/problems/not-found', status: 404 });
      expect(res.json.detail).to.include('no-such-actor');
    });

    it('answers 404 problem+json to an unknown topic', async () => {
      const f = await serve();
      const res = await f.request('GET', '/api/updates?topic=no-such-topic');
      expect(res.status).to.equal(404);
      expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    });
  });
});

/** A JSON request to a server that is not the fixture's (after a restart). */
async function requestTo(baseUrl: string, method: string, path: string, options: { body?: unknown } = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    ...(options.body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  apiValidator().check({ method, path, status: res.status, headers: res.headers, text });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as any };
}
