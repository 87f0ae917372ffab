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
