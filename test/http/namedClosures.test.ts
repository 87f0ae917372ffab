import { expect } from 'chai';
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';

/**
 * The functions esbuild's `keepNames` (scripts/build.mjs, and tsx) names where they are made: each
 * becomes a `__name(fn, "name")` call, a `defineProperty` run every time the code around it runs.
 * Function declarations and classes are left out: their names are set where they are declared.
 */
function namedWhereMade(file: string): string[] {
  const { code } = transformSync(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), {
    loader: 'ts',
    keepNames: true,
    format: 'esm',
    target: 'node20',
  });
  return [...code.matchAll(/__name\((?:async )?(?:\(|function|[\w$]+ =>)[\s\S]*?, "([\w$]+)"\)/g)].map((m) => m[1]!);
}

describe("a record-fact request's code, built as the server is built", () => {
  it('names no function it makes per request (only those made once per route or module)', () => {
    expect(namedWhereMade('src/http/flatRoute.ts')).to.deep.equal(['next', 'fail', 'run', 'routeFailed', 'parsed']);
    expect(namedWhereMade('src/http/requestLog.ts')).to.deep.equal([]);
    expect(namedWhereMade('src/http/requestDeadline.ts')).to.deep.equal(['setTimeout', 'clearTimeout', 'now']);
    expect(namedWhereMade('src/http/routeHandler.ts')).to.deep.equal([]);
    expect(namedWhereMade('src/http/writeFact.ts')).to.deep.equal([]);
    expect(namedWhereMade('src/store/validateAppend.ts')).to.deep.equal([]);
    expect(namedWhereMade('src/facts/decide.ts')).to.deep.equal([]);
    // `encode` is made only for a write with the idempotency key's event ids.
    expect(namedWhereMade('src/commands/execute.ts')).to.deep.equal(['encode']);
  });
});
