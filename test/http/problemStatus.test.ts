import { expect } from 'chai';
import { CancelledError } from '../../src/core/errors.ts';
import { problemOf } from '../../src/http/problem.ts';

describe('unexpected errors', () => {
  it('become a 500 problem that shows no message and no stack', () => {
    const { problem } = problemOf(new Error('secret internals at /srv/x.ts:12'));
    expect(problem.status).to.equal(500);
    expect(JSON.stringify(problem)).to.not.match(/secret|x\.ts/);
  });
});

describe('work stopped because its client went away', () => {
  it('becomes a 499 problem, not a 400 that blames the input', () => {
    const { problem } = problemOf(new CancelledError('the client closed the connection'));
    expect(problem.status).to.equal(499);
    expect(problem.type).to.equal('/problems/cancelled');
  });
});
