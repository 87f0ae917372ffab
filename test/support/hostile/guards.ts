import { expect } from 'chai';
import type { RawReply } from './rawHttp.ts';

const PROTOTYPES = {
  Object: Object.prototype,
  Array: Array.prototype,
  Function: Function.prototype,
  String: String.prototype,
} as const;
const ownKeys = (o: object) => Reflect.ownKeys(o).map(String).sort();
const baseline = Object.fromEntries(Object.entries(PROTOTYPES).map(([name, proto]) => [name, ownKeys(proto)]));
const METHODS = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
] as const;

/**
 * The built-in prototypes have the keys they had when this module loaded (compared by count, then
 * by name when a count differs), their methods are still functions, and `{}` has no canary.
 */
export function expectNoPrototypePollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted, 'Object.prototype.polluted').to.equal(undefined);
  expect(([] as unknown as Record<string, unknown>).polluted, 'Array.prototype.polluted').to.equal(undefined);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
  for (const method of METHODS) expect(typeof probe[method], `Object.prototype.${method}`).to.equal('function');
  for (const [name, proto] of Object.entries(PROTOTYPES)) {
    if (Reflect.ownKeys(proto).length !== baseline[name]!.length)
      expect(ownKeys(proto), `own keys of ${name}.prototype`).to.deep.equal(baseline[name]);
  }
}

/**
 * A 4xx RFC 9457 problem as src/http/problem.ts writes it: `application/problem+json` with
 * `type`, `title`, `status` (the response's), `detail`, `instance` and `requestId`; for invalid
 * input, `issues` of `{ path, in, message }` with a `pointer` into the body, or the `header` or the
 * `parameter` the issue is in.
 */
export function expectClientProblem(reply: RawReply, request: string): void {
  const context = `${request} → ${reply.status} ${reply.text.slice(0, 300)}`;
  expect(reply.status, context).to.be.within(400, 499);
  expect(reply.headers['content-type'] ?? '', context).to.match(/^application\/problem\+json\b/);
  let problem: Record<string, unknown>;
  try {
    problem = JSON.parse(reply.text) as Record<string, unknown>;
  } catch {
    throw new Error(`the problem body is not JSON: ${context}`);
  }
  expect(problem, context).to.be.an('object');
  expect(problem.type, context)
    .to.be.a('string')
    .and.match(/^\/problems\/[a-z-]+$/);
  expect(problem.title, context).to.be.a('string').and.not.equal('');
  expect(problem.status, context).to.equal(reply.status);
  expect(problem.detail, context).to.be.a('string').and.not.equal('');
  expect(problem.instance, context).to.be.a('string');
  expect(problem.requestId, context).to.be.a('string');
  if (problem.issues !== undefined) {
    expect(problem.issues, context).to.be.an('array').that.is.not.empty;
    for (const issue of problem.issues as Record<string, unknown>[]) {
      expect(issue.path, context).to.be.a('string');
      expect(issue.in, context).to.be.oneOf(['body', 'query', 'path', 'header']);
      if (issue.in === 'body') expect(issue.pointer, context).to.be.a('string');
      if (issue.in === 'header') expect(issue.header, context).to.be.a('string').and.equal(issue.path);
      if (issue.in !== 'body') expect(issue.pointer, context).to.equal(undefined);
      expect(issue.message, context).to.be.a('string').and.not.equal('');
    }
  }
}
