import { Lexer, parse as parseYaml, YAMLParseError } from 'yaml';
import { ValidationError } from '../../core/errors.ts';

/** Deeper than any dossier (top, section, item, citations, citation: 5): flow collections, or block indicators on one line. */
const MAX_YAML_DEPTH = 64;
/** Indentation wider than any dossier needs (block nesting shows as indentation). */
const MAX_YAML_INDENT = 256;

/**
 * Refuses YAML nested deeper than a dossier can be, before it is parsed. yaml's parser recurses
 * until the stack overflows and then goes on: a megabyte of `[` held the event loop for half a
 * minute and took a gigabyte. Its lexer is linear and exact (brackets inside scalars and block
 * scalars are not tokens of their own), and the first token past the limit ends the look.
 */
function refuseDeepYaml(text: string, field: string, what: string): void {
  const tooDeep = () =>
    ValidationError.at(field, `${what} is nested too deeply for a dossier (more than ${MAX_YAML_DEPTH} levels)`);
  let flow = 0;
  let indicators = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    if (token === '\n' || token === '\r\n') {
      indicators = 0;
      lineStart = true;
      continue;
    }
    if (lineStart && token.length > MAX_YAML_INDENT && /^[ \t]+$/.test(token)) throw tooDeep();
    lineStart = false;
    if (token === '[' || token === '{') {
      if (++flow > MAX_YAML_DEPTH) throw tooDeep();
    } else if (token === ']' || token === '}') {
      flow = Math.max(0, flow - 1);
    } else if ((token === '-' || token === '?') && ++indicators > MAX_YAML_DEPTH) {
      throw tooDeep();
    }
  }
}

/** What to do about the YAML errors people make writing dossiers by hand, by yaml's error code. */
const HINTS: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'quote text that contains a colon, e.g. summary: "Report: sent on April 22"',
  MULTILINE_IMPLICIT_KEY: 'quote text that contains a colon, e.g. summary: "Report: sent on April 22"',
  MISSING_CHAR: 'close every quote and bracket you open, and start each list item with "- "',
  BAD_INDENT: 'indent the items of a list or a mapping alike, with spaces',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'give each key once per item',
};

/**
 * yaml's error as one line: where (line and column), what (its message without the code frame)
 * and, for the usual mistakes, what to do.
 */
function describeYamlError(error: unknown, text: string): string {
  if (!(error instanceof YAMLParseError)) return `: ${(error as Error).message.split('\n')[0]}`;
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = error.linePos?.[0];
  const line = at ? text.split(/\r?\n/)[at.line - 1]?.trim() : undefined;
  const where = at ? ` at line ${at.line}, column ${at.col}` : '';
  const excerpt = line ? ` (${JSON.stringify(line.length > 80 ? `${line.slice(0, 79)}…` : line)})` : '';
  const hint = HINTS[error.code];
  return `${where}${excerpt}: ${reason}${hint ? `; ${hint}` : ''}`;
}

/** A YAML dossier as a value: refused when it is nested too deeply or is not YAML; warnings are not logged. */
/** `where`: the field issues are reported at; `what`: how messages name the text (`the body`, a file name). */
export function readDossierYaml(
  text: string,
  where: { field: string; what: string } = { field: '', what: 'the body' },
): unknown {
  const { field, what } = where;
  refuseDeepYaml(text, field, what);
  try {
    return parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch (error) {
    throw ValidationError.at(field, `${what} is not valid YAML${describeYamlError(error, text)}`);
  }
}
