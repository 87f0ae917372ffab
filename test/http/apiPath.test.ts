import { expect } from 'chai';
import { isApiPath } from '../../src/http/apiPath.ts';

describe('the paths under /api', () => {
  it('are /api itself and every path that goes on after a slash, in any case', () => {
    for (const path of ['/api', '/api/', '/api/facts', '/API/facts', '/Api/facts/x/history'])
      expect(isApiPath(path), path).to.equal(true);
  });

  it('leave out paths that only begin with the same letters, and every other path', () => {
    for (const path of ['/apix', '/api-docs', '/ap', '/', '/health', '/timeline/api', '/api%2Ffacts'])
      expect(isApiPath(path), path).to.equal(false);
  });
});
