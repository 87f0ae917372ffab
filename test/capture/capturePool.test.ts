import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { CapturePool } from '../../src/capture/capturePool.ts';
import { captureText, type CaptureContext } from '../../src/capture/captureText.ts';
import { captureContextOf } from '../../src/capture/storeContext.ts';
import { importDossier } from '../../src/commands/dossier/importDossier.ts';
import { CancelledError, ValidationError } from '../../src/core/errors.ts';
import { loadSet, type Article } from '../../eval/goldArticle.ts';
import { openTestChronicle, type ChronicleFixture } from '../support/chronicleFixture.ts';
import { demoDossier, metadata } from '../support/demoDossier.ts';

const ARTICLES = fileURLToPath(new URL('../../eval/articles', import.meta.url));

/** Relative phrases that anchor to facts of the demo dossier, and names of its actors. */
const ON_THE_STORE = [
  'Ten days after the State Department report, the US ambassador to Mexico, Ken Salazar, sent a letter to Foreign Minister Marcelo Ebrard. On 3 June 2022 Sedena replied.',
  'Two months after the contract was signed, Nuctech delivered the first scanners. A week later Sedena inspected them, and on 2 May 2022 the ambassador wrote again.',
];

describe('captures in a worker thread (CapturePool)', function () {
  this.timeout(180_000);
  let pool: CapturePool;
  beforeEach(() => (pool = new CapturePool({ inlineBelow: 0 })));
  afterEach(async () => pool.close());

  it('gives every dev article of the evaluation the draft captureText gives inline, byte for byte', async () => {
    const articles: Article[] = await loadSet(ARTICLES, 'dev');
    expect(articles.length).to.be.greaterThan(100);
    for (const article of articles) {
      const request = { text: article.text, lang: article.gold.lang, publishedOn: article.gold.publishedOn };
      const context: CaptureContext = { today: '2025-01-01' };
      // The thread captures while this thread captures inline.
      const threaded = pool.capture(request, context);
      const inline = JSON.stringify(captureText(request, context));
      expect(JSON.stringify(await threaded), article.name).to.equal(inline);
    }
  });

  describe('on a store whose facts relative phrases anchor to', () => {
    let store: ChronicleFixture;
    beforeEach(async () => {
      store = await openTestChronicle();
      await importDossier(store.chronicle.write, demoDossier(), { metadata });
      await store.chronicle.runner.start();
    });
    afterEach(async () => store.close());

    it('gives the inline draft, asking the store for its facts and ids from the thread as the capture does', async () => {
      const { chronicle } = store;
      for (const text of ON_THE_STORE) {
        const context = captureContextOf(chronicle.readModels(), chronicle.write.clock(), 'yucatan-times-nuctech');
        const asked = { facts: 0, ids: 0 };
        const counted: CaptureContext = {
          ...context,
          knownFacts: () => (asked.facts++, context.knownFacts!()),
          factExists: (id) => (asked.ids++, context.factExists!(id)),
        };
        const request = { text, lang: 'en', sourceId: 'yucatan-times-nuctech' };
        const threaded = await pool.capture(request, counted);
        const inline = captureText(request, context);
        expect(JSON.stringify(threaded)).to.equal(JSON.stringify(inline));
        expect(asked.facts, text).to.equal(1);
        expect(asked.ids, text).to.be.greaterThan(0);
        if (text === ON_THE_STORE[0])
          expect(threaded.facts[0]!.relations).to.deep.equal([
            { type: 'after', fact: 'state-dept-report-to-sedena', offset: 'P10D' },
          ]);
      }
    });
  });

  it('answers whether an id is taken from the ids sent with the capture, when the store has few', async () => {
    const store = await openTestChronicle();
    try {
      await importDossier(store.chronicle.write, demoDossier(), { metadata });
      await store.chronicle.runner.start();
      const rm = store.chronicle.readModels();
      const context = captureContextOf(rm, store.chronicle.write.clock(), 'yucatan-times-nuctech');
      let asked = 0;
      const counted: CaptureContext = { ...context, factExists: (id) => (asked++, context.factExists!(id)) };
      const request = { text: ON_THE_STORE[1]!, lang: 'en', sourceId: 'yucatan-times-nuctech' };
      const threaded = await pool.capture(request, counted, (max) => rm.factIds(max));
      expect(JSON.stringify(threaded)).to.equal(JSON.stringify(captureText(request, context)));
      expect(asked).to.equal(0);
      expect(rm.factIds(1)).to.equal(null);
      expect(rm.factIds(1000)).to.include('state-dept-report-to-sedena');
    } finally {
      await store.close();
    }
  });

  it('refuses bad input from the thread with the issues captureText gives inline', async () => {
    const request = { text: ' ', lang: 'de', publishedOn: 'May' };
    const error = await pool.capture(request, { today: '2025-01-01' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ValidationError);
    let inline: unknown;
    try {
      captureText(request, { today: '2025-01-01' });
    } catch (e) {
      inline = e;
    }
    expect((error as ValidationError).issues).to.deep.equal((inline as ValidationError).issues);
  });

  it('runs captures beyond the threads in turn, up to the queue, and refuses one more', async () => {
    await pool.close();
    const started: number[] = [];
    pool = new CapturePool({ inlineBelow: 0, threads: 1, queue: 1, onStart: (n) => started.push(n) });
    const context: CaptureContext = { today: '2025-01-01' };
    const texts = [ON_THE_STORE[0]!, ON_THE_STORE[1]!, `${ON_THE_STORE[0]!} `];
    const outcomes = texts.map((text) =>
      pool.capture({ text, lang: 'en' }, context).then(
        (draft) => draft.facts.length,
        (e: unknown) => e as Error,
      ),
    );
    expect(started).to.deep.equal([texts[0]!.length]);
    const [first, second, third] = await Promise.all(outcomes);
    expect(first).to.equal(2);
    expect(second).to.be.a('number');
    expect(third).to.be.instanceOf(Error).and.to.include({
      name: 'UnavailableError',
      message: 'too many captures at once: 1 running and 1 waiting (the most this server queues); retry later',
    });
    expect(started).to.deep.equal([texts[0]!.length, texts[1]!.length]);
  });

  it('refuses a capture whose signal aborted before it was asked, and leaves one that answered before its signal aborted', async () => {
    await pool.close();
    const started: number[] = [];
    const cancelled: string[] = [];
    pool = new CapturePool({
      inlineBelow: 0,
      threads: 1,
      onStart: (n) => started.push(n),
      onCancel: (n, where) => cancelled.push(`${n} ${where}`),
    });
    const request = { text: ON_THE_STORE[0]!, lang: 'en' };
    const context: CaptureContext = { today: '2025-01-01' };
    const error = await pool.capture(request, context, undefined, AbortSignal.abort()).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).to.be.instanceOf(CancelledError);
    expect(error?.message).to.equal(
      'the capture was cancelled: its client went away before the answer; nothing was written',
    );
    expect(started, 'no thread was asked').to.deep.equal([]);

    const controller = new AbortController();
    const draft = await pool.capture(request, context, undefined, controller.signal);
    const next = pool.capture(request, context);
    controller.abort();
    expect(JSON.stringify(await next)).to.equal(JSON.stringify(draft));
    expect(started).to.deep.equal([request.text.length, request.text.length]);
    expect(cancelled).to.deep.equal([]);
  });

  it('fails a capture whose store question throws, and answers the next one', async () => {
    const request = { text: ON_THE_STORE[0]!, lang: 'en' };
    const broken: CaptureContext = {
      today: '2025-01-01',
      knownFacts: () => {
        throw new Error('the read models are closed');
      },
    };
    const error = await pool.capture(request, broken).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.name).to.equal('ThreadFailedError');
    expect(error?.message).to.match(
      /the capture failed in its thread \(Error: the store could not answer known-facts: the read models are closed\); nothing was written/,
    );
    const next = await pool.capture(request, { today: '2025-01-01' });
    expect(JSON.stringify(next)).to.equal(JSON.stringify(captureText(request, { today: '2025-01-01' })));
  });
});
