import { expect } from 'chai';
import { DEFAULT_LIMITS, loadConfig } from '../src/config.ts';
import { ValidationError } from '../src/core/errors.ts';

describe('settings from the environment', () => {
  it('limits each token by default and turns a limit off with 0', () => {
    expect(loadConfig({}).limits).to.deep.equal(DEFAULT_LIMITS);
    expect(loadConfig({ CHRONICLE_RATE_LIMIT: '0', CHRONICLE_FEED_CONNECTIONS: '3' }).limits).to.deep.equal({
      requestsPerMinute: 0,
      feedConnections: 3,
    });
  });

  it('refuses a limit that is not a whole number, naming the variable', () => {
    expect(() => loadConfig({ CHRONICLE_RATE_LIMIT: 'lots' })).to.throw(ValidationError, /CHRONICLE_RATE_LIMIT/);
    expect(() => loadConfig({ CHRONICLE_FEED_CONNECTIONS: '-1' })).to.throw(
      ValidationError,
      /CHRONICLE_FEED_CONNECTIONS/,
    );
  });

  it('keeps idempotent replies for 24 h unless CHRONICLE_IDEMPOTENCY_TTL says otherwise', () => {
    expect(loadConfig({}).idempotencyTtlMs).to.equal(24 * 3_600_000);
    expect(loadConfig({ CHRONICLE_IDEMPOTENCY_TTL: '90m' }).idempotencyTtlMs).to.equal(5_400_000);
    expect(loadConfig({ CHRONICLE_IDEMPOTENCY_TTL: '3600' }).idempotencyTtlMs).to.equal(3_600_000);
    expect(loadConfig({ CHRONICLE_IDEMPOTENCY_TTL: '7d' }).idempotencyTtlMs).to.equal(7 * 86_400_000);
    for (const bad of ['a day', '0', '-5h', '24 h'])
      expect(() => loadConfig({ CHRONICLE_IDEMPOTENCY_TTL: bad }), bad).to.throw(
        ValidationError,
        /CHRONICLE_IDEMPOTENCY_TTL/,
      );
  });
});
