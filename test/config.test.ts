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

  it('keeps a sign-in 12 hours unless CHRONICLE_SESSION_TTL says otherwise', () => {
    expect(loadConfig({}).sessionTtlMs).to.equal(12 * 3_600_000);
    expect(loadConfig({ CHRONICLE_SESSION_TTL: '90m' }).sessionTtlMs).to.equal(90 * 60_000);
    expect(loadConfig({ CHRONICLE_SESSION_TTL: '3600' }).sessionTtlMs).to.equal(3_600_000);
    expect(() => loadConfig({ CHRONICLE_SESSION_TTL: '12 hours' })).to.throw(ValidationError, /CHRONICLE_SESSION_TTL/);
    expect(() => loadConfig({ CHRONICLE_SESSION_TTL: '10s' })).to.throw(ValidationError, /from 1 minute/);
  });

  it('trusts no proxy by default, and only addresses, subnets and named groups', () => {
    expect(loadConfig({}).trustProxy).to.deep.equal([]);
    expect(loadConfig({ CHRONICLE_TRUST_PROXY: '10.0.0.5, fd00::/8,loopback' }).trustProxy).to.deep.equal([
      '10.0.0.5',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', '*', '1', '10.0.0.0/33', 'proxy.example.org'])
      expect(() => loadConfig({ CHRONICLE_TRUST_PROXY: bad }), bad).to.throw(ValidationError, /CHRONICLE_TRUST_PROXY/);
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

describe('CHRONICLE_STORE_TIMEOUT', () => {
  it('bounds the store calls by 5 s by default, and reads milliseconds or seconds', () => {
    expect(loadConfig({}).storeTimeoutMs).to.equal(5000);
    expect(loadConfig({ CHRONICLE_STORE_TIMEOUT: '200ms' }).storeTimeoutMs).to.equal(200);
    expect(loadConfig({ CHRONICLE_STORE_TIMEOUT: '750' }).storeTimeoutMs).to.equal(750);
    expect(loadConfig({ CHRONICLE_STORE_TIMEOUT: '30s' }).storeTimeoutMs).to.equal(30_000);
  });

  it('refuses what is not a duration, or is out of range, naming the variable and the reason', () => {
    expect(() => loadConfig({ CHRONICLE_STORE_TIMEOUT: 'soon' })).to.throw(
      ValidationError,
      /CHRONICLE_STORE_TIMEOUT: expected a duration such as 5000, 5000ms or 5s/,
    );
    expect(() => loadConfig({ CHRONICLE_STORE_TIMEOUT: '5ms' })).to.throw(ValidationError, /at least 10 ms/);
    expect(() => loadConfig({ CHRONICLE_STORE_TIMEOUT: '3600s' })).to.throw(ValidationError, /at most 10 minutes/);
  });
});
