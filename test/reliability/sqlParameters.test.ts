import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The only things ever spliced into SQL text. Each is a table-name prefix, a table or index name
 * from a constant list, a run of `?` placeholders, WHERE clauses assembled from constant strings
 * with `?` placeholders, or a number the code computed; user values go in bound parameters only.
 */
const SPLICED = new Set([
  'p',
  'prefix',
  'this.prefix',
  'rm.prefix',
  'this.rm.prefix',
  'livePrefix', // `rm_` / `rb_` table prefixes
  't',
  'name',
  'registry', // names from TABLES / LOOKUP_INDEXES / the registry union type
  'marks', // `?, ?, …`
  'columns.sql', // a registry's name columns, from the constant NAME_COLUMNS (readModels/registries.ts)
  "where.join(' AND ')", // constant conditions with `?` placeholders
  'EVENT_COLUMNS',
  "settings.synchronous === 'normal' ? 'NORMAL' : 'FULL'",
  'Math.trunc(settings.cacheSizeKiB)',
  'Math.trunc(settings.busyTimeoutMs)',
]);
const SQL_METHODS = new Set(['prepare', 'stmt', 'exec', 'pragma']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every `${…}` inside the SQL text handed to prepare/stmt/exec/pragma, with where it is. */
function splicesIn(file: string): { where: string; expression: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; expression: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      SQL_METHODS.has(node.expression.name.text)
    ) {
      const sql = node.arguments[0];
      if (sql && ts.isTemplateExpression(sql)) {
        for (const span of sql.templateSpans) {
          const { line } = source.getLineAndCharacterOfPosition(span.getStart());
          found.push({ where: `${relative(root, file)}:${line + 1}`, expression: span.expression.getText(source) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('SQL and user values', () => {
  const files = ['src', 'projections'].flatMap((dir) => filesUnder(join(root, dir)));
  const splices = files.flatMap(splicesIn);

  it('finds the SQL the code builds (the scan sees real statements)', () => {
    expect(splices.length).to.be.greaterThan(20);
  });

  it('splices only table prefixes, constant names and placeholders into SQL text; every value is a bound parameter', () => {
    const unexpected = splices.filter((s) => !SPLICED.has(s.expression)).map((s) => `${s.where}: \${${s.expression}}`);
    expect(unexpected, 'bind these as parameters, or add a reviewed constant to SPLICED').to.deep.equal([]);
  });
});
