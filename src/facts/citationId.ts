import { createHash } from 'node:crypto';
import type { CitationData } from './events.ts';

/**
 * A citation's id derives from its content, so the same citation imported twice is the same
 * citation, and any change to it is a withdrawal plus a new citation (its history stays visible).
 */
export function citationIdOf(c: CitationData): string {
  const canonical = JSON.stringify([c.source, c.quote, c.locator, c.statedDate, c.statedWeekday, c.credibility]);
  return `${c.source.slice(0, 40)}-${createHash('sha256').update(canonical).digest('hex').slice(0, 12)}`;
}
