import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import os from 'node:os';
import { MARKER as STORE_MARKER } from './storeReport/reportFile.ts';

/**
 * The HTTP and date-check benchmarks share ONE section of docs/benchmarks.md, above the store
 * benchmark's marker (which rewrites everything below itself and keeps what is above):
 *
 *     <!-- http-checks:start -->
 *     ## heading and a hand-written intro (kept as written)
 *     <!-- http-checks:http:start -->   … written by httpBench.ts …   <!-- http-checks:http:end -->
 *     <!-- http-checks:checks:start --> … written by checksBench.ts … <!-- http-checks:checks:end -->
 *     <!-- http-checks:end -->
 *
 * Each script rewrites only the part between its own pair of markers; a missing section (or part)
 * is created with the default intro, just above the store marker.
 */
export const SECTION_START = '<!-- http-checks:start -->';
export const SECTION_END = '<!-- http-checks:end -->';
export type Part = 'http' | 'checks';
const partStart = (part: Part) => `<!-- http-checks:${part}:start -->`;
const partEnd = (part: Part) => `<!-- http-checks:${part}:end -->`;
const PARTS: readonly Part[] = ['http', 'checks'];

const DEFAULT_SECTION_INTRO = `## HTTP API, live feed and date checks

Two more scripts, each writing only its own part of this section (the store benchmark's results
below are not touched): \`npm run bench:http\` and \`npm run bench:checks\`.`;

const emptyPart = (part: Part) => `${partStart(part)}\n\n_Not run yet._\n\n${partEnd(part)}`;

/** Replaces the `part` of the shared section in `path` by `body`, leaving every other byte as it was. */
export function writePart(path: string, part: Part, body: string): void {
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  if (!text.includes(SECTION_START) || !text.includes(SECTION_END)) {
    const section = `${SECTION_START}\n${DEFAULT_SECTION_INTRO}\n\n${PARTS.map(emptyPart).join('\n\n')}\n${SECTION_END}\n\n`;
    const at = text.indexOf(STORE_MARKER);
    text = at >= 0 ? `${text.slice(0, at)}${section}${text.slice(at)}` : `${text.trimEnd()}\n\n${section}`;
  }
  const sectionEnd = text.indexOf(SECTION_END);
  if (!text.includes(partStart(part)) || !text.includes(partEnd(part))) {
    text = `${text.slice(0, sectionEnd)}${emptyPart(part)}\n${text.slice(sectionEnd)}`;
  }
  const from = text.indexOf(partStart(part)) + partStart(part).length;
  const to = text.indexOf(partEnd(part));
  const storeAt = text.indexOf(STORE_MARKER);
  if (to < from || (storeAt >= 0 && to > storeAt))
    throw new Error(`${path}: the ${part} markers are out of order or below the store marker`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${text.slice(0, from)}\n\n${body.trim()}\n\n${text.slice(to)}`);
}

/** The 1-minute load average, which says how busy the shared machine was. */
export const loadAverage = (): number => Math.round(os.loadavg()[0]! * 100) / 100;
