import { ValidationError, type Issue } from '../core/errors.ts';
import { SLUG_PATTERN } from '../core/slug.ts';
import { parseFuzzyDate } from '../dates/parseFuzzyDate.ts';

/** The largest text capture reads: 2 MiB of UTF-8. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** What a capture is asked to read, checked. */
export interface CaptureRequest {
  readonly text: string;
  readonly lang?: string;
  readonly sourceId?: string;
  readonly title?: string;
  readonly publishedOn?: string;
}

/**
 * Refuses what capture cannot read, naming the field and the reason: empty text, text that is
 * binary rather than prose, more than 2 MiB, an unknown language, a publication date that is not
 * EDTF, a source id that is not a slug.
 */
export function checkCaptureRequest(request: CaptureRequest, field = (name: string) => name): void {
  const issues: Issue[] = [];
  const { text } = request;
  if (typeof text !== 'string' || text.trim() === '') {
    issues.push({ path: field('text'), message: 'is empty: there is no text to capture' });
  } else {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_TEXT_BYTES) {
      issues.push({
        path: field('text'),
        message: `is ${bytes} bytes; capture reads at most ${MAX_TEXT_BYTES} bytes (2 MiB) of text`,
      });
    } else if (looksBinary(text)) {
      issues.push({
        path: field('text'),
        message:
          'does not read as text (NUL bytes, control characters or undecodable bytes): give the article as plain UTF-8 text',
      });
    }
  }
  if (request.lang !== undefined && !['en', 'es', 'auto'].includes(request.lang)) {
    issues.push({ path: field('lang'), message: `must be en, es or auto, not ${JSON.stringify(request.lang)}` });
  }
  if (request.publishedOn !== undefined) {
    try {
      parseFuzzyDate(request.publishedOn, field('publishedOn'));
    } catch (error) {
      if (error instanceof ValidationError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (request.sourceId !== undefined && !SLUG_PATTERN.test(request.sourceId)) {
    issues.push({
      path: field('sourceId'),
      message: 'must be a slug: lowercase letters, digits and hyphens, at most 80 characters',
    });
  }
  if (request.title !== undefined && (request.title.trim() === '' || request.title.length > 500)) {
    issues.push({ path: field('title'), message: 'must be 1–500 characters' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

/** NUL, or more than 1 % of control characters or U+FFFD (bytes that were not UTF-8). */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 100_000);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return odd > sample.length / 100;
}
