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
