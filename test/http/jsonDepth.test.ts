import { expect } from 'chai';
import { refuseDeepJson } from '../../src/http/jsonDepth.ts';
import { HttpError } from '../../src/http/problem.ts';
import { startTestServer } from '../support/httpFixture.ts';

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('JSON nesting depth', () => {
  it('lets a body as deep as the bound through, and refuses one level more with a 400 that says why', () => {
    expect(() => refuseDeepJson(Buffer.from(nested(64)))).to.not.throw();
    try {
      refuseDeepJson(Buffer.from(nested(65)));
      expect.fail('expected a refusal');
    } catch (error) {
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).status).to.equal(400);
      expect((error as HttpError).message).to.equal('the request body is nested more than 64 levels deep');
    }
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ summary: `${'[{'.repeat(500)} \\" ${'"['.repeat(100)}` });
    expect(() => refuseDeepJson(Buffer.from(text))).to.not.throw();
  });

  it('refuses a deep import over HTTP before parsing it, writing nothing', async () => {
    const f = await startTestServer();
    try {
      const head = await f.chronicle.store.headPosition();
      const r = await f.request('POST', '/api/import', {
        raw: nested(200_000),
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).to.equal(400);
      expect(r.json.detail).to.equal('the request body is nested more than 64 levels deep');
      expect(await f.chronicle.store.headPosition()).to.equal(head);
    } finally {
      await f.close();
    }
  });
});
