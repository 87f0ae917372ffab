import { HttpError } from './problem.ts';

/** Deepest nesting of arrays and objects a JSON body may have: a dossier needs fewer than ten. */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Refuses a JSON body nested deeper than `max` before it is parsed: a 50 MiB import of nothing
 * but `[` would otherwise take half a minute and gigabytes to parse. One pass over the bytes,
 * skipping strings; malformed JSON is left to the parser to name.
 */
export function refuseDeepJson(body: Buffer, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
      if (++depth > max)
        throw new HttpError(
          400,
          'validation',
          'Invalid input',
          `the request body is nested more than ${max} levels deep`,
        );
    } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
      depth--;
    }
  }
}
