import { expect } from 'chai';
import fc from 'fast-check';
import { startTestServer, type HttpFixture } from '../support/httpFixture.ts';
import { FeedClient, type FeedMessage } from '../support/sseClient.ts';

const SEED = 20_261_205;

/** What a subscriber was sent: event name, id and the whole data (entry included). */
const sent = (messages: readonly FeedMessage[]) => messages.map((m) => ({ event: m.event, id: m.id, data: m.data }));

const ACTORS = ['sedena', 'guacamaya'] as const;
const DATES = ['2022-05-10', '2022-05-11', '2022-06', '?2022-04-22', '2022-05-10/2022-05-20', '2022-21'] as const;

type Command =
  | { readonly kind: 'record'; readonly fact: number; readonly actor: number; readonly when: number }
  | { readonly kind: 'revise'; readonly fact: number; readonly when: number }
  | { readonly kind: 'summary'; readonly fact: number; readonly text: number }
  | { readonly kind: 'link' | 'unlink'; readonly fact: number; readonly actor: number }
  | { readonly kind: 'retract' | 'reinstate'; readonly fact: number };

/** Where the subscriber that comes and goes is after a step. */
type Presence = 'stay' | 'leave' | 'return';

/** Three facts, so that edits of one fact often follow each other (an append after an append of the same fact). */
const aFact = fc.nat(2);
const aCommand: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('record' as const), fact: aFact, actor: fc.nat(1), when: fc.nat(5) }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('revise' as const), fact: aFact, when: fc.nat(5) }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('summary' as const), fact: aFact, text: fc.nat(3) }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constantFrom('link' as const, 'unlink' as const), fact: aFact, actor: fc.nat(1) }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constantFrom('retract' as const, 'reinstate' as const), fact: aFact }), weight: 1 },
);
const aStep = fc.record({ command: aCommand, presence: fc.constantFrom<Presence>('stay', 'stay', 'leave', 'return') });

describe('the live feed: what a resuming subscriber is sent equals what a live one was sent', () => {
  let f: HttpFixture;
  before(async () => {
    f = await startTestServer({ demo: false });
    for (const [id, name] of [
      ['sedena', 'Secretariat of National Defense'],
      ['guacamaya', 'Guacamaya'],
    ])
      await ok('POST', '/api/actors', { id, name, kind: 'organization' }, 201);
    await ok(
      'POST',
      '/api/facts',
      { id: 'anchor', summary: 'Anchor', when: '2022-01', actors: [{ id: 'sedena' }] },
      201,
    );
  });
  after(async () => f.close());

  async function ok(method: string, path: string, body?: unknown, status = 200) {
    const res = await f.request(method, path, body === undefined ? {} : { body });
    expect(res.status, `${method} ${path}: ${res.text}`).to.equal(status);
    return res.json;
  }
  const head = async (): Promise<string> => (await ok('GET', '/api/timelines?limit=1')).position as string;
  const open = (query: string, lastEventId: string) => FeedClient.open(`${f.url}/api/updates${query}`, { lastEventId });

  /** Waits until `client` has been sent the message with id `id`. */
  async function until(client: FeedClient, id: string): Promise<void> {
    while (!client.received.some((m) => m.id === id)) await client.next();
  }

  it('replays a record, its revision and the next record as three messages, each entry as it was then', async () => {
    const start = await head();
    const live = await open('', start);
    await ok('POST', '/api/facts', { id: 'repro-a', summary: 'A', when: '2022-05-10', reason: 'new' }, 201);
    await ok('POST', '/api/facts/repro-a/date', { when: '2022-05-12', reason: 'the source says the 12th' });
    await ok('POST', '/api/facts', { id: 'repro-b', summary: 'B', when: '2022-05-11', reason: 'new' }, 201);
    const messages = await live.take(3);
    live.close();

    const resumed = await open('', start);
    await until(resumed, messages[2]!.id);
    const replayed = resumed.received;
    resumed.close();

    expect(messages.map((m) => [m.event, m.data.factId, m.data.type])).to.deep.equal([
      ['entry-added', 'repro-a', 'FactRecorded'],
      ['entry-changed', 'repro-a', 'FactDateRevised'],
      ['entry-added', 'repro-b', 'FactRecorded'],
    ]);
    expect(messages[0]!.data.entry.when.edtf, 'the first entry as recorded, not as revised later').to.equal(
      '2022-05-10',
    );
    expect(sent(replayed)).to.deep.equal(sent(messages));
  });

  it(`ends with identical message sequences, whatever the edits and wherever the second one leaves and comes back (fast-check, seed ${SEED})`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(aStep, { minLength: 1, maxLength: 14 }), async (steps) => {
        run += 1;
        const factId = (i: number) => `run${run}-fact${i}`;
        const start = await head();
        const pairs = ['', '?actor=sedena'].map((query) => ({
          query,
          live: open(query, start),
          away: open(query, start),
        }));
        const clients = await Promise.all(
          pairs.map(async (p) => ({ query: p.query, live: await p.live, segments: [await p.away] })),
        );
        let present = true;
        for (const { command, presence } of steps) {
          await apply(command, factId);
          if (presence === 'leave' && present) {
            for (const c of clients) c.segments.at(-1)!.close();
            present = false;
          } else if (presence === 'return' && !present) {
            for (const c of clients) {
              const last = c.segments.flatMap((s) => s.received).at(-1)?.id ?? start;
              c.segments.push(await open(c.query, last));
            }
            present = true;
          }
        }
        if (!present)
          for (const c of clients) {
            const last = c.segments.flatMap((s) => s.received).at(-1)?.id ?? start;
            c.segments.push(await open(c.query, last));
          }
        // A last change both filters follow: once each client has it, it has everything before it.
        await ok('POST', '/api/facts/anchor/date', {
          when: `2022-01-${String(run).padStart(2, '0')}`,
          reason: 'sentinel',
        });
        const sentinel = (await ok('GET', '/api/facts/anchor/history')).events.at(-1).position as string;
        try {
          for (const c of clients) {
            await until(c.live, sentinel);
            await until(c.segments.at(-1)!, sentinel);
            const resumed = c.segments.flatMap((s) => s.received);
            expect(sent(resumed), `${c.query || 'the whole feed'}: ${JSON.stringify(steps)}`).to.deep.equal(
              sent(c.live.received),
            );
          }
        } finally {
          for (const c of clients) for (const client of [c.live, ...c.segments]) client.close();
        }
      }),
      { seed: SEED, numRuns: 15, endOnFailure: true },
    );
  });

  /** Sends one command; a refusal (a fact not recorded yet, a revision to the same date) appends nothing and is fine. */
  async function apply(command: Command, factId: (i: number) => string): Promise<void> {
    const id = factId(command.fact);
    const reason = { reason: `step ${command.kind}` };
    const res = await (() => {
      switch (command.kind) {
        case 'record':
          return f.request('POST', '/api/facts', {
            body: {
              id,
              summary: `Fact ${id}`,
              when: DATES[command.when],
              actors: [{ id: ACTORS[command.actor] }],
              ...reason,
            },
          });
        case 'revise':
          return f.request('POST', `/api/facts/${id}/date`, { body: { when: DATES[command.when], ...reason } });
        case 'summary':
          return f.request('POST', `/api/facts/${id}/summary`, {
            body: { summary: `Summary ${command.text}`, ...reason },
          });
        case 'link':
          return f.request('POST', `/api/facts/${id}/actors`, { body: { id: ACTORS[command.actor], ...reason } });
        case 'unlink':
          return f.request('DELETE', `/api/facts/${id}/actors/${ACTORS[command.actor]}?reason=step`);
        case 'retract':
          return f.request('POST', `/api/facts/${id}/retraction`, { body: reason });
        case 'reinstate':
          return f.request('POST', `/api/facts/${id}/reinstatement`, { body: reason });
        default: {
          const unknown: never = command;
          throw new Error(`unknown command ${JSON.stringify(unknown)}`);
        }
      }
    })();
    expect(res.status, `${command.kind} ${id}: ${res.text}`).to.be.oneOf([200, 201, 404, 409]);
  }
});
